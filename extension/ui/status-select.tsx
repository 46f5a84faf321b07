import type { Application } from '../model/application';
import type { Stage } from '../store/schema';
import { useSend } from './actions';
import { useI18n } from './i18n-context';

/**
 * The status as a native select: one click opens it, a second picks the stage, and the
 * keyboard works as in any form. The change goes to the background; the list updates from
 * chrome.storage.onChanged.
 */
export function StatusSelect({
  app,
  stages,
  onError,
}: {
  app: Application;
  stages: readonly Stage[];
  onError?: (message: string) => void;
}) {
  const { t, stageLabel, errorText } = useI18n();
  const send = useSend();
  const known = stages.some((stage) => stage.id === app.status);
  return (
    <select
      class={`status-select chip chip--${app.status}`}
      data-status={app.status}
      aria-label={t('statusOf', { title: app.title })}
      value={app.status}
      onChange={async (event) => {
        const status = (event.currentTarget as HTMLSelectElement).value;
        const result = await send('set-status', { ids: [app.id], status });
        if (!result.ok) onError?.(errorText(result.error));
      }}
    >
      {!known && <option value={app.status}>{app.status}</option>}
      {stages.map((stage) => (
        <option key={stage.id} value={stage.id}>
          {stageLabel(stage)}
        </option>
      ))}
    </select>
  );
}
