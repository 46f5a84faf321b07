import { useI18n } from './i18n-context';

/**
 * The tracker's CV tab. Hosts the CV import built in issue 5 (extension/ui/cv-*.tsx);
 * until it lands, explains what will be here.
 */
export function TrackerCvSection() {
  const { t } = useI18n();
  return (
    <section class="card-section" aria-labelledby="cv-title">
      <h2 id="cv-title">{t('navCv')}</h2>
      <p>{t('cvHelp')}</p>
      <p class="muted">{t('cvHere')}</p>
    </section>
  );
}
