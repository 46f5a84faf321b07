/**
 * Text folding, tokenizing and stemming shared by the CV side and the job side. Both sides
 * go through exactly the same steps, so "Enfermería", "enfermeria" and "ENFERMERÍA" meet,
 * and so do "managed", "managing" and "manager". Pure and deterministic.
 */

/**
 * Symbols that carry meaning in skill names and would be lost by a plain word split
 * ("C++", "C#", ".NET", "Node.js", "CI/CD", "P&L"), matched in one pass: folding runs on
 * thousands of job descriptions at a time.
 */
const SYMBOLS =
  /c\+\+|\b[cf]#|\.net\b|\b(?:ci[ \t]*\/[ \t]*cd|pl[ \t]*\/[ \t]*sql|t[ \t]*-[ \t]*sql|[pmr][ \t]*&[ \t]*[lad]|i[ \t]*\+[ \t]*d|a[ \t]*\/[ \t]*b)\b/g;
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  'c++': 'cplusplus',
  'c#': 'csharp',
  'f#': 'fsharp',
  '.net': ' dotnet',
  'ci/cd': 'cicd',
  'pl/sql': 'plsql',
  't-sql': 'tsql',
  'p&l': 'pnl',
  'm&a': 'mna',
  'r&d': 'rnd',
  'i+d': 'rnd',
  'a/b': 'ab',
};

function symbolWord(match: string): string {
  const compact = match.replace(/[ \t]/g, '');
  const word = SYMBOL_WORDS[compact];
  if (word) return ` ${word} `;
  return match;
}
const DOT_JS = /\b([a-z0-9]+)\.js\b/g;
// Every pattern in SYMBOLS has one of these characters: a quick scan decides whether to run it.
const SYMBOL_HINT = /[+#&/]|\.net|-[ \t]*sql/;
const NON_ASCII = /[^ -~\t\n\r\f\v]/;

/**
 * Lower case, no accents, ligatures expanded (NFKD turns "ﬁ" into "fi" and "á" into
 * "a" + accent), symbols in skill names turned into words. Never adds or removes a line
 * break, so lines of the folded text match lines of the original.
 */
export function foldText(text: string): string {
  let folded = text;
  // Plain ASCII (most English ads) needs no decomposition.
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  folded = folded.toLowerCase();
  if (SYMBOL_HINT.test(folded)) folded = folded.replace(SYMBOLS, symbolWord);
  if (folded.includes('.js')) folded = folded.replace(DOT_JS, ' $1js ');
  return folded;
}

/**
 * Capital acronyms that fold into nothing useful: "IT" would become the English stopword
 * "it", so an "IT Project Manager" ad read as "project manager". The Spanish "TI" and "TIC"
 * mean the same and are written apart from the pronoun "ti" only by their capitals.
 */
const ACRONYM_WORDS: Readonly<Record<string, string>> = {
  IT: 'infotech',
  ICT: 'infotech',
  TI: 'infotech',
  TIC: 'infotech',
};
/**
 * Folded token → how the acronym is written, for showing a shared term ("infotech" → "IT").
 * A fixed table, so what is shown never depends on which texts were read before.
 */
const ACRONYM_SURFACES: ReadonlyMap<string, string> = new Map([
  ['infotech', 'IT'],
  ['ane', 'A&E'],
  ['hns', 'H&S'],
  ['lnd', 'L&D'],
  ['fnb', 'F&B'],
  ['pnl', 'P&L'],
  ['mna', 'M&A'],
  ['rnd', 'R&D'],
]);
// A capital stopword kept as an acronym ("US" → "usacr"): no English or Spanish word ends so.
const KEPT_STOPWORD = 'acr';
const CAPITALS = /[A-Z]{2}|[A-Z][ \t]*&[ \t]*[A-Z]|[A-Z]\.[A-Z]/;
const DOTTED = /\b(?:[A-Z]{1,2}\.){2,}/g;
const AMPERSAND = /\b([A-Z])[ \t]*&[ \t]*([A-Z])\b/g;
const LOWER = /\p{Ll}/u;
// An all-capitals line longer than this is a shouted sentence ("MAKE IT HAPPEN WITH US"), not a title.
const SHORT_CAPITAL_LINE = 6;
let capitalWords: RegExp | undefined;

/** The capital words that would fold into nothing useful: ACRONYM_WORDS and stopwords. */
function capitalWordPattern(): RegExp {
  if (!capitalWords) {
    const stop = [...STOPWORDS]
      .filter((word) => word.length >= 2 && word.length <= 4)
      .map((w) => w.toUpperCase());
    capitalWords = new RegExp(`\\b(?:${[...Object.keys(ACRONYM_WORDS), ...stop].join('|')})\\b`, 'g');
  }
  capitalWords.lastIndex = 0;
  return capitalWords;
}

function capitalWord(word: string, offset: number, text: string): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  const mixed = LOWER.test(line);
  if (!mixed && line.trim().split(/\s+/).length > SHORT_CAPITAL_LINE) return word;
  const known = ACRONYM_WORDS[word];
  if (known) return known;
  // "US", "OR", "IS" written in capitals in a sentence are acronyms, not function words.
  return mixed ? `${word.toLowerCase()}${KEPT_STOPWORD}` : word;
}

