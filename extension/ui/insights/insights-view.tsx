import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  computeInsights,
  computeScores,
  type FunnelFigures,
  type Insights,
  MIN_BIN,
  MIN_SCORED,
  type ResponseRow,
  type ScoreFigures,
  sentApplications,
  type WeekRow,
} from '../../insights/compute';
import { localDay } from '../../insights/dates';
import {
  applyListLink,
  type InsightsFilter,
  type ListLink,
  listLinkQuery,
  type Method,
  NO_LINK,
} from '../../insights/filters';
import { type Application, BOARDS, type Board, type Stage } from '../../model/application';
import { type I18n, useI18n } from '../i18n-context';
import { FilterFields, FilterSummary } from '../shared-filters';
import type { TrackerData } from '../tracker-data';
import { useMatchScores } from '../use-match-scores';
import { type Cell, ChartCard, type DataTable, ListAnchor, type OpenList } from './chart-card';
import { type BarRow, BarRows, BoardLegend, WeeklyChart } from './charts';
import './insights.css';

type Score = (app: Application) => number | undefined;

export interface InsightsViewProps {
  data: TrackerData;
  openList: OpenList;
  /** The filters the list and Insights share (the tracker keeps them in its URL). */
  filter: ListLink;
  onFilter: (filter: ListLink) => void;
  /** For tests: a fixed clock and scores; the page uses the real ones. */
  now?: number;
  scoreOf?: Score;
}

const SCORE_BATCH = 200;

/**
 * Match scores for the sent applications, computed in batches between frames: scoring
 * 5,000 jobs cold takes about a second, and the other figures should not wait for it.
 */
function useScoreFigures(
  apps: readonly Application[],
  stages: readonly Stage[],
  filter: InsightsFilter,
  scoreOf: Score | undefined,
): ScoreFigures | undefined {
  const [figures, setFigures] = useState<ScoreFigures | undefined>();
  useEffect(() => {
    setFigures(undefined);
    if (!scoreOf) return;
    let alive = true;
    void (async () => {
      const sent = sentApplications({ apps, stages, filter });
      for (let i = 0; i < sent.length; i += SCORE_BATCH) {
        for (const app of sent.slice(i, i + SCORE_BATCH)) scoreOf(app);
        await new Promise((done) => setTimeout(done, 0));
        if (!alive) return;
      }
      setFigures(computeScores({ apps, stages, filter, scoreOf }));
    })();
    return () => {
      alive = false;
    };
  }, [apps, stages, filter, scoreOf]);
  return figures;
}

