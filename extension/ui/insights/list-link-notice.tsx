import type { Stage } from '../../model/application';
import { useI18n } from '../i18n-context';
import { insightsStrings } from './insights-strings';
import './list-link-notice.css';
import type { ListLinkState } from './use-list-link';

/** Above the list opened from an Insights figure: what it is filtered to, and a way back to all. */
export function ListLinkNotice({ list, stages }: { list: ListLinkState; stages: readonly Stage[] }) {
  const { lang, stageLabel, formatDate } = useI18n();
  const { link } = list;
  if (!link) return null;
  const s = insightsStrings(lang);
  const day = (value: string) => formatDate(`${value}T12:00:00.000Z`);
  const parts = [
    link.board ? s.boards[link.board] : '',
    link.method ? s.methods[link.method] : '',
    link.status ? stageLabel(link.status, stages) : '',
    link.cut ? s.cuts[link.cut] : '',
    link.from ? s.since(day(link.from)) : '',
    link.to ? s.until(day(link.to)) : '',
  ].filter(Boolean);
  return (
    <p class="list-link" role="status">
      <span>
        {s.fromInsights} <strong>{parts.join(' · ')}</strong>
      </span>
      <button type="button" onClick={list.clear}>
        {s.showAll}
      </button>
    </p>
  );
}
