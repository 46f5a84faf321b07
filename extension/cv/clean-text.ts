/**
 * Cleans text extracted from a CV: ligatures, letter-spaced headings ("E X P E R I E N C E"),
 * words hyphenated at line ends, tabs between words, odd spaces and bullets. Pure.
 */

const LIGATURES: Readonly<Record<string, string>> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/** "E X P E R I E N C E" → "EXPERIENCE"; "F O R M A C I Ó N   A C A D É M I C A" → two words. */
function joinLetterSpaced(line: string): string {
  const trimmed = line.trim();
  if (!/^(?:\S {1,2}){3,}\S$/u.test(trimmed.replace(/ {3,}/g, '  '))) return line;
  // Words are separated by wider gaps (2+ spaces) than letters (1 space).
  const wordsOut = trimmed.split(/ {2,}/).map((word) => word.replace(/ /g, ''));
  // Only if every piece was single letters: "A B C" style initials stay otherwise.
  return wordsOut.every((word) => word.length >= 2) ? wordsOut.join(' ') : line;
}

// A word broken at a line end: "manage-\nment", "desa-\nrrollo". Not "e-\nmail"-style compounds
// that start the next line with a capital or a digit.
const HYPHENATED = /([\p{L}]{2,})[-\u00ad]\n[ \t]*([\p{Ll}]{2,})/gu;

export function cleanCvText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').replace(/[ﬀ-ﬆ]/g, (ligature) => LIGATURES[ligature] ?? ligature);
  text = text
    .replace(/\u00ad(?!\n)/g, '') // soft hyphens inside a line
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\f/g, '\n');
  text = text.replace(HYPHENATED, '$1$2\n');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    // A tab separates words (or cells): two spaces, so letter-spaced words stay apart.
    const spaced = raw.replace(/\t+/g, '  ').replace(/[▪●◦■□►▶✓✔➢➤]/g, '•');
    const line = joinLetterSpaced(spaced).replace(/ {2,}/g, ' ').trim();
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