export function InsightsView({
  data,
  openList,
  filter,
  onFilter,
  now: fixedNow,
  scoreOf: fixedScore,
}: InsightsViewProps) {
  const { t, lang } = useI18n();
  const all = data.apps ?? [];
  const stages = data.preferences.stages;
  const matchScores = useMatchScores(data.cvs, data.features);
  const hasCv = data.cvs.some((cv) => cv.isDefault);
  const scoreOf = useMemo<Score | undefined>(
    () => fixedScore ?? (hasCv ? (app) => matchScores(app)?.score : undefined),
    [fixedScore, matchScores, hasCv],
  );
  // Re-read the clock when the data or filter changes, not on every render.
  const now = useMemo(() => fixedNow ?? Date.now(), [fixedNow, all, filter]);
  // What a figure's link adds to the date, board and status filters (how it was captured,
  // "no answer after 14 days"…) narrows the applications every figure counts.
  const { method, cut } = filter;
  const apps = useMemo(
    () => (method || cut ? applyListLink(all, { ...NO_LINK, method, cut }, stages, now) : all),
    [all, method, cut, stages, now],
  );
  const insights = useMemo(
    () => (data.complete ? computeInsights({ apps, stages, filter, now }) : undefined),
    [data.complete, apps, stages, filter, now],
  );
  // Scored once every feature is read (store/reader.ts reads them in batches after the
  // summaries): figures computed on a part would change under the reader's eyes.
  const scores = useScoreFigures(
    apps,
    stages,
    filter,
    data.complete && data.featuresComplete ? scoreOf : undefined,
  );
  const link = (extra: Partial<ListLink>) => listLinkQuery({ ...filter, ...extra });

  if (!insights) {
    return (
      <div class="insights">
        <p class="muted" role="status">
          {t('insights.loading')}
        </p>
      </div>
    );
  }
  if (!all.length) {
    return (
      <div class="insights">
        <section class="empty insights__empty" aria-labelledby="insights-empty">
          <h2 id="insights-empty">{t('insights.title')}</h2>
          <p>{t('insights.empty')}</p>
        </section>
      </div>
    );
  }
  return (
    <div class="insights">
      <h2 class="insights__title">{t('insights.title')}</h2>
      <FilterFields value={filter} onChange={onFilter} stages={stages} idPrefix="insights" withStatus />
      <FilterSummary value={filter} onChange={onFilter} stages={stages} />
      <p class="muted insights__count">
        <span role="status">
          {insights.total
            ? t(insights.total === 1 ? 'insights.counted.one' : 'insights.counted.other', {
                n: insights.total.toLocaleString(lang),
              })
            : t('insights.noneMatch')}
        </span>{' '}
        {insights.total > 0 && (
          <ListAnchor query={link({})} openList={openList}>
            {t('insights.openList')}
          </ListAnchor>
        )}
      </p>
      {insights.total > 0 && (
        <div class="insights__grid">
          <Weekly weeks={insights.weeks} t={t} lang={lang} openList={openList} link={link} />
          <Funnel funnel={insights.funnel} t={t} lang={lang} openList={openList} link={link} />
          <Responses insights={insights} t={t} lang={lang} openList={openList} link={link} />
          <Scores scores={scores} hasScores={scoreOf !== undefined} t={t} lang={lang} openList={openList} />
        </div>
      )}
    </div>
  );
}

interface FigureProps {
  t: I18n['t'];
  lang: string;
  openList: OpenList;
  link: (extra: Partial<ListLink>) => string;
}

const count = (n: number, link?: string): Cell => ({
  text: n.toLocaleString(),
  value: n,
  ...(link ? { link } : {}),
});
const ratio = (value: number | undefined, lang: string): Cell => ({
  text: percent(value, lang),
  value: value === undefined ? '' : Math.round(value * 1000) / 10,
});

/** A share as a whole percentage in the UI language; a dash when there is nothing to divide. */
function percent(value: number | undefined, lang: string): string {
  return value === undefined
    ? '—'
    : value.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 0 });
}

/** A median in days, to a tenth, in the UI language ("1 day", "2.5 days"). */
function dayCount(t: I18n['t'], lang: string, days: number): string {
  const d = Math.round(days * 10) / 10;
  return t(d === 1 ? 'insights.days.one' : 'insights.days.other', {
    d: d.toLocaleString(lang, { maximumFractionDigits: 1 }),
  });
}

