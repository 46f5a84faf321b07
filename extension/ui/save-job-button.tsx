import { useEffect, useState } from 'preact/hooks';
import type { NothingReason, SaveTabOutcome } from '../../shared/capture-messages';
import type { Result } from '../../shared/messages';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import './save-job-button.css';

/**
 * The popup's "Save this job": asks the background to capture the active tab (activeTab,
 * status `saved`) and says what happened: saved, already tracked, nothing to capture, or
 * an error the user can act on. Scraped titles are rendered as text.
 */
type Send = (message: { type: 'save-active-tab' }) => Promise<Result<SaveTabOutcome> | undefined>;

const STRINGS = {
  en: {
    save: 'Save this job',
    saving: 'Saving…',
    saved: 'Saved to JobTrack',
    already: 'Already in JobTrack',
    nothing: 'Nothing to capture on this page',
    failed: 'Could not save this page',
    open: 'Open',
    dismiss: 'Dismiss',
    reasons: {
      'bot-check': 'The page is a security check. Save again once the job is showing.',
      'no-job': 'No open job here. Open a job, then save it.',
      'unsupported-page': 'JobTrack reads secure (https) web pages only.',
      'no-access': 'Browser pages, the Web Store and PDF viewers cannot be read.',
    } satisfies Record<NothingReason, string>,
  },
  es: {
    save: 'Guardar esta oferta',
    saving: 'Guardando…',
    saved: 'Guardada en JobTrack',
    already: 'Ya está en JobTrack',
    nothing: 'No hay nada que guardar en esta página',
    failed: 'No se pudo guardar esta página',
    open: 'Abrir',
    dismiss: 'Cerrar',
    reasons: {
      'bot-check': 'La página es una comprobación de seguridad. Vuelve a guardar cuando se vea la oferta.',
      'no-job': 'Aquí no hay ninguna oferta abierta. Abre una oferta y guárdala.',
      'unsupported-page': 'JobTrack solo lee páginas web seguras (https).',
      'no-access': 'Las páginas del navegador, la Web Store y los visores de PDF no se pueden leer.',
    } satisfies Record<NothingReason, string>,
  },
} as const;

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; id: string; title: string; created: boolean }
  | { kind: 'nothing'; reason: NothingReason }
  | { kind: 'error'; message: string };

export function SaveJobButton({ send: sendOverride, class: className }: { send?: Send; class?: string }) {
  const { lang } = useI18n();
  // The page's sender (ActionsContext): the real background in the popup, a fake in tests.
  const sendUi = useSend();
  const send: Send = sendOverride ?? ((message) => sendUi(message) as Promise<Result<SaveTabOutcome>>);
  const s = STRINGS[lang] ?? STRINGS.en;
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The outcome covers part of the list: it goes away on its own (errors stay until closed).
  useEffect(() => {
    if (state.kind !== 'saved' && state.kind !== 'nothing') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 8_000);
    return () => clearTimeout(timer);
  }, [state]);
  const dismiss = (
    <button
      type="button"
      class="save-job__dismiss"
      aria-label={s.dismiss}
      onClick={() => setState({ kind: 'idle' })}
    >
      ×
    </button>
  );

  const save = async () => {
    setState({ kind: 'busy' });
    let answer: Result<SaveTabOutcome> | undefined;
    try {
      answer = await send({ type: 'save-active-tab' });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
      return;
    }
    if (!answer) setState({ kind: 'error', message: 'JobTrack did not answer.' });
    else if (!answer.ok) setState({ kind: 'error', message: answer.error.message });
    else if (answer.value.kind === 'saved') setState({ ...answer.value, kind: 'saved' });
    else setState(answer.value);
  };

  return (
    <div class={`save-job ${className ?? ''}`}>
      <button type="button" class="save-job__button" onClick={save} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? s.saving : s.save}
      </button>
      <div class="save-job__outcome" role="status" aria-live="polite">
        {state.kind === 'saved' && (
          <p class="save-job__message save-job__message--ok">
            {dismiss}
            <strong>{state.created ? s.saved : s.already}</strong>
            <span class="save-job__title">{state.title}</span>
            <a href={`/tracker.html?id=${encodeURIComponent(state.id)}`} target="_blank" rel="noopener">
              {s.open}
            </a>
          </p>
        )}
        {state.kind === 'nothing' && (
          <p class="save-job__message save-job__message--info">
            {dismiss}
            <strong>{s.nothing}</strong>
            <span>{s.reasons[state.reason]}</span>
          </p>
        )}
        {state.kind === 'error' && (
          <p class="save-job__message save-job__message--error" role="alert">
            {dismiss}
            <strong>{s.failed}</strong>
            <span>{state.message}</span>
          </p>
        )}
      </div>
    </div>
  );
}
