/**
 * Puts the text pieces of a PDF page back in reading order. A PDF only knows where each
 * piece of text is drawn; CVs often have two columns (a sidebar with skills next to the
 * experience), which read line by line across the page would interleave. Pure: takes
 * positioned pieces, returns lines.
 */

/** A piece of text as pdf.js reports it, in PDF units (y grows upwards). */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
}

interface Row {
  y: number;
  size: number;
  pieces: TextPiece[];
}

function groupRows(pieces: readonly TextPiece[]): Row[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - piece.y) <= Math.max(1, 0.45 * Math.min(row.size, piece.size))) {
      row.pieces.push(piece);
      row.size = Math.max(row.size, piece.size);
    } else {
      rows.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  for (const row of rows) row.pieces.sort((a, b) => a.x - b.x);
  return rows;
}

/** Joins pieces of one line, adding a space where the gap between them is a word gap. */
function joinPieces(pieces: readonly TextPiece[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const piece of pieces) {
    const gap = piece.x - end;
    if (out && !/\s$/.test(out) && !/^\s/.test(piece.str)) {
      if (gap > 2.5 * piece.size) out += '\t';
      else if (gap > 0.18 * piece.size) out += ' ';
    }
    out += piece.str;
    end = Math.max(end, piece.x + piece.width);
  }
  return out;
}

/**
 * The x position of a gutter between two columns, if the page has one: a vertical line
 * that few pieces cross (a full-width header may), with at least a few rows of text on
 * each side. Undefined for a one-column page.
 */
export function findGutter(pieces: readonly TextPiece[]): number | undefined {
  if (pieces.length < 6) return undefined;
  const left = Math.min(...pieces.map((p) => p.x));
  const right = Math.max(...pieces.map((p) => p.x + p.width));
  const span = right - left;
  if (span <= 0) return undefined;
  let best: { x: number; crossing: number; balance: number } | undefined;
  for (let x = left + span * 0.2; x <= left + span * 0.8; x += Math.max(1, span / 200)) {
    let crossing = 0;
    let leftCount = 0;
    let rightCount = 0;
    for (const piece of pieces) {
      if (piece.x + piece.width <= x) leftCount++;
      else if (piece.x >= x) rightCount++;
      else crossing++;
    }
    if (leftCount < 3 || rightCount < 3) continue;
    if (crossing > pieces.length * 0.15) continue;
    const balance = Math.min(leftCount, rightCount);
    if (!best || crossing < best.crossing || (crossing === best.crossing && balance > best.balance)) {
      best = { x, crossing, balance };
    }
  }
  if (!best) return undefined;
  // A real gutter has text hugging it on the right in several rows: the right column's edge.
  const rightStarts = pieces.filter((p) => p.x >= best.x).map((p) => Math.round(p.x));
  const counts = new Map<number, number>();
  for (const start of rightStarts) counts.set(start, (counts.get(start) ?? 0) + 1);
  const aligned = Math.max(...counts.values());
  return aligned >= 3 ? best.x : undefined;
}

/** The page's lines in reading order: full-width rows in place, columns left then right. */
export function orderPageLines(pieces: readonly TextPiece[]): string[] {
  const visible = pieces.filter((piece) => piece.str.length > 0);
  const rows = groupRows(visible);
  const gutter = findGutter(visible);
  const lines: string[] = [];
  let previous: Row | undefined;
  const pushRow = (target: string[], row: Row, text: string) => {
    if (previous && previous.y - row.y > 2.2 * row.size) target.push('');
    target.push(text);
    previous = row;
  };
  if (gutter === undefined) {
    for (const row of rows) pushRow(lines, row, joinPieces(row.pieces));
    return lines;
  }
  let leftLines: string[] = [];
  let rightLines: string[] = [];
  let lastLeft: Row | undefined;
  let lastRight: Row | undefined;
  const flush = () => {
    lines.push(...leftLines);
    if (leftLines.length && rightLines.length) lines.push('');
    lines.push(...rightLines);
    leftLines = [];
    rightLines = [];
    lastLeft = undefined;
    lastRight = undefined;
  };
  for (const row of rows) {
    const crosses = row.pieces.some((p) => p.x < gutter && p.x + p.width > gutter);
    if (crosses) {
      flush();
      previous = undefined;
      lines.push(joinPieces(row.pieces));
      continue;
    }
    const leftPieces = row.pieces.filter((p) => p.x + p.width <= gutter);
    const rightPieces = row.pieces.filter((p) => p.x >= gutter);
    if (leftPieces.length) {
      if (lastLeft && lastLeft.y - row.y > 2.2 * row.size) leftLines.push('');
      leftLines.push(joinPieces(leftPieces));
      lastLeft = row;
    }
    if (rightPieces.length) {
      if (lastRight && lastRight.y - row.y > 2.2 * row.size) rightLines.push('');
      rightLines.push(joinPieces(rightPieces));
      lastRight = row;
    }
  }
  flush();
  return lines;
}
