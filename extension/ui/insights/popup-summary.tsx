import { useMemo } from 'preact/hooks';
import { popupSummary } from '../../insights/summary';
import type { Application, Stage } from '../../model/application';
import { useI18n } from '../i18n-context';
import './popup-summary.css';

/** The popup's one line of Insights; shown once every record is read (a partial count would mislead). */
export function PopupSummary({
  apps,
  stages,
  now,
}: {
  apps: readonly Application[];
  stages: readonly Stage[];
  now?: number;
}) {
  const { t } = useI18n();
  const summary = useMemo(() => popupSummary(apps, stages, now ?? Date.now()), [apps, stages, now]);
  return (
    <p class="popup__summary muted">
      <a href="/tracker.html?view=insights" target="_blank" rel="noopener">
        {t('insights.popupLine', { week: summary.appliedThisWeek, waiting: summary.waiting14 })}
      </a>
    </p>
  );
}
