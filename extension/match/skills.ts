import { cachedStem, foldText, keepAcronyms, words } from './text';
import { SPANISH_LABELS } from './vocabulary/labels-es';
import { LIGHT_CATEGORIES, SKILL_ROWS, type SkillCategory, type SkillRow } from './vocabulary/skills';

/** One skill of the vocabulary. */
export interface Skill {
  /** Stable id made from the label ("kubernetes", "csharp", "machine-learning"). */
  id: string;
  /** How the skill is shown to the user. */
  label: string;
  category: SkillCategory;
  /** How much the skill counts: soft skills and languages count half. */
  weight: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  skill?: number;
}

/** The vocabulary compiled for matching: a trie over the stems of every alias. */
export interface SkillIndex {
  skills: readonly Skill[];
  byId: ReadonlyMap<string, number>;
  root: TrieNode;
  /** Number of distinct alias phrases (after folding and stemming). */
  phraseCount: number;
  /** Alias phrases claimed by two skills (the first keeps it). Empty for a sound vocabulary. */
  collisions: string[];
}

/**
 * Skills that are tools or languages ("Python", "Figma", "English"): a job title naming one
 * ("Python Developer") is shown by the skill anywhere in a CV. A skill of any other category
 * names a trade or specialty ("Dental care", "Audit", "Intensive care"): in a title it is
 * the job itself, shown only by what the CV says the person is (headline, dated roles) —
 * a veterinary nurse's "dental advice" duty line does not make her a dental nurse.
 */
const TOOL_CATEGORIES: ReadonlySet<SkillCategory> = new Set([
  'software',
  'data',
  'cloud',
  'design',
  'language',
]);

/**
 * Customer-facing service skills ("Customer service", "Call center", "Retail", "Sales") are
 * learnt on any front-line job, not specialties that compete: a shop assistant whose roles
 * say Sales and whose duties say "atención al cliente" shows a call-centre ad's Customer
 * service. Like tools, they are shown anywhere in a CV.
 */
const TRANSFERABLE_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['sales', 'soft']);

/** Whether a skill names a trade or specialty rather than a tool or a transferable skill. */
export function isRoleSkill(skill: Skill | undefined): boolean {
  return (
    skill !== undefined &&
    !TOOL_CATEGORIES.has(skill.category) &&
    !TRANSFERABLE_CATEGORIES.has(skill.category)
  );
}

/** A document's words, stemmed, with the line each word is on. */
export interface StemmedText {
  /** The original lines, trimmed (empty when not kept). */
  lines: string[];
  /** The same lines folded (foldText): lower case, no accents. */
  folded: string[];
  stems: string[];
  /** The folded word each stem came from (for showing a term: "kubernetes", not "kubernet"). */
  words: string[];
  lineOf: number[];
}

/** A skill found in a text: its index in SkillIndex.skills and where it first appears. */
export interface SkillHit {
  skill: number;
  line: number;
  /** Word positions [start, end) in StemmedText.stems. */
  start: number;
  end: number;
}

function skillId(label: string): string {
  return words(foldText(label)).join('-');
}

export function buildSkillIndex(
  rows: Readonly<Record<SkillCategory, readonly SkillRow[]>> = SKILL_ROWS,
): SkillIndex {
  const skills: Skill[] = [];
  const byId = new Map<string, number>();
  const root: TrieNode = { next: new Map() };
  const claimed = new Map<string, number>();
  const collisions: string[] = [];
  for (const [category, list] of Object.entries(rows) as [SkillCategory, readonly SkillRow[]][]) {
    for (const [label, ...aliases] of list) {
      const index = skills.length;
      const id = skillId(label);
      skills.push({ id, label, category, weight: LIGHT_CATEGORIES.has(category) ? 0.5 : 1 });
      byId.set(id, index);
      // "C (language)" is known by its aliases; the bracket is only for display.
      const phrases = [label.replace(/\s*\(.*\)$/, ''), ...aliases];
      if (label.includes('(')) phrases.shift();
      for (const phrase of phrases) {
        const stems = words(foldText(keepAcronyms(phrase))).map(cachedStem);
        if (!stems.length) continue;
        const key = stems.join(' ');
        const owner = claimed.get(key);
        if (owner !== undefined) {
          if (owner !== index) collisions.push(`${phrase} (${skills[owner]?.label} / ${label})`);
          continue;
        }
        claimed.set(key, index);
        let node = root;
        for (const stem of stems) {
          let child = node.next.get(stem);
          if (!child) {
            child = { next: new Map() };
            node.next.set(stem, child);
          }
          node = child;
        }
        node.skill = index;
      }
    }
  }
  return { skills, byId, root, phraseCount: claimed.size, collisions };
}

let defaultIndex: SkillIndex | undefined;

/** The shipped vocabulary, compiled once. */
export function skillIndex(): SkillIndex {
  defaultIndex ??= buildSkillIndex();
  return defaultIndex;
}

/**
 * A skill's display label in the UI language: Spanish where it differs ("Enfermería",
 * "Carretilla elevadora"), else the English label. Undefined for an unknown id.
 */
export function skillLabel(id: string, lang: string, index: SkillIndex = skillIndex()): string | undefined {
  const at = index.byId.get(id);
  const skill = at === undefined ? undefined : index.skills[at];
  if (!skill) return undefined;
  return lang === 'es' ? (SPANISH_LABELS[id] ?? skill.label) : skill.label;
}

/**
 * Splits a text into lines and stems its words (line numbers kept for explanations).
 * `keepLines: false` skips the original lines, which only explanations of a CV need.
 * Words are runs of [a-z0-9] in the folded text, scanned by hand: this runs over
 * thousands of job descriptions and a regex match object per word costs more than the rest.
 */
export function stemText(text: string, keepLines = true): StemmedText {
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const folded = foldText(keepAcronyms(source));
  const stems: string[] = [];
  const wordList: string[] = [];
  const lineOf: number[] = [];
  let line = 0;
  let start = -1;
  const length = folded.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? folded.charCodeAt(i) : 10;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const word = folded.slice(start, i);
      wordList.push(word);
      stems.push(cachedStem(word));
      lineOf.push(line);
      start = -1;
    }
    if (code === 10) line++;
  }
  return {
    lines: keepLines ? source.split('\n').map((l) => l.trim()) : [],
    folded: folded.split('\n'),
    stems,
    words: wordList,
    lineOf,
  };
}

/**
 * Every skill of the vocabulary mentioned in the text, each with every line it appears
 * on, by longest match: "machine learning engineer" is Machine learning, not "learning".
 */
export function findSkills(text: StemmedText, index: SkillIndex = skillIndex()): SkillHit[] {
  const { stems, lineOf } = text;
  const hits: SkillHit[] = [];
  let i = 0;
  while (i < stems.length) {
    let node = index.root.next.get(stems[i] as string);
    if (!node) {
      i++;
      continue;
    }
    let bestSkill = node.skill;
    let bestEnd = i + 1;
    let j = i + 1;
    while (j < stems.length) {
      const child: TrieNode | undefined = node.next.get(stems[j] as string);
      if (!child) break;
      node = child;
      j++;
      if (node.skill !== undefined) {
        bestSkill = node.skill;
        bestEnd = j;
      }
    }
    if (bestSkill !== undefined) {
      hits.push({ skill: bestSkill, line: lineOf[i] as number, start: i, end: bestEnd });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return hits;
}
