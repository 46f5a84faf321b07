import { useId } from 'preact/hooks';
import { type MatchedSkill, type MatchResult, type MissingSkill, skillLabel } from '../match';
import { useI18n } from './i18n-context';
import './match-explanation.css';
import { matchSummary } from '../i18n/match-summary';

/**
 * Why an application scores what it does: the band and the summary sentence, then the
 * job's required and nice-to-have skills, each either shown by a line of the CV (quoted,
 * as text) or missing, the words CV and ad share that weigh most in the score, and the
 * years of experience when the job states them.
 */

/** The score with its band ("72 · Good"), colour-coded, for badges and headings. */
export function MatchBand({ result }: { result: Pick<MatchResult, 'score' | 'band'> }) {
  const { t } = useI18n();
  return (
    <span class={`match-band match-band--${result.band.toLowerCase()}`} data-band={result.band}>
      <span class="match-band__score">{result.score}</span>
      <span class="match-band__label">{t(`band_${result.band}`)}</span>
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
  const { t, lang } = useI18n();
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
            <span class="sr-only">{t('matchYouHave')}: </span>
            <span class="match-skill__name">{skillLabel(skill.id, lang) ?? skill.skill}</span>
            {skill.cvLine && (
              <q class="match-skill__line" title={t('matchShownBy')}>
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
            <span class="sr-only">{t('matchYouLack')}: </span>
            <span class="match-skill__name">{skillLabel(skill.id, lang) ?? skill.skill}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MatchExplanation({ result, cvName }: { result: MatchResult; cvName?: string | undefined }) {
  const { t, lang } = useI18n();
  const id = useId();
  const required = (skill: { required: boolean }) => skill.required;
  const preferred = (skill: { required: boolean }) => !skill.required;
  const hasSkills = result.matched.length + result.missing.length > 0;
  const termsId = `${id}-terms`;
  return (
    <section class="match-explanation" aria-labelledby={id} data-testid="match-explanation">
      <div class="match-explanation__head">
        <h3 id={id}>{t('matchTitle')}</h3>
        <MatchBand result={result} />
      </div>
      <p class="match-explanation__summary">{matchSummary(result, lang)}</p>
      {hasSkills ? (
        <>
          <SkillGroup
            title={t('matchRequired')}
            matched={result.matched.filter(required)}
            missing={result.missing.filter(required)}
          />
          <SkillGroup
            title={t('matchPreferred')}
            matched={result.matched.filter(preferred)}
            missing={result.missing.filter(preferred)}
          />
        </>
      ) : (
        <p class="muted">{t('matchNoSkills')}</p>
      )}
      {result.sharedTerms.length > 0 && (
        <div class="match-group">
          <h4 id={termsId}>{t('matchSharedTerms')}</h4>
          <ul class="match-terms" aria-labelledby={termsId} data-testid="match-shared-terms">
            {result.sharedTerms.map((term) => (
              <li key={term} class="match-term">
                {term}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.years && (
        <p class="match-explanation__years">
          {t('matchYears', { required: result.years.required, cv: Math.round(result.years.cv) })}
        </p>
      )}
      {cvName && <p class="muted match-explanation__cv">{t('matchScoredWith', { name: cvName })}</p>}
    </section>
  );
}
