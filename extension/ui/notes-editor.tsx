import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import type { Application } from '../model/application';
import { useSend } from './actions';
import { useI18n } from './i18n-context';

const SAVE_DELAY_MS = 400;

/**
 * Notes that save as you type: a short pause after the last keystroke sends them, and
 * leaving the field or the page sends what is pending. While the user types, updates
 * echoing back from storage do not overwrite the text under their cursor.
 */
export function NotesEditor({ app }: { app: Application }) {
  const { t, errorText } = useI18n();
  const send = useSend();
  const [text, setText] = useState(app.notes);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const focused = useRef(false);
  const appId = useRef(app.id);

  const flush = async () => {
    clearTimeout(timer.current);
    const notes = pending.current;
    if (notes === undefined) return;
    pending.current = undefined;
    setState('saving');
    const result = await send('update-application', { id: appId.current, patch: { notes } });
    if (result.ok) setState('saved');
    else {
      setState('error');
      setError(errorText(result.error));
    }
  };

  useEffect(() => {
    if (appId.current !== app.id) {
      void flush();
      appId.current = app.id;
      setText(app.notes);
      setState('idle');
    } else if (!focused.current && pending.current === undefined) setText(app.notes);
  }, [app.id, app.notes]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, []);

  return (
    <section class="notes" aria-labelledby="notes-title">
      <h3 id="notes-title">
        <label for="notes-text">{t('notes')}</label>
      </h3>
      <textarea
        id="notes-text"
        class="notes__text"
        rows={6}
        maxLength={LIMITS.notesChars}
        value={text}
        aria-describedby="notes-help notes-state"
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          void flush();
        }}
        onInput={(event) => {
          const value = (event.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          pending.current = value;
          setState('saving');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
        }}
      />
      <p class="notes__help muted">
        <span id="notes-help">{t('notesHelp')}</span>{' '}
        <span id="notes-state" role="status" data-state={state}>
          {state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : state === 'error' ? error : ''}
        </span>
      </p>
    </section>
  );
}
