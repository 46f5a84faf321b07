import { Hono } from 'hono';
import { html } from 'hono/html';
import { UninstallToken } from '../../shared/api.js';
import { HttpError } from '../http/errors.js';
import type { AppEnv } from '../http/middleware.js';
import type { BillingService } from '../services/billing.js';
import { NOT_CONFIGURED } from './cover-letter.js';
import { page } from './pages.js';

/**
 * Where Chrome sends a Pro user who uninstalls (`runtime.setUninstallURL`). The URL carries
 * only the uninstall token — an HMAC of the installation id whose hash sits in the
 * subscription's metadata — which can cancel the subscription and delete the record and do
 * nothing else. Opening the page changes nothing (browsers and scanners prefetch links);
 * only its form's POST acts.
 */

function tokenFrom(value: string | undefined): string {
  const parsed = UninstallToken.safeParse(value);
  if (!parsed.success)
    throw new HttpError(400, 'invalid-request', 'This link is not a JobTrack uninstall link.');
  return parsed.data;
}

const WORDS = {
  en: {
    removedTitle: 'JobTrack was removed',
    removed: 'Your tracker, notes and CV were stored only in your browser and are gone with the extension.',
    stillActive:
      'Your JobTrack Pro subscription is still active. If you no longer want it, cancel it and delete the record Stripe keeps of it (your payment details and invoices stay with Stripe as the law requires).',
    button: 'Cancel my subscription and delete the record',
    keep: 'If you plan to reinstall, keep it: your recovery key restores Pro.',
    doneTitle: 'Subscription cancelled',
    done: 'Your subscription is cancelled and its record deleted. Nothing more will be charged.',
    nothingTitle: 'Nothing to cancel',
    nothing: 'There is no subscription for this link any more. Nothing will be charged.',
  },
  es: {
    removedTitle: 'Se eliminó JobTrack',
    removed: 'Tu seguimiento, tus notas y tu CV estaban solo en tu navegador y se fueron con la extensión.',
    stillActive:
      'Tu suscripción a JobTrack Pro sigue activa. Si ya no la quieres, cancélala y elimina el registro que Stripe guarda de ella (tus datos de pago y facturas se quedan en Stripe, como exige la ley).',
    button: 'Cancelar mi suscripción y eliminar el registro',
    keep: 'Si vas a reinstalar, consérvala: tu clave de recuperación restaura Pro.',
    doneTitle: 'Suscripción cancelada',
    done: 'Tu suscripción está cancelada y su registro eliminado. No se cobrará nada más.',
    nothingTitle: 'Nada que cancelar',
    nothing: 'Ya no hay ninguna suscripción para este enlace. No se cobrará nada.',
  },
} as const;

/** The extension adds `lang` (the user's language); else the browser's Accept-Language decides. */
function wordsFor(lang: string | undefined, accept: string | undefined) {
  const choice = lang ?? accept?.split(',')[0] ?? 'en';
  return choice.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
}

export function uninstallRoutes(deps: { billing: BillingService | undefined }) {
  return new Hono<AppEnv>()
    .get('/uninstall', (c) => {
      const token = tokenFrom(c.req.query('token'));
      const lang = c.req.query('lang') === 'es' ? 'es' : c.req.query('lang') === 'en' ? 'en' : undefined;
      const w = wordsFor(lang, c.req.header('Accept-Language'));
      return c.html(
        page(
          w.removedTitle,
          html`<p>${w.removed}</p>
            <p>${w.stillActive}</p>
            <form method="post" action="/uninstall">
              <input type="hidden" name="token" value="${token}" />
              <input type="hidden" name="lang" value="${w === WORDS.es ? 'es' : 'en'}" />
              <button type="submit">${w.button}</button>
            </form>
            <p>${w.keep}</p>`,
        ),
      );
    })
    .post('/uninstall', async (c) => {
      const form = await c.req.parseBody();
      const token = tokenFrom(typeof form.token === 'string' ? form.token : undefined);
      const w = wordsFor(
        typeof form.lang === 'string' ? form.lang : undefined,
        c.req.header('Accept-Language'),
      );
      if (!deps.billing) throw NOT_CONFIGURED;
      const result = await deps.billing.deleteByUninstallToken(token);
      return c.html(
        page(
          result.deleted ? w.doneTitle : w.nothingTitle,
          html`<p>${result.deleted ? w.done : w.nothing}</p>`,
        ),
      );
    });
}
