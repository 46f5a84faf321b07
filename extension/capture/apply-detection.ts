/**
 * Is this click an Apply? Structure first (the board's ids, data-*, aria-*, apply hrefs),
 * the control's label last, in English and Spanish. The click may land on an inner span or
 * svg, so we walk up to the control with closest(). Filters and "Save" are never Apply.
 */

const CONTROL = 'button, a[href], [role="button"], input[type="submit"], input[type="button"]';

/** Apply hrefs any board uses: /applystart, /apply/, ?apply=. */
const APPLY_HREF = /\/applystart\b|\/apply(\/|\?|$)|[?&]apply(=|&|$)|\/inscri(bir|pci)/i;

const APPLY_LABEL =
  /^(easy apply|go to company site|ir (al sitio web|a la web) de la empresa|apply( now| here)?|apply (on|to|at) (the )?company('s)? (site|website)|apply with indeed|i'?m interested|solicitud sencilla|solicitar( empleo| ahora)?|enviar solicitud|inscribirme( en esta oferta| ahora)?|inscr[ií]bete( en esta oferta| ahora)?|inscribirse( en la oferta)?|postular(me|se)?( ahora)?|postulaci[oó]n sencilla|aplicar( ahora| a esta oferta)?|candidatar(me|se)?)\b/i;

/** Apply words that are not an apply: search filters, saved/applied states, settings. */
const NOT_APPLY =
  /filter|filtro|alert|alerta|saved|guardad|applied|solicitado|inscrito|applications? sent|settings|preferencias|show all|ver todo|cancel/i;

function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label') ?? '';
  const text = (control.textContent ?? '').replace(/\s+/g, ' ').trim();
  const value = control.getAttribute('value') ?? '';
  return [aria, text, value].find((s) => s.trim())?.trim() ?? '';
}

/**
 * The Apply control that `target` is in, or undefined. `structural` is the board's own
 * selector list (SiteAdapter.applySelectors).
 */
export function findApplyControl(
  target: EventTarget | null,
  structural: readonly string[],
): Element | undefined {
  if (!target || typeof (target as Element).closest !== 'function') {
    // A click on a text node: start from its parent.
    const parent = (target as Node | null)?.parentElement;
    if (!parent) return undefined;
    return findApplyControl(parent, structural);
  }
  const element = target as Element;
  if (structural.length) {
    const hit = element.closest(structural.join(', '));
    // LinkedIn's search bar has an "Easy Apply filter." toggle.
    if (hit && !/filter\.?$|filtro\.?$/i.test(hit.getAttribute('aria-label') ?? '')) return hit;
  }
  const control = element.closest(CONTROL);
  if (!control) return undefined;
  const label = labelOf(control);
  if (NOT_APPLY.test(label)) return undefined;
  const href = control.getAttribute('href') ?? '';
  if (href && APPLY_HREF.test(href) && /apply|solicit|inscri|postul|aplicar/i.test(`${label} ${href}`)) {
    return control;
  }
  return APPLY_LABEL.test(label) ? control : undefined;
}
