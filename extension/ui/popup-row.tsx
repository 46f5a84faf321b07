import type { Application } from '../model/application';
import type { Stage } from '../store/schema';
import { safeHref } from './application-row';
import { IncompleteTag } from './capture-info';
import { useI18n } from './i18n-context';
import { ScoreBadge } from './score-badge';
import { StatusSelect } from './status-select';
import type { MatchView } from './use-match-scores';

/** One application in the popup list: title (link to the posting), company, date, score, status. */
export function PopupRow({
  app,
  stages,
  match,
  onError,
}: {
  app: Application;
  stages: readonly Stage[];
  match: MatchView | undefined;
  onError?: (message: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const href = safeHref(app.url);
  return (
    <div class="prow" data-id={app.id}>
      <div class="prow__main">
        {href ? (
          <a
            class="prow__title"
            href={href}
            target="_blank"
            rel="noreferrer noopener"
            title={app.title}
            aria-label={t('openPosting', { title: app.title })}
          >
            {app.title}
          </a>
        ) : (
          <span class="prow__title">{app.title}</span>
        )}
        <span class="prow__meta">
          <IncompleteTag app={app} />
          <span class="prow__company">{app.company ?? ''}</span>
          <span class="prow__date">{formatDate(app.createdAt)}</span>
        </span>
      </div>
      <ScoreBadge match={match} />
      {/* Cover letters are written from the application's detail view on the tracker page. */}
      <a
        class="prow__letter"
        href={`/tracker.html?id=${encodeURIComponent(app.id)}`}
        target="_blank"
        rel="noopener"
        aria-label={t('pro.letterFor', { title: app.title })}
        title={t('pro.letterFor', { title: app.title })}
      >
        ✉
      </a>
      <StatusSelect app={app} stages={stages} onError={onError} />
    </div>
  );
}
