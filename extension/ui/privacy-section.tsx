import { useI18n } from './i18n-context';

/** What is kept where, and what is ever sent: the extension's own privacy page. */
export function PrivacySection() {
  const { t } = useI18n();
  return (
    <section class="privacy card-section" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacyTitle')}</h2>
      <p>{t('privacyBody1')}</p>
      <p>{t('privacyBody2')}</p>
      <p>{t('privacyBody3')}</p>
      <p>{t('privacyBody4')}</p>
      <p>
        <a href="/privacy-policy.html" target="_blank" rel="noopener">
          {t('privacyPolicyLink')}
        </a>
      </p>
    </section>
  );
}
