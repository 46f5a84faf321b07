import { useId } from 'preact/hooks';
import type { CvRecord } from '../../store/schema';
import { useI18n } from '../i18n-context';
import { CvImportForm, type ExtractFile, extractFile } from './cv-import-form';
import { CvVersions } from './cv-versions';
import './cv-section.css';

/**
 * The CV tab of the tracker page: import a CV (PDF, DOCX, text, or pasted), check and
 * correct the extracted text before saving, and manage saved versions (which one scores,
 * view/correct, delete). Parsing happens here in the page; only text goes to the
 * background, which stores it.
 */
export function CvSection({
  cvs,
  extract = extractFile,
}: {
  cvs: readonly CvRecord[];
  extract?: ExtractFile;
}) {
  const { t } = useI18n();
  const ids = useId();
  return (
    <section class="card-section cv-section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('cvTitle')}</h2>
      <p class="cv-section__help">{t('cvIntro')}</p>
      <CvImportForm extract={extract} />
      <CvVersions cvs={cvs} />
    </section>
  );
}
