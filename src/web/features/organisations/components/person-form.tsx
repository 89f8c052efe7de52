import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { PERSON_ROLES } from '../../../../domain/programme/vocabulary';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { Person } from '../api/persons';
import { createPerson, updatePerson, type PersonInput } from '../api/save-person';

type Values = Omit<PersonInput, 'key'>;

const keyOf = (name: string) =>
  `p-${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)}-${Date.now().toString(36)}`;

const valuesOf = (p: Person | null): Values => ({
  name: p?.name ?? '',
  email: p?.email ?? null,
  phone: p?.phone ?? null,
  roles: p?.roles ?? [],
  organisationIds: p?.organisationIds ?? [],
});

/** The person as stored now, from a 409 (VERSION_CONFLICT) answer; null for any other error. */
function conflictCurrent(err: unknown): Person | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  return (err.details as { current?: Person } | null)?.current ?? null;
}

/**
 * A new person, or an existing one corrected (name, e-mail, phone, roles, organisations). A stale
 * version (someone saved in between) shows the current person beside the input before anything
 * is overwritten.
 */
export function PersonForm({
  person,
  organisations,
  onSaved,
  onCancel,
}: {
  person: Person | null;
  organisations: { id: string; name: string }[];
  onSaved(name: string): void;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(() => valuesOf(person));
  const [version, setVersion] = useState(person?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [conflict, setConflict] = useState<Person | null>(null);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const orgName = (id: string) => sorted.find((o) => o.id === id)?.name ?? '';
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const headingId = person ? `persoon-wijzigen-${person.id}` : 'nieuwe-persoon-kop';

  async function save(input: Values, atVersion: number) {
    setMessage(undefined);
    const clean = { ...input, name: input.name.trim(), email: input.email?.trim() || null, phone: input.phone?.trim() || null };
    try {
      if (person) await updatePerson(person.id, atVersion, clean);
      else await createPerson({ key: keyOf(clean.name), ...clean });
      setConflict(null);
      onSaved(clean.name);
      if (!person) setValues(valuesOf(null));
    } catch (err) {
      const current = conflictCurrent(err);
      if (current) setConflict(current);
      else setMessage((err as Error).message);
    }
  }

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className="rt-form-section"
      onSubmit={(e) => {
        e.preventDefault();
        const errs: Record<string, string> = values.name.trim() ? {} : { personName: t('persons.nameRequired') };
        setErrors(errs);
        if (Object.keys(errs).length === 0) void save(values, version);
      }}
    >
      <Heading2 id={headingId}>{person ? t('persons.editTitle', { name: person.name }) : t('persons.new')}</Heading2>
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={[
            { label: t('persons.name'), current: conflict.name, yours: values.name },
            { label: t('persons.email'), current: conflict.email ?? '', yours: values.email ?? '' },
            { label: t('persons.phone'), current: conflict.phone ?? '', yours: values.phone ?? '' },
            { label: t('persons.roles'), current: conflict.roles.join(', '), yours: values.roles.join(', ') },
            {
              label: t('persons.organisations'),
              current: conflict.organisationIds.map(orgName).join(', '),
              yours: values.organisationIds.map(orgName).join(', '),
            },
          ]}
          onRedo={() => {
            setVersion(conflict.version);
            void save(values, conflict.version);
          }}
          onDiscard={() => {
            setValues(valuesOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      <FormErrorSummary title={t('persons.errorTitle')} errors={errors} message={message} />
      <TextField
        label={t('persons.name')}
        name="personName"
        value={values.name}
        onValue={(name) => set({ name })}
        errorMessage={errors.personName}
        required
      />
      <TextField
        label={t('persons.email')}
        name="personEmail"
        type="email"
        value={values.email ?? ''}
        onValue={(email) => set({ email })}
      />
      <TextField label={t('persons.phone')} name="personPhone" type="tel" value={values.phone ?? ''} onValue={(phone) => set({ phone })} />
      <Fieldset>
        <FieldsetLegend>{t('persons.roles')}</FieldsetLegend>
        {PERSON_ROLES.map((r) => (
          <FormFieldCheckbox
            key={r}
            label={r}
            name="personRoles"
            value={r}
            checked={values.roles.includes(r)}
            onChange={(e) => set({ roles: e.target.checked ? [...values.roles, r] : values.roles.filter((x) => x !== r) })}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('persons.organisations')}</FieldsetLegend>
        {values.organisationIds.length > 0 && (
          <ul className="rt-plain-list" data-testid="person-organisations">
            {values.organisationIds.map((id) => (
              <li key={id}>
                {orgName(id)}{' '}
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('persons.removeOrganisation', { name: orgName(id) })}
                  onClick={() => set({ organisationIds: values.organisationIds.filter((x) => x !== id) })}
                >
                  {t('entry.delete')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <SelectField
          label={t('persons.addOrganisation')}
          name="personOrganisation"
          value=""
          emptyLabel={t('persons.chooseOrganisation')}
          options={sorted.filter((o) => !values.organisationIds.includes(o.id)).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => id && set({ organisationIds: [...values.organisationIds, id] })}
        />
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {person ? t('entry.save') : t('persons.submit')}
        </Button>
        {onCancel && (
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('entry.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
