import { classifyLines, type LineKind } from '../match/sections';
import { foldText } from '../match/text';

/**
 * Excerpts chosen, not truncated: when the (already redacted) CV or job text is longer
 * than what a Pro request may carry, the lines that matter for this letter go first —
 * the CV lines that are the match's evidence for this job, then the CV's opening summary
 * and its role lines; the job's requirements, then its duties. Chosen lines keep their
 * original order, so the excerpt still reads like the document. Pure.
 */

/** Longest piece one line may be before it is split into sentences. */
const SPLIT_OVER = 400;

interface Piece {
  text: string;
  /** Original line index (lines are kept in this order). */
  line: number;
  priority: number;
}

/** Splits over-long lines (a PDF paragraph) into sentences so one line cannot eat the budget. */
function piecesOf(lines: readonly string[], priorityOf: (index: number) => number): Piece[] {
  const pieces: Piece[] = [];
  lines.forEach((raw, line) => {
    const text = raw.trim();
    if (!text) return;
    const parts = text.length > SPLIT_OVER ? text.split(/(?<=[.;!?])\s+/) : [text];
    for (const part of parts) {
      for (let start = 0; start < part.length; start += SPLIT_OVER) {
        pieces.push({ text: part.slice(start, start + SPLIT_OVER), line, priority: priorityOf(line) });
      }
    }
  });
  return pieces;
}

/**
 * Takes pieces by priority (higher first, earlier first within a priority) while they fit,
 * and returns them in document order joined by line breaks — never longer than `limit`.
 */
function pickWithin(pieces: readonly Piece[], limit: number): string {
  const order = pieces.map((piece, index) => ({ piece, index }));
  order.sort((a, b) => b.piece.priority - a.piece.priority || a.index - b.index);
  const chosen = new Set<number>();
  let used = 0;
  for (const { piece, index } of order) {
    const cost = piece.text.length + (chosen.size > 0 ? 1 : 0);
    if (used + cost > limit) continue;
    chosen.add(index);
    used += cost;
  }
  return pieces
    .filter((_, index) => chosen.has(index))
    .map((piece) => piece.text)
    .join('\n');
}

const ROLE_LINE = /\b(?:19|20)\d{2}\b|\b(?:present|actualidad|presente|current|now)\b/i;

/**
 * The CV excerpt. `evidence` are the CV lines the match quotes (MatchedSkill.cvLine), as
 * written in the CV; `originalLines` are the CV's lines before redaction (same count as the
 * redacted text's lines) so the evidence can be found even where redaction changed a line.
 */
export function chooseCvExcerpt(
  redactedCv: string,
  originalCv: string,
  evidence: readonly string[],
  limit: number,
): string {
  const lines = redactedCv.split('\n');
  const originals = originalCv.split('\n').map((line) => line.trim());
  const wanted = new Set(evidence.map((line) => line.trim()).filter(Boolean));
  const firstContent = lines.findIndex((line) => line.trim());
  return pickWithin(
    piecesOf(lines, (index) => {
      if (wanted.has(originals[index] ?? '')) return 4;
      // The header and summary: who the candidate is.
      if (index - firstContent < 6) return 3;
      if (ROLE_LINE.test(lines[index] ?? '')) return 2;
      return 1;
    }),
    limit,
  );
}

const JOB_PRIORITY: Record<LineKind, number> = { required: 4, duties: 3, preferred: 2, about: 0 };

/** The job excerpt: requirements first, then responsibilities, then nice-to-haves; "about us" last. */
export function chooseJobExcerpt(redactedJob: string, limit: number): string {
  const lines = redactedJob.split('\n');
  const kinds = classifyLines(lines.map((line) => foldText(line)));
  return pickWithin(
    piecesOf(lines, (index) => JOB_PRIORITY[kinds[index] ?? 'duties']),
    limit,
  );
}
