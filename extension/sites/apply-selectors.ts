/**
 * Each board's Apply controls recognised by structure (ids, data-*, aria-*, hrefs), as one
 * selector list per board. Plain strings: the content script's loader decides whether a
 * click is an Apply with these alone, before any adapter code is loaded.
 */
export const APPLY_SELECTORS = {
  linkedin: [
    // pane (logged in)
    'button#jobs-apply-button-id',
    '.jobs-apply-button',
    'button[aria-label^="Easy Apply to"]',
    '[aria-label^="Apply on company website"]',
    '[aria-label^="Apply to "][aria-label*=" on company website"]',
    // sdui (2026): language-independent hooks first (the aria-label is translated)
    '[data-view-name="job-apply-button"]',
    'a[aria-label="Easy Apply to this job"]',
    'a[href*="/apply/?openSDUIApplyFlow"]',
    'a[href*="/jobs/view/"][href*="/apply/"]',
    // guest
    'button#topbar-apply',
    '[data-tracking-control-name^="public_jobs_apply-link"]',
    '[data-tracking-control-name^="public_jobs_topcard-apply"]',
    'a.apply-button',
    'button.apply-button',
  ],
  indeed: [
    '#indeedApplyButton',
    '.indeed-apply-button',
    '[data-testid="indeedApplyButton"]',
    '#applyButtonLinkContainer a',
    '#applyButtonLinkContainer button',
    'button[aria-label^="Apply on company site"]',
    'a[aria-label^="Apply on company site"]',
    'button[aria-label^="Postularse en el sitio"]',
    'a[href*="/applystart?"]',
    'button[href*="/applystart?"]',
  ],
  glassdoor: [
    '[data-test="easyApply"]',
    '[data-test="applyButton"]',
    '[data-test="apply-button"]',
    'button[data-test*="apply" i]',
    'a[data-test*="apply" i]',
  ],
  infojobs: [
    '.ij-OfferDetailApplyButton button',
    '.ij-OfferDetailApplyButton a',
    '#candidate_application',
    'a[href*="/candidate/application"]',
    '[data-testid="apply-button"]',
  ],
  tecnoempleo: [
    '#btn-inscribirme',
    'a[href*="/inscribirse"]',
    'a[href*="inscripcion"]',
    'button[name="inscribirme"]',
    '[data-action="inscribirse"]',
    'a.btn[href*="/candidato/"]',
  ],
} as const satisfies Record<string, readonly string[]>;
