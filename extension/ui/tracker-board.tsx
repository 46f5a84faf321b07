import { useState } from 'preact/hooks';
import type { Application } from '../model/application';
import type { Stage } from '../store/schema';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import { ScoreBadge } from './score-badge';
import { StatusSelect } from './status-select';
import type { ScoreOf } from './use-match-scores';

const PAGE = 40;

/**
 * The board: one column per stage, newest first. Cards move by drag and drop or, from the
 * keyboard, with their status select. Each column shows 40 cards at a time.
 */
export function TrackerBoard({
  apps,
  stages,
  scoreOf,
  openId,
  onOpen,
  onError,
}: {
  apps: readonly Application[];
  stages: readonly Stage[];
  scoreOf: ScoreOf;
  openId: string | undefined;
  onOpen: (id: string) => void;
  onError: (message: string) => void;
}) {
  const { t, stageLabel, errorText } = useI18n();
  const send = useSend();
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [over, setOver] = useState<string | undefined>();
  const byStage = new Map<string, Application[]>(stages.map((stage) => [stage.id, []]));
  for (const app of apps) byStage.get(app.status)?.push(app);

  return (
    <div class="board">
      {stages.map((stage) => {
        const cards = byStage.get(stage.id) ?? [];
        const limit = limits[stage.id] ?? PAGE;
        const label = stageLabel(stage);
        return (
          <section
            key={stage.id}
            class={`board__column ${over === stage.id ? 'is-over' : ''}`}
            aria-labelledby={`col-${stage.id}`}
            data-stage={stage.id}
            onDragOver={(event) => {
              event.preventDefault();
              setOver(stage.id);
            }}
            onDragLeave={() => setOver(undefined)}
            onDrop={async (event) => {
              event.preventDefault();
              setOver(undefined);
              const id = event.dataTransfer?.getData('text/x-jobtrack-id');
              if (!id) return;
              const result = await send('set-status', { ids: [id], status: stage.id });
              if (!result.ok) onError(errorText(result.error));
            }}
          >
            <h3 id={`col-${stage.id}`} class={`board__title chip--${stage.id}`}>
              {label} <span class="board__count">{cards.length}</span>
            </h3>
            <ul class="board__cards">
              {cards.slice(0, limit).map((app) => (
                <li
                  key={app.id}
                  class={`card ${app.id === openId ? 'is-open' : ''}`}
                  data-id={app.id}
                  draggable
                  onDragStart={(event) => event.dataTransfer?.setData('text/x-jobtrack-id', app.id)}
                >
                  <button
                    type="button"
                    class="linklike card__title"
                    onClick={() => onOpen(app.id)}
                    aria-label={t('openDetails', { title: app.title })}
                  >
                    {app.title}
                  </button>
                  <span class="card__company">{app.company ?? ''}</span>
                  <span class="card__foot">
                    <StatusSelect app={app} stages={stages} onError={onError} />
                    <ScoreBadge match={scoreOf(app)} />
                  </span>
                </li>
              ))}
            </ul>
            {cards.length > limit && (
              <button type="button" onClick={() => setLimits({ ...limits, [stage.id]: limit + PAGE * 5 })}>
                {t('showMore', { count: Math.min(PAGE * 5, cards.length - limit) })}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
