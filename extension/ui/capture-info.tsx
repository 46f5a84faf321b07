import type { MessageKey } from '../i18n/strings';
import type { Application, FieldSource, ListingField } from '../model/application';
import { useI18n } from './i18n-context';

const FIELD_LABELS: Record<ListingField, MessageKey> = {
  title: 'fieldTitle',
  company: 'fieldCompany',
  location: 'fieldLocation',
  salary: 'fieldSalary',
  description: 'fieldDescription',
  workplace: 'fieldWorkplace',
  employmentType: 'fieldEmploymentType',
  experience: 'fieldExperience',
  skills: 'skills',
};

const SOURCE_LABELS: Record<FieldSource, MessageKey> = {
  board: 'sourceBoard',
  section: 'sourceSection',
  structured: 'sourceStructured',
  meta: 'sourceMeta',
  'document-title': 'sourceDocumentTitle',
  text: 'sourceText',
};

/**
 * The fields a capture could not read and the user has not filled in since: an edit in the
 * tracker completes a record without the store having to clear the mark.
 */
export function missingFields(app: Application): ListingField[] {
  return (app.incomplete ?? []).filter((field) => app[field] === undefined || app[field] === '');
}

/** "Incomplete" beside a title in the popup and the tracker. */
export function IncompleteTag({ app }: { app: Application }) {
  const { t } = useI18n();
  const missing = missingFields(app);
  if (!missing.length) return null;
  const fields = missing.map((field) => t(FIELD_LABELS[field]).toLowerCase()).join(', ');
  return (
    <span class="tag tag--incomplete" title={t('incompleteHint', { fields })}>
      {t('incomplete')}
    </span>
  );
}

/** The detail panel's capture information: what is missing, and where each field came from. */
export function CaptureInfo({ app }: { app: Application }) {
  const { t } = useI18n();
  const missing = missingFields(app);
  const sources = Object.entries(app.fieldSources ?? {}) as [ListingField, FieldSource][];
  return (
    <>
      {missing.length > 0 && (
        <p class="detail__incomplete">
          <IncompleteTag app={app} />{' '}
          {t('incompleteHint', {
            fields: missing.map((field) => t(FIELD_LABELS[field]).toLowerCase()).join(', '),
          })}
        </p>
      )}
      {sources.length > 0 && (
        <p class="muted detail__source detail__field-sources">
          {t('fieldSources', {
            list: sources
              .map(([field, source]) => `${t(FIELD_LABELS[field])}: ${t(SOURCE_LABELS[source])}`)
              .join(' · '),
          })}
        </p>
      )}
    </>
  );
}
