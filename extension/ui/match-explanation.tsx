import { useId } from 'preact/hooks';
import { cvStrings } from '../i18n/cv-strings';
import { type MatchedSkill, type MatchResult, type MissingSkill, skillLabel } from '../match';
import { useI18n } from './i18n-context';
import './match-explanation.css';

/**
 * Why an application scores what it does: the band, then the job's required and
 * nice-to-have skills, each either shown by a line of the CV (quoted, as text) or missing,
 * and the years of experience when the job states them.
 */

/** The score with its band ("72 · Good"), colour-coded, for badges and headings. */
export function MatchBand({ result }: { result: Pick<MatchResult, 'score' | 'band'> }) {
  const { lang } = useI18n();
  const s = cvStrings(lang);
  return (
    <span class={`match-band match-band--${result.band.toLowerCase()}`} data-band={result.band}>
      <span class="match-band__score">{result.score}</span>
      <span class="match-band__label">{s.bands[result.band]}</span>
    </span>
  );
}

function SkillGroup({
  title,
  matched,
  missing,
}: {
  title: string;
  matched: readonly MatchedSkill[];
  missing: readonly MissingSkill[];
}) {
  const { lang } = useI18n();
  const s = cvStrings(lang);
  const id = useId();
  if (!matched.length && !missing.length) return null;
  return (
    <div class="match-group">
      <h4 id={id}>{title}</h4>
      <ul class="match-skills" aria-labelledby={id}>
        {matched.map((skill) => (
          <li key={skill.id} class="match-skill match-skill--have" data-skill={skill.id}>
            <span class="match-skill__mark" aria-hidden="true">
              ✓
            </span>
            <span class="sr-only">{s.youHave}: </span>
            <span class="match-skill__name">{skillLabel(skill.id, lang) ?? skill.skill}</span>
            {skill.cvLine && (
              <q class="match-skill__line" title={s.shownBy}>
                {skill.cvLine}
              </q>
            )}
          </li>
        ))}
        {missing.map((skill) => (
          <li key={skill.id} class="match-skill match-skill--missing" data-skill={skill.id}>
            <span class="match-skill__mark" aria-hidden="true">
              ✗
            </span>
            <span class="sr-only">{s.youLack}: </span>
            <span class="match-skill__name">{skillLabel(skill.id, lang) ?? skill.skill}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MatchExplanation({ result, cvName }: { result: MatchResult; cvName?: string | undefined }) {
  const { lang } = useI18n();
  const s = cvStrings(lang);
  const id = useId();
  const required = (skill: { required: boolean }) => skill.required;
  const preferred = (skill: { required: boolean }) => !skill.required;
  const hasSkills = result.matched.length + result.missing.length > 0;
  return (
    <section class="match-explanation" aria-labelledby={id} data-testid="match-explanation">
      <div class="match-explanation__head">
        <h3 id={id}>{s.match}</h3>
        <MatchBand result={result} />
      </div>
      {hasSkills ? (
        <>
          <SkillGroup
            title={s.required}
            matched={result.matched.filter(required)}
            missing={result.missing.filter(required)}
          />
          <SkillGroup
            title={s.preferred}
            matched={result.matched.filter(preferred)}
            missing={result.missing.filter(preferred)}
          />
        </>
      ) : (
        <p class="muted">{s.noSkills}</p>
      )}
      {result.years && (
        <p class="match-explanation__years">{s.years(result.years.required, Math.round(result.years.cv))}</p>
      )}
      {cvName && <p class="muted match-explanation__cv">{s.scoredWith(cvName)}</p>}
    </section>
  );
}