/**
 * Keeps acronyms written in capitals through folding (run before foldText): "IT", "TI" and
 * "TIC" become one word that is no stopword, "A&E" one word, "RR.HH." "RRHH". Capitals
 * only: "it" and "para ti" stay function words. Never adds or removes a line break.
 */
export function keepAcronyms(text: string): string {
  if (!CAPITALS.test(text)) return text;
  let out = text;
  if (out.includes('.')) out = out.replace(DOTTED, (dotted) => dotted.replace(/\./g, ''));
  // "A&E", "H&S", "L&D" → "ane", "hns", "lnd" (the pattern of "P&L" → "pnl" in foldText).
  if (out.includes('&')) out = out.replace(AMPERSAND, (_, a: string, b: string) => `${a}n${b}`.toLowerCase());
  return out.replace(capitalWordPattern(), capitalWord);
}

/** How a folded acronym token was written ("infotech" → "IT"), else the word itself. */
export function surfaceOf(word: string): string {
  const known = ACRONYM_SURFACES.get(word);
  if (known) return known;
  if (word.endsWith(KEPT_STOPWORD)) {
    const written = word.slice(0, -KEPT_STOPWORD.length);
    if (STOPWORDS.has(written)) return written.toUpperCase();
  }
  return word;
}

const WORDS_OF_SURFACES: ReadonlyMap<string, string> = new Map(
  [...ACRONYM_SURFACES].map(([word, surface]) => [surface, word]),
);

/** The folded word a surface was shown for: surfaceOf undone ("IT" → "infotech", "US" → "usacr"). */
export function wordOfSurface(surface: string): string {
  const known = WORDS_OF_SURFACES.get(surface);
  if (known) return known;
  // Folded words are lower case: capitals are only ever a kept stopword's surface.
  return /[A-Z]/.test(surface) ? `${surface.toLowerCase()}${KEPT_STOPWORD}` : surface;
}

const WORD = /[a-z0-9]+/g;

/** Words of already folded text, in order. */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

function stripPlural(word: string): string {
  if (word.endsWith('iones')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes')) {
    return word.slice(0, -2);
  }
  // Spanish plurals after a consonant: habilidades, gestores, ordenadores.
  if (/[lnrdj]es$/.test(word) && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const SUFFIXES = ['mente', 'ment', 'ing', 'ed', 'er'] as const;

/** Words whose stem would meet an unrelated word ("looker" → "look", "accounting" → "account"). */
const UNSTEMMED: ReadonlySet<string> = new Set([
  'looker',
  'docker',
  'jenkins',
  'accounting',
  'kotlin',
  'rails',
]);

/**
 * A light stemmer for English and Spanish: plurals, -ing/-ed/-er/-ment, Spanish -mente,
 * and the final vowel (gender in Spanish, silent e in English). Aggressive on purpose:
 * it only has to make word forms of the same skill meet, and it runs on both sides.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word) || UNSTEMMED.has(word)) return word;
  let out = stripPlural(word);
  for (const suffix of SUFFIXES) {
    if (out.endsWith(suffix) && out.length - suffix.length >= 4) {
      out = out.slice(0, -suffix.length);
    }
  }
  if (out.length >= 5 && /[aoe]$/.test(out)) out = out.slice(0, -1);
  return out;
}

const stemCache = new Map<string, string>();

/** stem(), memoized: the same few thousand words recur across thousands of jobs. */
export function cachedStem(word: string): string {
  let out = stemCache.get(word);
  if (out === undefined) {
    out = stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, out);
  }
  return out;
}

/** Stems of a raw phrase ("Aprendizaje automático" → ["aprendizaj", "automatic"]). */
export function stemPhrase(phrase: string): string[] {
  return words(foldText(phrase)).map(cachedStem);
}

/** Function words of English and Spanish, folded, that say nothing about fit. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and the or of to in on at by for from with without as is are be been being was were will would ' +
    'can could should may might must this that these those it its our your their we you they he she i me my ' +
    'us them his her who whom which what when where why how all any each both more most other some such no ' +
    'nor not only own same so than too very just also into about over under up down out off again further ' +
    'then once here there per via etc do does did have has had having if but because while during before after ' +
    'el la los las un una unos unas y o u de del al en con sin por para que se su sus es son ser ha han como ' +
    'mas pero este esta estos estas ese esa eso lo le les nos tu te mi muy ya tambien entre sobre desde hasta ' +
    'hacia segun cuando donde quien cual cuales e ni si no'
  ).split(' '),
);

/** Words of a job title that say level or contract, not the role. */
export const TITLE_NOISE: ReadonlySet<string> = new Set(
  (
    'senior sr junior jr mid middle lead principal staff head chief intern internship trainee graduate entry ' +
    'level i ii iii iv experienced associate m f d h w x remote hybrid full part time contract temporary ' +
    'becario becaria practicas practica junior senior jefe jefa responsable remoto hibrido jornada completa ' +
    'parcial temporal indefinido deputy adjunto adjunta speaker speaking bilingual bilingue'
  ).split(' '),
);
