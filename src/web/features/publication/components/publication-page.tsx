import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Checkbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { PUBLICATION_FIELDS, type PublicationField } from '../../../../domain/publication/fields';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { savePublication, usePublication } from '../api/publication-settings';
import type { PublicationView } from '../api/public-programmes';

function CheckboxOption({
  checked,
  onChange,
  children,
  name,
}: {
  checked: boolean;
  onChange(v: boolean): void;
  children: string;
  name: string;
}) {
  const id = useId();
  return (
    <FormField type="checkbox">
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id}>
          <Checkbox
            className="utrecht-form-field__input"
            id={id}
            name={name}
            checked={checked}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
          {children}
        </FormLabel>
      </div>
    </FormField>
  );
}

/** The programme beheerder publishes the programme, field by field. Persons are never among the fields. */
export function PublicationPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const data = usePublication(programmeId, revision);
  return (
    <div className="rt-page">
      <Paragraph>
        <AppLink to={`/programmas/${programmeId}`}>{t('rights.backToProgramme')}</AppLink>
      </Paragraph>
      <Heading1>{t('publication.title')}</Heading1>
      <Paragraph>{t('publication.intro')}</Paragraph>
      <LoadState value={data}>
        {(p) => <PublicationForm programme={programmeId} current={p} onSaved={() => setRevision((r) => r + 1)} />}
      </LoadState>
    </div>
  );
}

function PublicationForm({ programme, current, onSaved }: { programme: string; current: PublicationView; onSaved(): void }) {
  const { t } = useI18n();
  const [published, setPublished] = useState(current.published);
  const [fields, setFields] = useState(current.fields);
  const [message, setMessage] = useState('');
  useEffect(() => {
    setPublished(current.published);
    setFields(current.fields);
  }, [current]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const saved = await savePublication(programme, { published, fields, version: current.version });
      setMessage(t('publication.saved', { state: t(saved.published ? 'publication.state.published' : 'publication.state.hidden') }));
      onSaved();
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  return (
    <form onSubmit={submit} className="rt-report-form">
      <CheckboxOption name="published" checked={published} onChange={setPublished}>
        {t('publication.published')}
      </CheckboxOption>
      <Fieldset>
        <FieldsetLegend>{t('publication.fields')}</FieldsetLegend>
        {PUBLICATION_FIELDS.map((f: PublicationField) => (
          <CheckboxOption key={f} name={f} checked={fields[f]} onChange={(v) => setFields({ ...fields, [f]: v })}>
            {t(`publication.field.${f}`)}
          </CheckboxOption>
        ))}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button">
        {t('publication.save')}
      </Button>
      <StatusMessage message={message} testId="publication-status" />
      {current.published && (
        <Paragraph>
          <AppLink to={`/publiek/${programme}`}>{t('publication.view')}</AppLink>
        </Paragraph>
      )}
    </form>
  );
}
