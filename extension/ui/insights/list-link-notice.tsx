import type { Stage } from '../../model/application';
import { useI18n } from '../i18n-context';
import './list-link-notice.css';
import type { ListLinkState } from './use-list-link';

/** Above the list opened from an Insights figure: what it is filtered to, and a way back to all. */
export function ListLinkNotice({ list, stages }: { list: ListLinkState; stages: readonly Stage[] }) {
  const { t, stageLabel, formatDate } = useI18n();
  const { link } = list;
  if (!link) return null;
  const day = (value: string) => formatDate(`${value}T12:00:00.000Z`);
  const parts = [
    link.board ? t(`insights.board.${link.board}`) : '',
    link.method ? t(`insights.method.${link.method}`) : '',
    link.status ? stageLabel(link.status, stages) : '',
    link.cut ? t(`insights.cut.${link.cut}`) : '',
    link.from ? t('insights.since', { day: day(link.from) }) : '',
    link.to ? t('insights.until', { day: day(link.to) }) : '',
  ].filter(Boolean);
  return (
    <p class="list-link" role="status">
      <span>
        {t('insights.fromInsights')} <strong>{parts.join(' · ')}</strong>
      </span>
      <button type="button" onClick={list.clear}>
        {t('insights.showAll')}
      </button>
    </p>
  );
}
