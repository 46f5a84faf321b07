import { isBridgeTerm, roleGroupOf, type TermBag } from './lexical';
import {
  type Importance,
  type JobInput,
  type JobProfile,
  type PrepareOptions,
  prepareJob,
  titleTermOfWord,
} from './score';
import { type SkillIndex, skillIndex } from './skills';
import { cachedStem, wordOfSurface } from './text';
import { COMMON_WORDS } from './vocabulary/common-words';

/**
 * A job's match features in a form that can be stored (JSON) beside its application, so
 * a list of 5,000 jobs is scored without reading a single description: what prepareJob
 * reads from the title and description, written once by the background when a job is
 * captured, edited or imported. Decoding gives back the very JobProfile prepareJob made
 * (same terms in the same order, same counts), so scores from features equal scores from
 * the description to the last bit.
 *
 * Kept apart from score.ts on purpose: it only serialises a JobProfile, whatever the
 * scorer does with it.
 */

/**
 * Bump whenever prepareJob, the vocabulary, stemming or role groups change what a job's
 * profile holds: the background then recomputes every stored job's features (on startup),
 * and until it has, pages treat old features as missing (no score) rather than score
 * from them.
 */
export const MATCH_FEATURES_VERSION = 4;

/**
 * The features as stored: one string per application, fields joined by "|" (see
 * toStored). One string rather than an object of strings and arrays: chrome.storage hands
 * a page thousands of summaries, and a string is read and copied far faster than the same
 * bytes as many small values (measured: about 0.6× the read time at 5,000).
 */
export type MatchFeatures = string;

/**
 * Compact on purpose (one per stored application): numbers and counts in base 36, lists
 * space-joined (no stem, skill id or role group contains a space, "|", "," or "=").
 */
interface FeatureFields {
  /** MATCH_FEATURES_VERSION when written. */
  v: number;
  /**
   * The bag's word terms as first written (the surface shown as a shared term), in the
   * bag's order; each one's stem is the term, and its role group (if any) follows its
   * first member, as termBag adds them. Common words as two-character codes (encodeWords).
   */
  w: string;
  /**
   * The bag's skill terms, in order, after the words: each its position in the skill
   * vocabulary (base 36; a vocabulary is pinned to a features version, see
   * MATCH_FEATURES_VERSION), a third the bytes of the ids.
   */
  k?: string;
  /** Every bag term's count, in the rebuilt order (see encodeCounts). */
  c: string;
  /** The title bag and the needs bag: positions in the bag's terms, and counts. */
  tb?: [string, string];
  n?: [string, string];
  /**
   * Skills the job requires, then those it prefers, in the profile's order: each a
   * position in `k` (base 36), or "~<id>" for one the bag lacks (see skillRef).
   */
  r?: string;
  p?: string;
  /**
   * Title terms, space-joined: a skill ("~" + skillRef), a word whose term is its own
   * (the label alone: the term is derived again), or "label=term".
   */
  tt?: string;
  /** "N years as <role>": years and the role's stems. */
  ry?: [number, string][];
  y?: number;
  l?: number;
}

const SEP = ' ';
const join = (list: readonly string[]) => list.join(SEP);
const split = (text: string | undefined): string[] => (text ? text.split(SEP) : []);

/**
 * A word of the common-words table (vocabulary/common-words.ts, about 1,800 words of
 * English and Spanish ads) is stored as two characters: a lead that no word starts with
 * (ASCII punctuation; every word starts with a letter or a digit: [a-z0-9]+, or an
 * acronym's surface such as "IT" or "R&D") and a tail, together its position in the
 * table; codes of neighbouring words are written together, with no space between them. Most of a short ad's bytes were its word list (six in ten of its
 * words are in the table): 35 words of about 8 characters become about 22 codes and 13
 * words. Decoding is a split and a table look-up per code, so 5,000 jobs still score from
 * their features without reading a description. Leads and tails leave out '"' and '\\'
 * (JSON escapes them), '|' (FIELD) and ' ' (SEP).
 */
const CODE_LEADS = "!#$%&'()*+,-./:;<=>?@[]^_`{}~";
const CODE_TAILS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\' && c !== '|')
  .join('');
