import { z } from 'zod';
import { matchSummary } from '../i18n/match-summary';
import { createJobCorpus, type MatchResult, prepareCv, prepareJob, scoreApplication } from '../match';
import { CliError, exitWithError, readCvFile, readUserFile } from './cli-support';

/**
 * npm run --silent score -- --cv <file> --jobs <jobs.jsonl>
 *   jobs.jsonl lines: {"id","title"?,"company"?,"description"}
 * npm run --silent score -- --pairs <pairs.jsonl>
 *   pairs.jsonl lines: {"id","cv","job"} (texts; "job" may also be {title?, description})
 * Prints one JSON line per input line:
 *   {"id","score","band","matched":[…],"missing":[…],"sharedTerms":[…],"summary"}.
 * The jobs of the file are the corpus word weights come from (as the extension uses the
 * user's stored jobs), blended with the shipped background table.
 */

const USAGE = 'usage: npm run --silent score -- --cv <file> --jobs <jobs.jsonl> | --pairs <pairs.jsonl>';

const Id = z.union([z.string(), z.number()]).transform(String);
const JobLine = z.object({
  id: Id,
  title: z.string().optional(),
  company: z.string().optional(),
  description: z.string(),
  skills: z.array(z.string()).optional(),
  experience: z.string().optional(),
});
const PairLine = z.object({
  id: Id,
  cv: z.string(),
  job: z.union([z.string(), z.object({ title: z.string().optional(), description: z.string() })]),
});

function parseArgs(args: string[]): { cv?: string; jobs?: string; pairs?: string } {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') continue;
    if (arg !== '--cv' && arg !== '--jobs' && arg !== '--pairs')
      throw new CliError(`unknown argument ${arg}; ${USAGE}`);
    const value = args[++i];
    if (!value || value.startsWith('--')) throw new CliError(`${arg} needs a file; ${USAGE}`);
    out[arg.slice(2)] = value;
  }
  if (out.pairs ? out.jobs || out.cv : !(out.cv && out.jobs)) throw new CliError(USAGE);
  return out;
}

function* jsonLines<T>(text: string, schema: z.ZodType<T>, file: string): Generator<T> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`${file} line ${i + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(
        `${file} line ${i + 1}: ${issue?.path.join('.') || 'line'} ${issue?.message ?? 'is invalid'}`,
      );
    }
    yield parsed.data;
  }
}

/** A job given as one text: its first line is the title when it looks like one. */
function jobFromText(text: string): { title?: string; description: string } {
  const [first = '', ...rest] = text.trim().split(/\r?\n/);
  return first.length <= 100 && rest.length
    ? { title: first.trim(), description: rest.join('\n') }
    : { description: text };
}

function output(id: string, result: MatchResult): string {
  return JSON.stringify({
    id,
    score: result.score,
    band: result.band,
    matched: result.matched.map(({ skill, required, cvLine }) => ({ skill, required, cvLine })),
    missing: result.missing.map(({ skill, required }) => ({ skill, required })),
    sharedTerms: result.sharedTerms,
    summary: matchSummary(result, 'en'),
  });
}

async function main(args: string[]) {
  const options = parseArgs(args);
  const decoder = new TextDecoder();
  const lines: string[] = [];
  if (options.pairs) {
    const text = decoder.decode(await readUserFile(options.pairs));
    const pairs = [...jsonLines(text, PairLine, options.pairs)].map((pair) => ({
      ...pair,
      job: prepareJob(typeof pair.job === 'string' ? jobFromText(pair.job) : pair.job),
    }));
    const corpus = createJobCorpus(pairs.map((pair) => pair.job));
    for (const pair of pairs)
      lines.push(output(pair.id, scoreApplication(prepareCv(pair.cv), pair.job, corpus)));
  } else {
    const cv = prepareCv(await readCvFile(options.cv as string));
    const text = decoder.decode(await readUserFile(options.jobs as string));
    const jobs = [...jsonLines(text, JobLine, options.jobs as string)].map((job) => ({
      id: job.id,
      profile: prepareJob(job),
    }));
    const corpus = createJobCorpus(jobs.map((job) => job.profile));
    for (const job of jobs) lines.push(output(job.id, scoreApplication(cv, job.profile, corpus)));
  }
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
}

main(process.argv.slice(2)).catch((error) => exitWithError('score', error));
