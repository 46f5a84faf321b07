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
  type InsightsFilter,
  type ListLink,
  listLinkQuery,
  type Method,
  NO_FILTER,
} from '../../insights/filters';
import { type Application, BOARDS, type Board, type Stage } from '../../model/application';
import { useI18n } from '../i18n-context';
import type { TrackerData } from '../tracker-data';
import { useMatchScores } from '../use-match-scores';
import { type Cell, ChartCard, type DataTable, ListAnchor, type OpenList } from './chart-card';
import { type BarRow, BarRows, BoardLegend, WeeklyChart } from './charts';
import { InsightsFilters } from './insights-filters';
import { type InsightsStrings, insightsStrings, percent } from './insights-strings';
import { insightsWords } from './insights-words';
import './insights.css';

type Score = (app: Application) => number | undefined;

export interface InsightsViewProps {
  data: TrackerData;
  openList: OpenList;
  /** The filters the list was opened with, if any: Insights starts from the same. */
  initialFilter?: InsightsFilter | undefined;
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
  initialFilter,
  now: fixedNow,
  scoreOf: fixedScore,
}: InsightsViewProps) {
  const { lang } = useI18n();
  const s = insightsStrings(lang);
  const [filter, setFilter] = useState<InsightsFilter>(() =>
    initialFilter
      ? {
          from: initialFilter.from,
          to: initialFilter.to,
          board: initialFilter.board,
          status: initialFilter.status,
        }
      : NO_FILTER,
  );
  const apps = data.apps ?? [];
  const stages = data.preferences.stages;
  const matchScores = useMatchScores(data.cvs);
  const hasCv = data.cvs.some((cv) => cv.isDefault);
  const scoreOf = useMemo<Score | undefined>(
    () => fixedScore ?? (hasCv ? (app) => matchScores(app)?.score : undefined),
    [fixedScore, matchScores, hasCv],
  );
  // Re-read the clock when the data or filter changes, not on every render.
  const now = useMemo(() => fixedNow ?? Date.now(), [fixedNow, apps, filter]);
  const insights = useMemo(
    () => (data.complete ? computeInsights({ apps, stages, filter, now }) : undefined),
    [data.complete, apps, stages, filter, now],
  );
  const scores = useScoreFigures(apps, stages, filter, data.complete ? scoreOf : undefined);
  const link = (extra: Partial<ListLink>) => listLinkQuery({ ...filter, method: '', cut: '', ...extra });

  if (!insights) {
    return (
      <div class="insights">
        <p class="muted" role="status">
          {insightsWords(lang).loading}
        </p>
      </div>
    );
  }
  if (!apps.length) {
    return (
      <div class="insights">
        <section class="empty insights__empty" aria-labelledby="insights-empty">
          <h2 id="insights-empty">{s.title}</h2>
          <p>{s.empty}</p>
        </section>
      </div>
    );
  }
  return (
    <div class="insights">
      <h2 class="insights__title">{s.title}</h2>
      <InsightsFilters value={filter} onChange={setFilter} stages={stages} />
      <p class="muted insights__count">
        <span role="status">{insights.total ? s.counted(insights.total) : s.noneMatch}</span>{' '}
        {insights.total > 0 && (
          <ListAnchor query={link({})} openList={openList}>
            {s.openList}
          </ListAnchor>
        )}
      </p>
      {insights.total > 0 && (
        <div class="insights__grid">
          <Weekly weeks={insights.weeks} s={s} lang={lang} openList={openList} link={link} />
          <Funnel funnel={insights.funnel} s={s} lang={lang} openList={openList} link={link} />
          <Responses insights={insights} s={s} lang={lang} openList={openList} link={link} />
          <Scores scores={scores} hasScores={scoreOf !== undefined} s={s} lang={lang} openList={openList} />
        </div>
      )}
    </div>
  );
}