const LEAD_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < CODE_LEADS.length; i++) LEAD_OF[CODE_LEADS.charCodeAt(i)] = i;
const TAIL_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < CODE_TAILS.length; i++) TAIL_OF[CODE_TAILS.charCodeAt(i)] = i;

let commonWords: readonly string[] | undefined;
/** The table, split on first use (pages that never score never split it). */
function commonWordList(): readonly string[] {
  if (commonWords) return commonWords;
  commonWords = COMMON_WORDS.join(SEP).split(SEP);
  if (commonWords.length > CODE_LEADS.length * CODE_TAILS.length)
    throw new Error('common words past the codes');
  return commonWords;
}

let commonCodes: ReadonlyMap<string, string> | undefined;
/** Word → code, built on the first encoding: only the background encodes (pages only decode). */
function commonWordCodes(): ReadonlyMap<string, string> {
  if (commonCodes) return commonCodes;
  const codes = new Map<string, string>();
  // Unique words of three or more letters (tests/unit/match/features.test.ts).
  commonWordList().forEach((word, i) => {
    codes.set(word, `${CODE_LEADS[Math.floor(i / CODE_TAILS.length)]}${CODE_TAILS[i % CODE_TAILS.length]}`);
  });
  commonCodes = codes;
  return codes;
}

/** A word list as stored: the common words as codes (see CODE_LEADS). */
export function encodeWords(words: readonly string[]): string {
  const codes = commonWordCodes();
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    const code = codes.get(word);
    if (code) {
      run += code;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(word);
  }
  if (run) out.push(run);
  return join(out);
}

/**
 * A stored word list read back. Lists of any features version read alike: before version
 * 4 no word started with a code's lead. A code past the table (damaged data) stays as it
 * is: the list then no longer matches its description's tag (packed-text.ts), and the
 * record reads as damaged rather than with other words.
 */
export function decodeWords(text: string | undefined): string[] {
  const out: string[] = [];
  if (!text) return out;
  let table: readonly string[] | undefined;
  for (const token of text.split(SEP)) {
    if ((LEAD_OF[token.charCodeAt(0)] ?? -1) < 0) {
      out.push(token);
      continue;
    }
    table ??= commonWordList();
    for (let i = 0; i < token.length; i += 2) {
      const lead = LEAD_OF[token.charCodeAt(i)] ?? -1;
      const tail = TAIL_OF[token.charCodeAt(i + 1)] ?? -1;
      const word = lead < 0 || tail < 0 ? undefined : table[lead * CODE_TAILS.length + tail];
      out.push(word ?? token.slice(i, i + 2));
    }
  }
  return out;
}

/**
 * Counts: a run of five or more equal counts (most words of an ad appear once) is the
 * first then "*<more, base 36>*"; two neighbours of 1–5 share one letter "A"–"Y" (most
 * of the rest are 1–3); any other count is one base-36 digit for 1–35, else
 * "_<base 36>_".
 */
export function encodeCounts(counts: readonly number[]): string {
  let out = '';
  let pending = 0; // a lone count of 1–5 waiting for a neighbour to pair with
  const flush = () => {
    if (pending) out += pending.toString(36);
    pending = 0;
  };
  for (let i = 0; i < counts.length; ) {
    const count = counts[i] as number;
    let end = i + 1;
    while (end < counts.length && counts[end] === count) end++;
    const one = count > 0 && count < 36 ? count.toString(36) : `_${count.toString(36)}_`;
    const more = end - i - 1;
    if (more >= 4) {
      flush();
      out += `${one}*${more.toString(36)}*`;
    } else {
      for (let n = 0; n <= more; n++) {
        if (count < 1 || count > PAIRED) {
          flush();
          out += one;
        } else if (pending) {
          out += String.fromCharCode(65 + (pending - 1) * PAIRED + count - 1);
          pending = 0;
        } else pending = count;
      }
    }
    i = end;
  }
  flush();
  return out;
}

/** Counts up to this pair into one letter. */
const PAIRED = 5;

