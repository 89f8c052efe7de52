import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../domain/programme/vocabulary';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import type { OrganisationDetail, OrganisationInput } from '../api/organisations';

/** Name, kind, CBS code (gemeente), description and, for a group, its members. */
export function OrganisationForm({
  organisation,
  all,
  submitLabel,
  onSubmit,
}: {
  organisation?: OrganisationDetail;
  all: OrganisationDetail[];
  submitLabel: string;
  onSubmit(input: OrganisationInput): Promise<string | null>;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<string>(organisation?.kind ?? '');
  const [cbsCode, setCbsCode] = useState(organisation?.cbsCode ?? '');
  const [description, setDescription] = useState(organisation?.description ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(organisation?.memberIds ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const nameOf = (id: string) => all.find((o) => o.id === id)?.name ?? id;
  const candidates = all
    .filter((o) => o.id !== organisation?.id && !memberIds.includes(o.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <form
      noValidate
      className="rt-form"
      onSubmit={(e) => {
        e.preventDefault();
        const errs: Record<string, string> = {};
        if (!name.trim()) errs.organisationName = t('organisations.nameRequired');
        if (!kind) errs.organisationKind = t('organisations.kindRequired');
        if (kind === 'gemeente' && !/^\d{4}$/.test(cbsCode.trim())) errs.cbsCode = t('organisations.cbsRequired');
        setErrors(errs);
        setMessage(undefined);
        if (Object.keys(errs).length > 0) return;
        void onSubmit({
          name: name.trim(),
          kind: kind as OrganisationKind,
          cbsCode: kind === 'gemeente' ? cbsCode.trim() : null,
          description: description.trim() || null,
          memberIds,
        }).then((problem) => setMessage(problem ?? undefined));
      }}
    >
      <FormErrorSummary title={t('organisations.errorTitle')} errors={errors} message={message} />
      <TextField
        label={t('organisations.name')}
        name="organisationName"
        value={name}
        onValue={setName}
        errorMessage={errors.organisationName}
        required
      />
      <SelectField
        label={t('organisations.kind')}
        name="organisationKind"
        value={kind}
        onChange={setKind}
        emptyLabel={t('organisations.chooseKind')}
        errorMessage={errors.organisationKind}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: k }))}
      />
      {kind === 'gemeente' && (
        <TextField label={t('organisations.cbsCode')} name="cbsCode" value={cbsCode} onValue={setCbsCode} errorMessage={errors.cbsCode} />
      )}
      <TextAreaField label={t('organisations.description')} name="organisationDescription" value={description} onValue={setDescription} />
      <Fieldset>
        <FieldsetLegend>{t('organisations.members')}</FieldsetLegend>
        {memberIds.length > 0 && (
          <ul className="rt-plain-list" data-testid="organisation-members">
            {memberIds.map((id) => (
              <li key={id}>
                {nameOf(id)}{' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('organisations.removeMember', { name: nameOf(id) })}
                  onClick={() => setMemberIds(memberIds.filter((x) => x !== id))}
                >
                  {t('entry.delete')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <SelectField
          label={t('organisations.addMember')}
          description={t('organisations.membersHint')}
          name="addMember"
          value=""
          emptyLabel={t('organisations.chooseMember')}
          options={candidates.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => id && setMemberIds([...memberIds, id])}
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action-button">
        {submitLabel}
      </Button>
    </form>
  );
}
