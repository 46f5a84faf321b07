import type { WeekRow } from '../../insights/compute';
import { BOARDS, type Board } from '../../model/application';
import { ListAnchor, type OpenList } from './chart-card';

/**
 * The charts, drawn as plain SVG and CSS: the figures are a dozen numbers each, so a
 * charting library would add its weight and its own accessibility gaps for nothing (see
 * the README's Insights section for the measurement). Colours come from theme variables
 * (insights.css), so light and dark follow the page.
 */

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { top: 16, right: 12, bottom: 34, left: 36 };

/** A round top for the axis whose half is a whole number too: 4, 6, 8, 10, 20, 40… */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 4, 6, 8, 10].find((f) => f * power >= value) ?? 10;
  return step * power;
}

/** Stacked bars of the week's captures by board, and a line of applications sent. */
export function WeeklyChart({
  weeks,
  labelOf,
  label,
}: {
  weeks: readonly WeekRow[];
  labelOf: (week: string) => string;
  /** The figure's text equivalent, the image's accessible name. */
  label: string;
}) {
  const top = niceMax(Math.max(1, ...weeks.map((w) => Math.max(w.captured, w.applied))));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / weeks.length;
  const barW = slot * 0.6;
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  const line = weeks.map((w, i) => `${PAD.left + slot * i + slot / 2},${y(w.applied)}`).join(' ');
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" preserveAspectRatio="xMidYMid meet">
      <title>{label}</title>
      {[0, top / 2, top].map((tick) => (
        <g key={tick}>
          <line class="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text class="chart__tick chart__tick--y" x={PAD.left - 6} y={y(tick) + 4} text-anchor="end">
            {tick}
          </text>
        </g>
      ))}
      {weeks.map((week, i) => {
        let base = 0;
        const x = PAD.left + slot * i + (slot - barW) / 2;
        return (
          <g key={week.week} data-week={week.week}>
            {BOARDS.map((board) => {
              const count = week.byBoard[board];
              if (!count) return null;
              const rect = (
                <rect
                  key={board}
                  class={`chart__board chart__board--${board}`}
                  x={x}
                  width={barW}
                  y={y(base + count)}
                  height={y(base) - y(base + count)}
                />
              );
              base += count;
              return rect;
            })}
            <text class="chart__tick" x={x + barW / 2} y={HEIGHT - PAD.bottom + 16} text-anchor="middle">
              {labelOf(week.week)}
            </text>
          </g>
        );
      })}
      <polyline class="chart__line" points={line} />
      {weeks.map((w, i) => (
        <circle
          key={w.week}
          class="chart__dot"
          cx={PAD.left + slot * i + slot / 2}
          cy={y(w.applied)}
          r={3.5}
        />
      ))}
    </svg>
  );
}

export function BoardLegend({
  boards,
  nameOf,
  appliedLabel,
}: {
  boards: readonly Board[];
  nameOf: (board: Board) => string;
  appliedLabel: string;
}) {
  return (
    <ul class="chart__legend" aria-hidden="true">
      {boards.map((board) => (
        <li key={board}>
          <span class={`chart__swatch chart__board chart__board--${board}`} />
          {nameOf(board)}
        </li>
      ))}
      <li>
        <span class="chart__swatch chart__swatch--line" />
        {appliedLabel}
      </li>
    </ul>
  );
}

export interface BarRow {
  key: string;
  label: string;
  /** 0–1 of the longest bar. */
  fraction: number;
  value: string;
  /** Query of the filtered list this row opens. */
  link?: string;
  tone?: 'muted';
}

/** Horizontal bars with their label and figure in text (readable without the bar). */
export function BarRows({
  rows,
  openList,
  label,
}: {
  rows: readonly BarRow[];
  openList: OpenList;
  label: string;
}) {
  return (
    <ul class="bars" aria-label={label}>
      {rows.map((row) => (
        <li
          key={row.key}
          class={`bars__row ${row.tone === 'muted' ? 'bars__row--muted' : ''}`}
          data-key={row.key}
        >
          <span class="bars__label">
            {row.link ? (
              <ListAnchor query={row.link} openList={openList}>
                {row.label}
              </ListAnchor>
            ) : (
              row.label
            )}
          </span>
          <span class="bars__track" aria-hidden="true">
            <span class="bars__fill" style={{ width: `${Math.max(0, Math.min(1, row.fraction)) * 100}%` }} />
          </span>
          <span class="bars__value">{row.value}</span>
        </li>
      ))}
    </ul>
  );
}
