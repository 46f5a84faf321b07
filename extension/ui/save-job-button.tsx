import { useEffect, useState } from 'preact/hooks';
import { toastStrings } from '../i18n/capture-strings';
import type { NothingReason } from '../protocol/capture';
import type { AppError } from '../protocol/result';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import './save-job-button.css';

/**
 * The popup's "Save this job": asks the background to capture the active tab (activeTab,
 * status `saved`) and says what happened: saved, already tracked, nothing to capture, or
 * an error the user can act on. Scraped titles are rendered as text. Its words are
 * capture's (i18n/capture-strings.ts), as the page toast says them.
 */
type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; id: string; title: string; created: boolean }
  | { kind: 'nothing'; reason: NothingReason }
  | { kind: 'error'; error: AppError };

export function SaveJobButton({ class: className }: { class?: string }) {
  const { lang, errorText } = useI18n();
  // The page's sender (ActionsContext): the real background in the popup, a fake in tests.
  const send = useSend();
  const s = toastStrings(lang);
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
    const answer = await send('save-active-tab');
    setState(answer.ok ? answer.value : { kind: 'error', error: answer.error });
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
            <strong>{state.created ? s.saved : s.alreadyTracked}</strong>
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
            <span>{errorText(state.error)}</span>
          </p>
        )}
      </div>
    </div>
  );
}