function dayOf(week: string): Date {
  const [y = 1970, m = 1, d = 1] = week.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function Weekly({ weeks, t, lang, openList, link }: FigureProps & { weeks: WeekRow[] }) {
  const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  const labelOf = (week: string) => short.format(dayOf(week));
  const used = BOARDS.filter((board) => weeks.some((w) => w.byBoard[board] > 0));
  const captured = weeks.reduce((sum, w) => sum + w.captured, 0);
  const applied = weeks.reduce((sum, w) => sum + w.applied, 0);
  const best = weeks.reduce((a, b) => (b.captured > a.captured ? b : a), weeks[0] as WeekRow);
  const table: DataTable = {
    caption: t('insights.weeklyCaption'),
    head: [
      t('insights.weekOf'),
      t('insights.captured'),
      ...used.map((board) => t(`insights.board.${board}`)),
      t('insights.applied'),
    ],
    rows: weeks.map((w) => {
      const sunday = dayOf(w.week);
      sunday.setDate(sunday.getDate() + 6);
      const to = localDay(sunday.getTime());
      return [
        { text: labelOf(w.week), value: w.week },
        count(w.captured, w.captured ? link({ from: w.week, to }) : undefined),
        ...used.map((board) => count(w.byBoard[board])),
        count(w.applied),
      ];
    }),
  };
  const summary = captured
    ? t('insights.weeklySummary', { captured, applied, best: labelOf(best.week), bestCount: best.captured })
    : t('insights.weeklyNone');
  return (
    <ChartCard
      id="insights-weekly"
      title={t('insights.weeklyTitle')}
      summary={summary}
      table={table}
      openList={openList}
    >
      <WeeklyChart weeks={weeks} labelOf={labelOf} label={summary} />
      <BoardLegend
        boards={used}
        nameOf={(board) => t(`insights.board.${board}`)}
        appliedLabel={t('insights.applied')}
      />
    </ChartCard>
  );
}

function Funnel({ funnel, t, lang, openList, link }: FigureProps & { funnel: FunnelFigures }) {
  const of = (n: number) => (funnel.applied ? n / funnel.applied : 0);
  const steps: {
    key: string;
    label: string;
    n: number;
    conversion?: number | undefined;
    cut?: ListLink['cut'];
  }[] = [
    { key: 'applied', label: t('insights.applied'), n: funnel.applied, cut: 'applied' },
    {
      key: 'interviewing',
      label: t('insights.interviewing'),
      n: funnel.interviewing,
      conversion: funnel.toInterview,
      cut: 'interviewing',
    },
    { key: 'offer', label: t('insights.offer'), n: funnel.offer, conversion: funnel.toOffer, cut: 'offer' },
    { key: 'rejected', label: t('insights.rejected'), n: funnel.rejected, cut: 'rejected' },
    {
      key: 'rejected-after-interview',
      label: t('insights.rejectedAfterInterview'),
      n: funnel.rejectedAfterInterview,
    },
    { key: 'withdrawn', label: t('insights.withdrawn'), n: funnel.withdrawn, cut: 'withdrawn' },
    { key: 'open', label: t('insights.open'), n: funnel.open },
    { key: 'saved-only', label: t('insights.savedOnly'), n: funnel.savedOnly },
  ];
  const rows: BarRow[] = steps.map((step, i) => ({
    key: step.key,
    label: step.label,
    fraction: step.key === 'saved-only' ? 0 : of(step.n),
    value:
      i > 0 && i < 3
        ? `${step.n.toLocaleString(lang)} · ${percent(step.conversion, lang)}`
        : step.n.toLocaleString(lang),
    ...(step.cut && step.n ? { link: link({ cut: step.cut }) } : {}),
    ...(i >= 3 ? { tone: 'muted' as const } : {}),
  }));
  const table: DataTable = {
    caption: t('insights.funnelCaption'),
    head: [t('insights.stage'), t('insights.count'), t('insights.conversion')],
    rows: steps.map((step, i) => [
      { text: step.label },
      count(step.n, step.cut && step.n ? link({ cut: step.cut }) : undefined),
      i > 0 && i < 3 ? ratio(step.conversion, lang) : { text: '', value: '' },
    ]),
  };
  return (
    <ChartCard
      id="insights-funnel"
      title={t('insights.funnelTitle')}
      summary={
        <>
          {t('insights.funnelSummary', {
            applied: funnel.applied,
            interviewing: funnel.interviewing,
            offer: funnel.offer,
            toInterview: percent(funnel.toInterview, lang),
            toOffer: percent(funnel.toOffer, lang),
          })}{' '}
          {t('insights.closedSummary', {
            rejected: funnel.rejected,
            afterInterview: funnel.rejectedAfterInterview,
            withdrawn: funnel.withdrawn,
            open: funnel.open,
            savedOnly: funnel.savedOnly,
          })}
        </>
      }
      table={table}
      openList={openList}
    >
      <BarRows rows={rows} openList={openList} label={t('insights.funnelCaption')} />
    </ChartCard>
  );
}

function Responses({ insights, t, lang, openList, link }: FigureProps & { insights: Insights }) {
  const days = (row: ResponseRow): Cell =>
    row.medianDays === undefined
      ? { text: t('insights.noDate'), value: '' }
      : { text: dayCount(t, lang, row.medianDays), value: Math.round(row.medianDays * 10) / 10 };
  const waiting = (n: number, due: number, cut: ListLink['cut'], extra: Partial<ListLink>): Cell => ({
    text: `${t('insights.ofDue', { waiting: n, due })} (${percent(due ? n / due : undefined, lang)})`,
    value: n,
    ...(n ? { link: link({ ...extra, cut }) } : {}),
  });
  const row = (label: string, r: ResponseRow, extra: Partial<ListLink>): Cell[] => [
    { text: label },
    count(r.applied, link({ ...extra, cut: 'applied' })),
    count(r.responded, r.responded ? link({ ...extra, cut: 'responded' }) : undefined),
    { ...ratio(r.rate, lang), bar: r.rate ?? 0 },
    days(r),
    waiting(r.waiting14, r.due14, 'no-answer-14', extra),
    waiting(r.waiting30, r.due30, 'no-answer-30', extra),
  ];
  const { overall } = insights;
  const table: DataTable = {
    caption: t('insights.responsesCaption'),
    head: [
      t('insights.group'),
      t('insights.applied'),
      t('insights.answered'),
      t('insights.rate'),
      t('insights.medianDays'),
      t('insights.noAnswer14'),
      t('insights.noAnswer30'),
    ],
    rows: [
      row(t('insights.allApplications'), overall, {}),
      ...insights.byBoard.map((r) =>
        row(`${t('insights.byBoard')}: ${t(`insights.board.${r.key as Board}`)}`, r, {
          board: r.key as Board,
        }),
      ),
      ...insights.byMethod.map((r) =>
        row(`${t('insights.byMethod')}: ${t(`insights.method.${r.key as Method}`)}`, r, {
          method: r.key as Method,
        }),
      ),
    ],
  };
  return (
    <ChartCard
      id="insights-responses"
      title={t('insights.responsesTitle')}
      summary={t('insights.responsesSummary', {
        rate: percent(overall.rate, lang),
        days: overall.medianDays === undefined ? t('insights.noDate') : dayCount(t, lang, overall.medianDays),
        waiting14: overall.waiting14,
        due14: overall.due14,
        waiting30: overall.waiting30,
        due30: overall.due30,
      })}
      table={table}
      openList={openList}
      tableOnly
    />
  );
}

function Scores({
  scores,
  hasScores,
  t,
  lang,
  openList,
}: Omit<FigureProps, 'link'> & { scores: ScoreFigures | undefined; hasScores: boolean }) {
  const caption = t('insights.scoresCaption');
  const bins = scores?.bins ?? [];
  const label = (from: number, to: number) => `${from}–${to}`;
  const table: DataTable = {
    caption,
    head: [
      t('insights.scoreRange'),
      t('insights.applied'),
      t('insights.interviewed'),
      t('insights.interviewRate'),
    ],
    rows: bins.map((bin) => [
      { text: label(bin.from, bin.to) },
      count(bin.applied),
      count(bin.interviewed),
      ratio(bin.rate, lang),
    ]),
  };
  const rateOf = (high: boolean) => {
    const kept = bins.filter((bin) => (high ? bin.from >= 60 : bin.to < 60));
    const applied = kept.reduce((sum, bin) => sum + bin.applied, 0);
    return percent(applied ? kept.reduce((sum, bin) => sum + bin.interviewed, 0) / applied : undefined, lang);
  };
  const summary = !hasScores
    ? t('insights.noScores')
    : !scores
      ? t('insights.loading')
      : scores.enough
        ? t('insights.scoresSummary', { high: rateOf(true), low: rateOf(false) })
        : t(scores.scored === 1 ? 'insights.tooLittle.one' : 'insights.tooLittle.other', {
            scored: scores.scored,
            min: MIN_SCORED,
            bin: MIN_BIN,
          });
  return (
    <ChartCard
      id="insights-scores"
      title={t('insights.scoresTitle')}
      summary={summary}
      table={table}
      openList={openList}
    >
      {scores && (
        <BarRows
          rows={bins.map((bin) => ({
            key: `${bin.from}`,
            label: label(bin.from, bin.to),
            fraction: bin.rate ?? 0,
            value: `${percent(bin.rate, lang)} · ${t('insights.ofDue', { waiting: bin.interviewed, due: bin.applied })}`,
          }))}
          openList={openList}
          label={caption}
        />
      )}
    </ChartCard>
  );
}
