import { useEffect, useRef, useState } from 'preact/hooks';
import type { Application } from '../model/application';
import { toCsv } from '../store/csv';
import { readBackup, readStorageUsage } from '../store/reader';
import {
  type ImportPreview,
  LanguagePreference,
  type Preferences,
  type Stage,
  ThemePreference,
} from '../store/schema';
import { useSend } from './actions';
import { downloadText, today } from './download';
import { useI18n } from './i18n-context';
import { StagesEditor } from './stages-editor';

function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

function StorageUsage({ apps }: { apps: readonly Application[] }) {
  const { t, lang } = useI18n();
  const [usage, setUsage] = useState<{ used: number; quota: number | undefined } | undefined>();
  useEffect(() => {
    void readStorageUsage().then(setUsage);
  }, [apps]);
  if (usage === undefined) return <p class="muted">{t('loading')}</p>;
  const { used, quota } = usage;
  const usedText = formatBytes(used, lang);
  return (
    <div>
      <p data-testid="storage-used">
        {quota === undefined
          ? t('storageUsed', { used: usedText })
          : t('storageQuota', { used: usedText, quota: formatBytes(quota, lang) })}
      </p>
      {quota === undefined ? (
        <p class="muted">{t('storageUnlimited')}</p>
      ) : (
        <meter min={0} max={quota} value={used} aria-label={t('storage')} />
      )}
    </div>
  );
}

const counts = ({ preferences: _, ...numbers }: ImportPreview): Record<string, number> => numbers;

function ImportBackup() {
  const { t, errorText } = useI18n();
  const send = useSend();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ backup: unknown; preview: ImportPreview } | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const fail = (text: string) => setMessage({ ok: false, text });

  return (
    <div class="import">
      <label for="import-file">{t('importJson')}</label>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={async (event) => {
          setPending(undefined);
          setMessage(undefined);
          const file = (event.currentTarget as HTMLInputElement).files?.[0];
          if (!file) return;
          let backup: unknown;
          try {
            backup = JSON.parse(await file.text());
          } catch {
            return fail(t('notJson'));
          }
          const result = await send('import-backup', { backup, dryRun: true });
          if (!result.ok) return fail(`${t('importRefused')} ${errorText(result.error)}`);
          setPending({ backup, preview: result.value });
        }}
      />
      {pending && (
        <div class="import__preview" role="status">
          <p>{t('importPreview', counts(pending.preview))}</p>
          <button
            type="button"
            class="primary"
            onClick={async () => {
              const result = await send('import-backup', { backup: pending.backup, dryRun: false });
              setPending(undefined);
              if (input.current) input.current.value = '';
              if (!result.ok) return fail(`${t('importRefused')} ${errorText(result.error)}`);
              setMessage({ ok: true, text: t('imported', counts(result.value)) });
            }}
          >
            {t('importConfirm')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setPending(undefined);
              if (input.current) input.current.value = '';
            }}
          >
            {t('cancel')}
          </button>
        </div>
      )}
      {message && (
        <p
          class={message.ok ? 'import__ok' : 'alert'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

function DeleteAll() {
  const { t, errorText } = useI18n();
  const send = useSend();
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState('');
  return (
    <div class="delete-all">
      <p class="muted">{t('deleteAllHelp')}</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {t('deleteAll')}
      </button>
      <dialog ref={dialog} aria-labelledby="delete-all-title">
        <h3 id="delete-all-title">{t('deleteAllConfirm')}</h3>
        <form method="dialog" class="dialog__actions">
          <button type="submit" autofocus>
            {t('cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              const result = await send('delete-all-data', { confirm: 'delete-all' });
              dialog.current?.close();
              setDone(result.ok ? t('deletedAll') : errorText(result.error));
            }}
          >
            {t('deleteAllYes')}
          </button>
        </form>
      </dialog>
      {done && <p role="status">{done}</p>}
    </div>
  );
}

/** Stages with the labels the user sees (built-in ones in the UI language), for exports. */
export function shownStages(stages: readonly Stage[], stageLabel: (stage: Stage) => string): Stage[] {
  return stages.map((stage) => ({ ...stage, label: stageLabel(stage) }));
}

/** Preferences, stages, export/import, storage and "Delete all my data". */
export function DataControls({
  apps,
  preferences,
}: {
  apps: readonly Application[];
  preferences: Preferences;
}) {
  const { t, stageLabel } = useI18n();
  const send = useSend();
  const used = new Set(apps.map((app) => app.status));
  return (
    <div class="data">
      <section aria-labelledby="prefs-title" class="card-section">
        <h2 id="prefs-title">{t('preferences')}</h2>
        <div class="prefs">
          <label for="pref-language">{t('language')}</label>
          <select
            id="pref-language"
            value={preferences.language}
            onChange={(e) =>
              void send('set-preferences', {
                language: LanguagePreference.parse((e.currentTarget as HTMLSelectElement).value),
              })
            }
          >
            <option value="auto">{t('langAuto')}</option>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
          <label for="pref-theme">{t('theme')}</label>
          <select
            id="pref-theme"
            value={preferences.theme}
            onChange={(e) =>
              void send('set-preferences', {
                theme: ThemePreference.parse((e.currentTarget as HTMLSelectElement).value),
              })
            }
          >
            <option value="system">{t('themeSystem')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </div>
      </section>
      <section aria-labelledby="stages-title" class="card-section">
        <h2 id="stages-title">{t('stages')}</h2>
        <StagesEditor stages={preferences.stages} used={used} />
      </section>
      <section aria-labelledby="export-title" class="card-section">
        <h2 id="export-title">{t('exportImport')}</h2>
        <div class="export">
          <button
            type="button"
            onClick={() =>
              downloadText(
                `jobtrack-${today()}.csv`,
                toCsv(apps, shownStages(preferences.stages, stageLabel)),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('exportCsvAll')}
          </button>
          <button
            type="button"
            onClick={async () => {
              const backup = await readBackup(new Date());
              downloadText(
                `jobtrack-backup-${today()}.json`,
                JSON.stringify(backup, null, 2),
                'application/json',
              );
            }}
          >
            {t('exportJson')}
          </button>
        </div>
        <p class="muted">{t('exportJsonHelp')}</p>
        <ImportBackup />
      </section>
      <section aria-labelledby="storage-title" class="card-section">
        <h2 id="storage-title">{t('storage')}</h2>
        <StorageUsage apps={apps} />
        <DeleteAll />
      </section>
    </div>
  );
}
