import { useEffect, useState } from 'preact/hooks';
import type { NothingReason } from '../protocol/capture';
import type { AppError } from '../protocol/result';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import './save-job-button.css';

/**
 * The popup's "Save this job": asks the background to capture the active tab (activeTab,
 * status `saved`) and says what happened: saved, already tracked, nothing to capture, or
 * an error the user can act on. Scraped titles are rendered as text. Its words are
 * the catalogue's `capture.*`, as the page toast says them.
 */
type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; id: string; title: string; created: boolean }
  | { kind: 'nothing'; reason: NothingReason }
  | { kind: 'error'; error: AppError };

export function SaveJobButton({ class: className }: { class?: string }) {
  const { t, errorText } = useI18n();
  // The page's sender (ActionsContext): the real background in the popup, a fake in tests.
  const send = useSend();
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
      aria-label={t('capture.dismiss')}
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
        {state.kind === 'busy' ? t('capture.saving') : t('capture.save')}
      </button>
      <div class="save-job__outcome" role="status" aria-live="polite">
        {state.kind === 'saved' && (
          <p class="save-job__message save-job__message--ok">
            {dismiss}
            <strong>{state.created ? t('capture.saved') : t('capture.alreadyTracked')}</strong>
            <span class="save-job__title">{state.title}</span>
            <a href={`/tracker.html?id=${encodeURIComponent(state.id)}`} target="_blank" rel="noopener">
              {t('capture.open')}
            </a>
          </p>
        )}
        {state.kind === 'nothing' && (
          <p class="save-job__message save-job__message--info">
            {dismiss}
            <strong>{t('capture.nothing')}</strong>
            <span>{t(`capture.reason.${state.reason}`)}</span>
          </p>
        )}
        {state.kind === 'error' && (
          <p class="save-job__message save-job__message--error" role="alert">
            {dismiss}
            <strong>{t('capture.failed')}</strong>
            <span>{errorText(state.error)}</span>
          </p>
        )}
      </div>
    </div>
  );
}