interface FigureProps {
  s: InsightsStrings;
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

function dayOf(week: string): Date {
  const [y = 1970, m = 1, d = 1] = week.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function Weekly({ weeks, s, lang, openList, link }: FigureProps & { weeks: WeekRow[] }) {
  const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  const labelOf = (week: string) => short.format(dayOf(week));
  const used = BOARDS.filter((board) => weeks.some((w) => w.byBoard[board] > 0));
  const captured = weeks.reduce((sum, w) => sum + w.captured, 0);
  const applied = weeks.reduce((sum, w) => sum + w.applied, 0);
  const best = weeks.reduce((a, b) => (b.captured > a.captured ? b : a), weeks[0] as WeekRow);
  const table: DataTable = {
    caption: s.weeklyCaption,
    head: [s.weekOf, s.captured, ...used.map((board) => s.boards[board]), s.applied],
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
  const summary = s.weeklySummary(captured, applied, labelOf(best.week), best.captured);
  return (
    <ChartCard id="insights-weekly" title={s.weeklyTitle} summary={summary} table={table} openList={openList}>
      <WeeklyChart weeks={weeks} labelOf={labelOf} label={summary} />
      <BoardLegend boards={used} nameOf={(board) => s.boards[board]} appliedLabel={s.applied} />
    </ChartCard>
  );
}

function Funnel({ funnel, s, lang, openList, link }: FigureProps & { funnel: FunnelFigures }) {
  const of = (n: number) => (funnel.applied ? n / funnel.applied : 0);
  const steps: {
    key: string;
    label: string;
    n: number;
    conversion?: number | undefined;
    cut?: ListLink['cut'];
  }[] = [
    { key: 'applied', label: s.applied, n: funnel.applied, cut: 'applied' },
    {
      key: 'interviewing',
      label: s.interviewing,
      n: funnel.interviewing,
      conversion: funnel.toInterview,
      cut: 'interviewing',
    },
    { key: 'offer', label: s.offer, n: funnel.offer, conversion: funnel.toOffer, cut: 'offer' },
    { key: 'rejected', label: s.rejected, n: funnel.rejected, cut: 'rejected' },
    { key: 'rejected-after-interview', label: s.rejectedAfterInterview, n: funnel.rejectedAfterInterview },
    { key: 'withdrawn', label: s.withdrawn, n: funnel.withdrawn, cut: 'withdrawn' },
    { key: 'open', label: s.open, n: funnel.open },
    { key: 'saved-only', label: s.savedOnly, n: funnel.savedOnly },
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
    caption: s.funnelCaption,
    head: [s.stage, s.count, s.conversion],
    rows: steps.map((step, i) => [
      { text: step.label },
      count(step.n, step.cut && step.n ? link({ cut: step.cut }) : undefined),
      i > 0 && i < 3 ? ratio(step.conversion, lang) : { text: '', value: '' },
    ]),
  };
  return (
    <ChartCard
      id="insights-funnel"
      title={s.funnelTitle}
      summary={
        <>
          {s.funnelSummary(
            funnel.applied,
            funnel.interviewing,
            funnel.offer,
            percent(funnel.toInterview, lang),
            percent(funnel.toOffer, lang),
          )}{' '}
          {s.closedSummary(
            funnel.rejected,
            funnel.rejectedAfterInterview,
            funnel.withdrawn,
            funnel.open,
            funnel.savedOnly,
          )}
        </>
      }
      table={table}
      openList={openList}
    >
      <BarRows rows={rows} openList={openList} label={s.funnelCaption} />
    </ChartCard>
  );
}

function Responses({ insights, s, lang, openList, link }: FigureProps & { insights: Insights }) {
  const days = (row: ResponseRow): Cell =>
    row.medianDays === undefined
      ? { text: s.noDate, value: '' }
      : { text: s.days(Math.round(row.medianDays * 10) / 10), value: Math.round(row.medianDays * 10) / 10 };
  const waiting = (n: number, due: number, cut: ListLink['cut'], extra: Partial<ListLink>): Cell => ({
    text: `${s.ofDue(n, due)} (${percent(due ? n / due : undefined, lang)})`,
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
    caption: s.responsesCaption,
    head: [s.group, s.applied, s.answered, s.rate, s.medianDays, s.noAnswer14, s.noAnswer30],
    rows: [
      row(s.allApplications, overall, {}),
      ...insights.byBoard.map((r) =>
        row(`${s.byBoard}: ${s.boards[r.key as Board]}`, r, { board: r.key as Board }),
      ),
      ...insights.byMethod.map((r) =>
        row(`${s.byMethod}: ${s.methods[r.key as Method]}`, r, { method: r.key as Method }),
      ),
    ],
  };
  return (
    <ChartCard
      id="insights-responses"
      title={s.responsesTitle}
      summary={s.responsesSummary(
        percent(overall.rate, lang),
        overall.medianDays === undefined ? s.noDate : s.days(Math.round(overall.medianDays * 10) / 10),
        overall.waiting14,
        overall.due14,
        overall.waiting30,
        overall.due30,
      )}
      table={table}
      openList={openList}
      tableOnly
    />
  );
}

function Scores({
  scores,
  hasScores,
  s,
  lang,
  openList,
}: Omit<FigureProps, 'link'> & { scores: ScoreFigures | undefined; hasScores: boolean }) {
  const caption = s.scoresCaption;
  const bins = scores?.bins ?? [];
  const label = (from: number, to: number) => `${from}–${to}`;
  const table: DataTable = {
    caption,
    head: [s.scoreRange, s.applied, s.interviewed, s.interviewRate],
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
    ? s.noScores
    : !scores
      ? insightsWords(lang).loading
      : scores.enough
        ? s.scoresSummary(rateOf(true), rateOf(false))
        : s.tooLittle(scores.scored, MIN_SCORED, MIN_BIN);
  return (
    <ChartCard id="insights-scores" title={s.scoresTitle} summary={summary} table={table} openList={openList}>
      {scores && (
        <BarRows
          rows={bins.map((bin) => ({
            key: `${bin.from}`,
            label: label(bin.from, bin.to),
            fraction: bin.rate ?? 0,
            value: `${percent(bin.rate, lang)} · ${s.ofDue(bin.interviewed, bin.applied)}`,
          }))}
          openList={openList}
          label={caption}
        />
      )}
    </ChartCard>
  );
}
