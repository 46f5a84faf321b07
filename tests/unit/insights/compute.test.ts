import { describe, expect, it } from 'vitest';
import {
  computeInsights,
  computeScores,
  median,
  sentApplications,
} from '../../../extension/insights/compute';
import { localDay, weekStart } from '../../../extension/insights/dates';
import { factsOf, placesOf } from '../../../extension/insights/facts';
import { applyListLink, listLinkQuery, NO_FILTER, readListLink } from '../../../extension/insights/filters';
import { popupSummary } from '../../../extension/insights/summary';
import { DEFAULT_STAGE_LABELS } from '../../../extension/model/stages';
import { daysAgo, HISTORY, NOW, SCORES, STAGES } from '../../support/insights-history';
import { makeApp } from '../../support/make-app';

const compute = (filter = NO_FILTER) => computeInsights({ apps: HISTORY, stages: STAGES, filter, now: NOW });
const ids = (apps: readonly { id: string }[]) => apps.map((app) => app.id).sort();

describe('stage places', () => {
  it('puts each custom stage where the user placed it in the order', () => {
    const places = placesOf(STAGES);
    expect(Object.fromEntries(places)).toMatchObject({
      'to-apply': 'saved',
      'phone-screen': 'interviewing',
      'not-selected': 'rejected',
      offer: 'offer',
      withdrawn: 'withdrawn',
    });
    const custom = (ids: string[]) => placesOf(ids.map((id) => ({ id, label: id })));
    expect(custom(['applied', 'offer', 'accepted', 'rejected']).get('accepted')).toBe('offer');
    expect(custom(['wishlist', 'applied']).get('wishlist')).toBe('saved');
    expect(custom(['applied', 'interviewing', 'second-round', 'offer']).get('second-round')).toBe(
      'interviewing',
    );
  });

  it('reads when an application was sent and first answered from its timeline', () => {
    const places = placesOf(STAGES);
    const g = factsOf(HISTORY.find((a) => a.id === 'g')!, places);
    expect(g).toMatchObject({ applied: true, reachedInterview: true, reachedOffer: true, place: 'offer' });
    expect(g.appliedAt).toBe(Date.parse(daysAgo(50)));
    expect(g.respondedAt).toBe(Date.parse(daysAgo(45)));
    const f = factsOf(HISTORY.find((a) => a.id === 'f')!, places);
    expect(f.applied).toBe(false);
    const j = factsOf(HISTORY.find((a) => a.id === 'j')!, places);
    expect(j).toMatchObject({ applied: true, responded: true, respondedAt: undefined });
  });
});