export function decodeCounts(text: string): number[] {
  const counts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 95) {
      // '_'
      const end = text.indexOf('_', i + 1);
      counts.push(Number.parseInt(text.slice(i + 1, end), 36));
      i = end;
    } else if (code === 42) {
      // '*': more of the count before
      const end = text.indexOf('*', i + 1);
      const last = counts[counts.length - 1] ?? 0;
      for (let n = Number.parseInt(text.slice(i + 1, end), 36); n > 0; n--) counts.push(last);
      i = end;
    } else if (code >= 65 && code < 65 + PAIRED * PAIRED) {
      // 'A'–'Y': two counts
      const pair = code - 65;
      counts.push(Math.floor(pair / PAIRED) + 1, (pair % PAIRED) + 1);
    } else counts.push(code <= 57 ? code - 48 : code - 87); // '0'–'9', 'a'–'z'
  }
  return counts;
}

/**
 * Positions (base 36, space-joined); three or more consecutive ones as "<first>-<last>":
 * a requirement section's words sit side by side in the job's bag.
 */
function encodePositions(list: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; ) {
    const first = list[i] as number;
    let end = i + 1;
    while (end < list.length && list[end] === first + (end - i)) end++;
    if (end - i >= 3) out.push(`${first.toString(36)}-${(first + end - i - 1).toString(36)}`);
    else for (let k = i; k < end; k++) out.push((list[k] as number).toString(36));
    i = end;
  }
  return join(out);
}

function decodePositions(text: string): number[] {
  const out: number[] = [];
  for (const token of split(text)) {
    const dash = token.indexOf('-');
    if (dash < 0) {
      out.push(Number.parseInt(token, 36));
      continue;
    }
    const last = Number.parseInt(token.slice(dash + 1), 36);
    for (let n = Number.parseInt(token.slice(0, dash), 36); n <= last; n++) out.push(n);
  }
  return out;
}

function encodeSubBag(bag: TermBag, positions: ReadonlyMap<string, number>): [string, string] | undefined {
  if (!bag.terms.length) return undefined;
  const at = bag.terms.map((term) => positions.get(term));
  // Every term of the title and needs bags is a term of the whole bag (same text, same rules).
  if (at.some((n) => n === undefined)) throw new Error('a sub-bag term missing from the bag');
  return [encodePositions(at as number[]), encodeCounts(bag.counts)];
}

/** The title and needs bags' surfaces are never shown (only the whole bag's shared terms are). */
const NO_SURFACES: ReadonlyMap<string, string> = new Map();

function decodeSubBag(data: [string, string] | undefined, bag: TermBag): TermBag | undefined {
  if (!data) return { terms: [], counts: [], surfaces: NO_SURFACES };
  const terms: string[] = [];
  for (const n of decodePositions(data[0])) {
    const term = bag.terms[n];
    if (term === undefined) return undefined;
    terms.push(term);
  }
  const counts = decodeCounts(data[1]);
  return counts.length === terms.length ? { terms, counts, surfaces: NO_SURFACES } : undefined;
}

/**
 * Stem → the word shown for it, built on first use: scoring reads it only for a job's few
 * shared terms, so a list of 5,000 decodes without building 5,000 maps up front.
 */
