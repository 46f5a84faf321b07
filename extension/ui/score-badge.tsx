import { useI18n } from './i18n-context';
import type { MatchView } from './use-match-scores';

/** The match score as a small badge; nothing at all when there is no score (no CV yet). */
export function ScoreBadge({ match }: { match: MatchView | undefined }) {
  const { t } = useI18n();
  if (!match) return null;
  const level = match.score >= 70 ? 'high' : match.score >= 40 ? 'mid' : 'low';
  return (
    <span
      class={`score score--${level}`}
      title={match.summary ?? t('matchScoreLabel', { score: match.score })}
    >
      <span aria-hidden="true">{match.score}%</span>
      <span class="sr-only">{t('matchScoreLabel', { score: match.score })}</span>
    </span>
  );
}
