import { captureWords } from '../i18n/capture-strings';

/**
 * The in-page feedback after a capture: a small card in a CLOSED shadow root, fixed in a
 * corner, so the site's CSS cannot reach it, it cannot shift the site's layout, and the
 * site's scripts cannot read it (the stage of a job is private) nor press its buttons
 * (they act only on trusted clicks). Text is set with textContent only (titles are
 * scraped text).
 */
export interface ToastAction {
  label: string;
  /** Resolves to a message to show in place of the toast's text, if any. */
  run(): Promise<string | undefined>;
}

export interface ToastContent {
  tone: 'success' | 'info' | 'error';
  heading: string;
  detail?: string | undefined;
  actions?: ToastAction[];
  /** The close button's accessible name, in the page's language. */
  dismissLabel?: string;
}

export interface ToastTimers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const HOST_TAG = 'jobtrack-toast';
const VISIBLE_MS = 8_000;

const STYLE = `
:host { all: initial; }
.card { position: fixed; right: 20px; bottom: 20px; z-index: 2147483647; box-sizing: border-box;
  max-width: min(380px, calc(100vw - 40px)); display: flex; gap: 12px; align-items: flex-start;
  padding: 12px 14px; border-radius: 10px; background: #1f2933; color: #f5f7fa;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 8px 24px rgba(0,0,0,.25); border-left: 4px solid #3ebd93; }
.card[data-tone="info"] { border-left-color: #62b0e8; }
.card[data-tone="error"] { border-left-color: #ef4e4e; }
.text { flex: 1; min-width: 0; }
.heading { font-weight: 600; }
.detail { color: #cbd2d9; font-size: 13px; margin-top: 2px; overflow: hidden; text-overflow: ellipsis;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; word-break: break-word; }
.actions { display: flex; gap: 6px; align-items: center; flex-shrink: 0; }
button { all: unset; cursor: pointer; padding: 4px 8px; border-radius: 6px; font-weight: 600;
  color: #8bd3f7; font-size: 13px; }
button:hover, button:focus-visible { background: rgba(255,255,255,.12); outline: none; }
button.close { color: #9aa5b1; font-size: 16px; line-height: 1; padding: 4px 6px; }
@media (prefers-reduced-motion: no-preference) { .card { animation: in .18s ease-out; } }
@keyframes in { from { transform: translateY(8px); opacity: 0; } }
`;

/** Shows (or replaces) the toast. Returns a function that removes it. */
export function showToast(doc: Document, content: ToastContent, timers: ToastTimers): () => void {
  doc.querySelector(HOST_TAG)?.remove();
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; z-index: 2147483647 !important;',
  );
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('div');
  card.className = 'card';
  card.dataset.tone = content.tone;
  card.setAttribute('role', content.tone === 'error' ? 'alert' : 'status');
  card.setAttribute('aria-live', 'polite');
  const text = doc.createElement('div');
  text.className = 'text';
  const heading = doc.createElement('div');
  heading.className = 'heading';
  heading.textContent = content.heading;
  text.append(heading);
  const detail = doc.createElement('div');
  detail.className = 'detail';
  if (content.detail) detail.textContent = content.detail;
  text.append(detail);
  const actions = doc.createElement('div');
  actions.className = 'actions';

  let timer: unknown;
  const remove = () => {
    timers.clearTimeout(timer);
    host.remove();
  };
  const arm = () => {
    timers.clearTimeout(timer);
    timer = timers.setTimeout(remove, VISIBLE_MS);
  };
  for (const action of content.actions ?? []) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', async (event) => {
      event.stopPropagation();
      if (!event.isTrusted) return;
      button.disabled = true;
      const next = await action.run();
      if (next) {
        // The action answered with a new message ("Removed from JobTrack"): show it briefly.
        heading.textContent = next;
        detail.textContent = '';
        actions.replaceChildren(close);
        arm();
      }
    });
    actions.append(button);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', content.dismissLabel ?? captureWords().t('capture.dismiss'));
  close.textContent = '×';
  close.addEventListener('click', (event) => {
    if (event.isTrusted) remove();
  });
  actions.append(close);
  card.append(text, actions);
  shadow.append(style, card);
  // Keep it up while the pointer is on it.
  card.addEventListener('mouseenter', () => timers.clearTimeout(timer));
  card.addEventListener('mouseleave', arm);
  (doc.body ?? doc.documentElement).append(host);
  arm();
  return remove;
}