describe('insights on the seeded history (known answers)', () => {
  it('counts the funnel with conversions, rejections and withdrawals', () => {
    expect(compute().funnel).toEqual({
      savedOnly: 1,
      applied: 10,
      interviewing: 4,
      offer: 1,
      toInterview: 0.4,
      toOffer: 0.25,
      rejected: 2,
      rejectedAfterInterview: 0,
      withdrawn: 1,
      open: 6,
    });
  });

  it('counts captures by board and applications sent in each of the last 12 weeks', () => {
    const { weeks } = compute();
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)?.week).toBe(localDay(weekStart(NOW)));
    expect(weeks.map((w) => w.captured)).toEqual([0, 0, 0, 0, 1, 1, 2, 1, 1, 2, 1, 1]);
    expect(weeks.map((w) => w.applied)).toEqual([0, 0, 0, 0, 1, 1, 2, 1, 1, 1, 1, 1]);
    expect(weeks[6]?.byBoard).toMatchObject({ indeed: 1, linkedin: 1, infojobs: 0 });
    expect(weeks[9]?.byBoard).toMatchObject({ indeed: 2 });
    expect(weeks[10]?.byBoard).toMatchObject({ glassdoor: 1 });
  });

  it('measures answers overall, by board and by capture method', () => {
    const insights = compute();
    expect(insights.overall).toMatchObject({
      applied: 10,
      responded: 6,
      rate: 0.6,
      medianDays: 5,
      dated: 5,
      due14: 7,
      waiting14: 2,
      due30: 5,
      waiting30: 1,
    });
    const board = Object.fromEntries(insights.byBoard.map((row) => [row.key, row]));
    expect(Object.keys(board)).toEqual(['linkedin', 'indeed', 'glassdoor', 'infojobs', 'tecnoempleo']);
    expect(board.linkedin).toMatchObject({
      applied: 4,
      responded: 3,
      rate: 0.75,
      medianDays: 5,
      due14: 3,
      due30: 2,
    });
    expect(board.indeed).toMatchObject({
      applied: 2,
      responded: 0,
      rate: 0,
      medianDays: undefined,
      waiting14: 2,
      waiting30: 1,
    });
    expect(board.infojobs).toMatchObject({ applied: 2, responded: 2, medianDays: 17.5 });
    expect(board.glassdoor).toMatchObject({ applied: 1, responded: 1, medianDays: undefined, dated: 0 });
    expect(board.tecnoempleo).toMatchObject({ applied: 1, responded: 0, due14: 0, waiting14: 0 });
    const method = Object.fromEntries(insights.byMethod.map((row) => [row.key, row]));
    expect(method.apply).toMatchObject({
      applied: 7,
      responded: 5,
      medianDays: 5,
      due14: 6,
      waiting14: 1,
      due30: 4,
      waiting30: 0,
    });
    expect(method.manual).toMatchObject({ applied: 2, responded: 0, due14: 1, waiting14: 1, waiting30: 1 });
    expect(method.import).toMatchObject({ applied: 1, responded: 1 });
  });

  it('bins match scores against interviews and says when there is too little data', () => {
    const scores = computeScores({
      apps: HISTORY,
      stages: STAGES,
      filter: NO_FILTER,
      scoreOf: (a) => SCORES[a.id],
    });
    expect(scores.bins.map((b) => [b.applied, b.interviewed])).toEqual([
      [1, 0],
      [1, 0],
      [2, 0],
      [3, 2],
      [3, 2],
    ]);
    expect(scores).toMatchObject({ scored: 10, enough: false });
    expect(sentApplications({ apps: HISTORY, stages: STAGES, filter: NO_FILTER })).toHaveLength(10);
  });

  it('has enough data with 20 scored applications in two bins of 5', () => {
    const apps = Array.from({ length: 24 }, (_, i) =>
      makeApp(`s${i}`, { status: i % 3 === 0 ? 'interviewing' : 'applied' }),
    );
    const scores = computeScores({
      apps,
      stages: STAGES,
      filter: NO_FILTER,
      scoreOf: (a) => (Number(a.id.slice(1)) < 12 ? 30 : 90),
    });
    expect(scores.enough).toBe(true);
    expect(scores.bins[1]).toMatchObject({ applied: 12, interviewed: 4 });
    expect(
      computeScores({
        apps: apps.slice(0, 19),
        stages: STAGES,
        filter: NO_FILTER,
        scoreOf: () => 50,
      }).enough,
    ).toBe(false);
  });

  it('applies the date range, board and status filters', () => {
    expect(compute({ ...NO_FILTER, board: 'indeed' }).total).toBe(3);
    expect(compute({ ...NO_FILTER, board: 'indeed' }).funnel).toMatchObject({ applied: 2, savedOnly: 1 });
    expect(compute({ ...NO_FILTER, status: 'phone-screen' }).total).toBe(1);
    expect(
      compute({ ...NO_FILTER, from: localDay(Date.parse(daysAgo(20))), to: localDay(Date.parse(daysAgo(3))) })
        .total,
    ).toBe(4);
  });

  it('is empty-safe', () => {
    const empty = computeInsights({ apps: [], stages: STAGES, filter: NO_FILTER, now: NOW });
    expect(empty.total).toBe(0);
    expect(empty.funnel.toInterview).toBeUndefined();
    expect(empty.overall.rate).toBeUndefined();
    expect(empty.byBoard).toEqual([]);
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('links to the filtered list', () => {
  it('round-trips through the URL and selects the applications a figure counted', () => {
    const query = listLinkQuery({ ...NO_FILTER, board: 'indeed', method: '', cut: 'no-answer-14' });
    expect(query).toBe('board=indeed&cut=no-answer-14');
    const link = readListLink(`?${query}`)!;
    expect(ids(applyListLink(HISTORY, link, STAGES, NOW))).toEqual(['d', 'e']);
    expect(
      ids(applyListLink(HISTORY, readListLink('?method=manual&cut=no-answer-30')!, STAGES, NOW)),
    ).toEqual(['e']);
    expect(ids(applyListLink(HISTORY, readListLink('?cut=interviewing')!, STAGES, NOW))).toEqual([
      'b',
      'g',
      'j',
      'k',
    ]);
    expect(ids(applyListLink(HISTORY, readListLink('?cut=rejected')!, STAGES, NOW))).toEqual(['c', 'h']);
  });

  it('ignores what a URL should not carry', () => {
    expect(readListLink('?view=cv&id=x')).toBeUndefined();
    expect(readListLink('?board=myspace&from=yesterday&cut=everything')).toBeUndefined();
  });
});

describe('popup summary', () => {
  it("counts this week's sent applications and those waiting over 14 days", () => {
    expect(popupSummary(HISTORY, STAGES, NOW)).toEqual({ appliedThisWeek: 1, waiting14: 2 });
    expect(
      popupSummary(
        [],
        Object.keys(DEFAULT_STAGE_LABELS).map((id) => ({ id, label: id })),
        NOW,
      ),
    ).toEqual({
      appliedThisWeek: 0,
      waiting14: 0,
    });
  });
});