class LazySurfaces extends Map<string, string> {
  private pending: { terms: readonly string[]; words: readonly string[] } | undefined;
  constructor(terms: readonly string[], words: readonly string[]) {
    super();
    this.pending = { terms, words };
  }
  private fill(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    let w = 0;
    for (const term of pending.terms) {
      if (isBridgeTerm(term)) continue;
      super.set(term, pending.words[w++] as string);
    }
  }
  override get(key: string): string | undefined {
    this.fill();
    return super.get(key);
  }
  override has(key: string): boolean {
    this.fill();
    return super.has(key);
  }
  override get size(): number {
    this.fill();
    return super.size;
  }
  override entries(): MapIterator<[string, string]> {
    this.fill();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<string> {
    this.fill();
    return super.values();
  }
  override forEach(callback: (value: string, key: string, map: Map<string, string>) => void): void {
    this.fill();
    super.forEach(callback);
  }
  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}

const FIELD = '|';

function toStored(f: FeatureFields): MatchFeatures {
  return [
    f.v,
    f.w,
    f.k ?? '',
    f.c,
    f.tb?.[0] ?? '',
    f.tb?.[1] ?? '',
    f.n?.[0] ?? '',
    f.n?.[1] ?? '',
    f.r ?? '',
    f.p ?? '',
    f.tt ?? '',
    (f.ry ?? []).map(([years, stems]) => `${years}:${stems}`).join(','),
    f.y ?? '',
    f.l ?? '',
  ].join(FIELD);
}

function fromStored(stored: string): FeatureFields | undefined {
  const parts = stored.split(FIELD);
  if (parts.length !== 14) return undefined;
  const [v = '', w = '', k, c = '', tb0 = '', tb1 = '', n0 = '', n1 = '', r, p, tt, ry, y, l] = parts;
  const fields: FeatureFields = { v: Number(v), w, c };
  if (k) fields.k = k;
  if (tb0 || tb1) fields.tb = [tb0, tb1];
  if (n0 || n1) fields.n = [n0, n1];
  if (r) fields.r = r;
  if (p) fields.p = p;
  if (tt) fields.tt = tt;
  if (ry) {
    fields.ry = ry.split(',').map((role) => {
      const at = role.indexOf(':');
      return [Number(role.slice(0, at)), role.slice(at + 1)] as [number, string];
    });
  }
  if (y) fields.y = Number(y);
  if (l) fields.l = Number(l);
  return fields;
}

/** The features of a prepared job, in their stored form. */
export function featuresOfProfile(job: JobProfile): MatchFeatures {
  const { bag, index } = job;
  const words: string[] = [];
  const skills: string[] = [];
  for (const term of bag.terms) {
    if (term.charCodeAt(0) === 126) skills.push(term.slice(1));
    else if (!isBridgeTerm(term)) words.push(bag.surfaces.get(term) ?? term);
  }
  const positions = new Map(bag.terms.map((term, i) => [term, i]));
  const skillAt = new Map(skills.map((id, i) => [id, i]));
  /** A skill as a position in the bag's skill list (they are nearly always there), else its id. */
  const skillRef = (skill: number) => {
    const id = index.skills[skill]?.id ?? '';
    const at = skillAt.get(id);
    return at === undefined ? `~${id}` : at.toString(36);
  };
  const required: string[] = [];
  const preferred: string[] = [];
  for (const [skill, importance] of job.skills) {
    (importance === 'required' ? required : preferred).push(skillRef(skill));
  }
  const features: FeatureFields = {
    v: MATCH_FEATURES_VERSION,
    w: encodeWords(words),
    c: encodeCounts(bag.counts),
  };
  // Positions in the vocabulary (this version's: see MATCH_FEATURES_VERSION), not ids.
  if (skills.length) features.k = join(skills.map((id) => (index.byId.get(id) ?? -1).toString(36)));
  const titleBag = encodeSubBag(job.titleBag, positions);
  if (titleBag) features.tb = titleBag;
  const needs = encodeSubBag(job.needs, positions);
  if (needs) features.n = needs;
  if (required.length) features.r = join(required);
  if (preferred.length) features.p = join(preferred);
  if (job.titleTerms.length) {
    features.tt = join(
      job.titleTerms.map((term) => {
        if (term.skill !== undefined) return `~${skillRef(term.skill)}`;
        const explicit = `${term.label}=${term.term ?? ''}`;
        return /^[~=]/.test(term.label) || titleTermOf(term.label) !== term.term ? explicit : term.label;
      }),
    );
  }
  if (job.roleYears.length) features.ry = job.roleYears.map((role) => [role.years, join(role.stems)]);
  if (job.years !== undefined) features.y = job.years;
  if (job.level !== undefined) features.l = job.level;
  return toStored(features);
}

/** Reads a job (title, description, listed skills, experience) into its features. */
export function jobFeatures(job: JobInput, options: PrepareOptions = {}): MatchFeatures {
  return featuresOfProfile(prepareJob(job, options));
}

/**
 * The word list of stored features of any version (their second field, in every version:
 * store/packed-text.ts codes the description against it), or [] for anything else.
 */
export function featureWords(features: unknown): string[] {
  if (typeof features !== 'string') return [];
  const start = features.indexOf(FIELD) + 1;
  const end = features.indexOf(FIELD, start);
  return start > 0 && end > start ? decodeWords(features.slice(start, end)) : [];
}

/** Whether stored features were written by this version of the match code. */
export function isCurrentFeatures(features: unknown): features is MatchFeatures {
  return typeof features === 'string' && features.startsWith(`${MATCH_FEATURES_VERSION}${FIELD}`);
}

/** A title word's term from its stored surface, as titleTermsOf derives it from the word. */
const titleTermOf = (label: string) => titleTermOfWord(wordOfSurface(label));

/** The skill (index position) a stored skill reference names, or undefined. */
function skillOfRef(ref: string, skills: readonly string[], index: SkillIndex): number | undefined {
  const id = ref.startsWith('~') ? ref.slice(1) : skills[Number.parseInt(ref, 36)];
  return id === undefined ? undefined : index.byId.get(id);
}

function rebuildBag(features: FeatureFields, index: SkillIndex): TermBag | undefined {
  const terms: string[] = [];
  const words = decodeWords(features.w);
  let groups: Set<string> | undefined;
  for (const word of words) {
    // Stored as shown ("IT"); the stem is the folded word's ("infotech").
    const stem = cachedStem(wordOfSurface(word));
    terms.push(stem);
    const group = roleGroupOf(stem);
    if (group === undefined) continue;
    // A role group follows the first of its words only (termBag adds each term once).
    const term = `@${group}`;
    groups ??= new Set();
    if (groups.has(term)) continue;
    groups.add(term);
    terms.push(term);
  }
  for (const at of split(features.k)) {
    const id = index.skills[Number.parseInt(at, 36)]?.id;
    if (id === undefined) return undefined;
    terms.push(`~${id}`);
  }
  const counts = decodeCounts(features.c);
  return counts.length === terms.length
    ? { terms, counts, surfaces: new LazySurfaces(terms, words) }
    : undefined;
}

/**
 * The JobProfile stored features stand for, or undefined when they are stale (another
 * features version) or do not fit this vocabulary: then the job has no score until the
 * background has read it again.
 */
export function profileFromFeatures(
  title: string,
  stored: unknown,
  index: SkillIndex = skillIndex(),
): JobProfile | undefined {
  if (!isCurrentFeatures(stored)) return undefined;
  const features = fromStored(stored);
  if (!features) return undefined;
  const bag = rebuildBag(features, index);
  if (!bag) return undefined;
  const titleBag = decodeSubBag(features.tb, bag);
  const needs = decodeSubBag(features.n, bag);
  if (!titleBag || !needs) return undefined;
  const bagSkills = bag.terms.filter((term) => term.charCodeAt(0) === 126).map((term) => term.slice(1));
  const skills = new Map<number, Importance>();
  for (const [list, importance] of [
    [features.r, 'required'],
    [features.p, 'preferred'],
  ] as const) {
    for (const ref of split(list)) {
      const at = skillOfRef(ref, bagSkills, index);
      if (at === undefined) return undefined;
      skills.set(at, importance);
    }
  }
  const titleTerms: { label: string; skill?: number; term?: string }[] = [];
  for (const token of split(features.tt)) {
    const eq = token.indexOf('=');
    if (eq >= 0) titleTerms.push({ label: token.slice(0, eq), term: token.slice(eq + 1) });
    else if (token.startsWith('~')) {
      const at = skillOfRef(token.slice(1), bagSkills, index);
      if (at === undefined) return undefined;
      titleTerms.push({ label: index.skills[at]?.label ?? '', skill: at });
    } else titleTerms.push({ label: token, term: titleTermOf(token) });
  }
  return {
    kind: 'job',
    title: title.trim(),
    skills,
    titleTerms,
    bag,
    titleBag,
    needs,
    roleYears: (features.ry ?? []).map(([years, stems]) => ({ years, stems: split(stems) })),
    years: features.y,
    level: features.l as JobProfile['level'],
    index,
  };
}
