import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import type { InsightsViewProps } from './insights-view';

/**
 * Loads the Insights view on first use: its code (charts, figures) is a chunk of its own,
 * fetched only when the tracker's Insights tab opens — never by the popup or a content
 * script, and not by the tracker's first paint.
 */
export function InsightsLoader(props: InsightsViewProps) {
  const { t } = useI18n();
  const [View, setView] = useState<FunctionComponent<InsightsViewProps> | undefined>();
  useEffect(() => {
    let alive = true;
    void import('./insights-view').then((module) => {
      if (alive) setView(() => module.InsightsView);
    });
    return () => {
      alive = false;
    };
  }, []);
  return View ? (
    <View {...props} />
  ) : (
    <div class="insights">
      <p class="muted" role="status">
        {t('insights.loading')}
      </p>
    </div>
  );
}
