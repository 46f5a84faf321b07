import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { csvField } from '../../store/csv';
import { downloadText, today } from '../download';
import { useI18n } from '../i18n-context';

/** One cell of a figure's data: the text shown, the raw value exported, an optional link. */
export interface Cell {
  text: string;
  /** What the CSV holds (a number stays a number); the text when absent. */
  value?: string | number;
  link?: string;
  /** 0–1: drawn as a bar beside the text (the figure that is a table). */
  bar?: number;
}

/** Opens the application list with a link's query ("board=linkedin&cut=no-answer-14"). */
export type OpenList = (query: string) => void;

/** A figure's data as rows: the table view and the CSV export are both drawn from it. */
export interface DataTable {
  caption: string;
  head: string[];
  rows: Cell[][];
}

/** RFC 4180 with a BOM and CRLF, as the list's own CSV export (Excel reads the accents). */
export function tableCsv(table: DataTable): string {
  const line = (cells: readonly (string | number)[]) => cells.map((cell) => csvField(String(cell))).join(',');
  const lines = [
    line(table.head),
    ...table.rows.map((row) => line(row.map((cell) => cell.value ?? cell.text))),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A link into the filtered list: a real href (new tab works), opened in place on a plain click. */
export function ListAnchor({
  query,
  openList,
  children,
}: {
  query: string;
  openList: OpenList;
  children: ComponentChildren;
}) {
  return (
    <a
      href={`?${query}`}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        openList(query);
      }}
    >
      {children}
    </a>
  );
}

export function TableView({ table, openList }: { table: DataTable; openList: OpenList }) {
  return (
    <div class="insight__table-wrap">
      <table class="insight__table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.head.map((head) => (
              <th key={head} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => {
                const text = cell.link ? (
                  <ListAnchor query={cell.link} openList={openList}>
                    {cell.text}
                  </ListAnchor>
                ) : (
                  cell.text
                );
                const content =
                  cell.bar === undefined ? (
                    text
                  ) : (
                    <span class="insight__cell-bar">
                      <span class="insight__bar" aria-hidden="true">
                        <span style={{ width: `${Math.round(cell.bar * 100)}%` }} />
                      </span>
                      {text}
                    </span>
                  );
                return c === 0 ? (
                  <th key={c} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A figure: its title, a sentence that says what the chart shows (the text equivalent),
 * the chart or its table, and the CSV of its data.
 */
export function ChartCard({
  id,
  title,
  summary,
  table,
  openList,
  children,
  tableOnly = false,
}: {
  id: string;
  title: string;
  summary: ComponentChildren;
  table: DataTable;
  openList: OpenList;
  children?: ComponentChildren;
  /** The figure is a table already (its bars are inside the cells). */
  tableOnly?: boolean;
}) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  return (
    <section class="insight" id={id} aria-labelledby={`${id}-title`}>
      <header class="insight__head">
        <h3 id={`${id}-title`}>{title}</h3>
        <div class="insight__actions">
          {!tableOnly && (
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
              {t('insights.showTable')}
            </button>
          )}
          <button
            type="button"
            onClick={() =>
              downloadText(`jobtrack-${id}-${today()}.csv`, tableCsv(table), 'text/csv;charset=utf-8')
            }
          >
            {t('insights.csv')}
          </button>
        </div>
      </header>
      <p class="insight__summary" id={`${id}-summary`}>
        {summary}
      </p>
      {asTable || tableOnly ? <TableView table={table} openList={openList} /> : children}
    </section>
  );
}
