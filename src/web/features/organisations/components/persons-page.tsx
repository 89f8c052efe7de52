import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { PERSON_ROLES } from '../../../../domain/programme/vocabulary';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { useOrganisations } from '../../programmes';
import { usePersons, type Person } from '../api/persons';
import { createPerson, removePerson } from '../api/save-person';

const keyOf = (name: string) =>
  `p-${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)}-${Date.now().toString(36)}`;

/** Persons: name, roles, e-mail, one or more organisations; removable at their request (AVG). */
export function PersonsPage() {
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const persons = usePersons(revision);
  const organisations = useOrganisations();
  const session = useSession();
  const manage = session.state === 'ready' && (session.data.account?.platformRoles ?? []).includes('beheerder');
  const [notice, setNotice] = useState<string | null>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [removing, setRemoving] = useState<Person | null>(null);
  const orgName = (id: string) => (organisations.state === 'ready' ? (organisations.data.items.find((o) => o.id === id)?.name ?? '') : '');

  return (
    <>
      <Heading1>{t('persons.title')}</Heading1>
      <Paragraph>{t('persons.intro')}</Paragraph>
      <FormErrorSummary title={t('persons.errorTitle')} errors={{}} message={message} />
      {notice && (
        <Paragraph role="status" className="rt-saved">
          {notice}
        </Paragraph>
      )}
      <LoadState value={persons}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('persons.empty')}</Paragraph>
          ) : (
            <Table>
              <TableCaption>{t('persons.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('persons.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('persons.roles')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('persons.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('persons.organisations')}</TableHeaderCell>
                  {manage && <TableHeaderCell scope="col">{t('persons.actions')}</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((p) => (
                  <TableRow key={p.id} data-testid="person-row">
                    <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                    <TableCell>{p.roles.join(', ')}</TableCell>
                    <TableCell>{p.email}</TableCell>
                    <TableCell>{p.organisationIds.map(orgName).join(', ')}</TableCell>
                    {manage && (
                      <TableCell>
                        <Button
                          type="button"
                          appearance="subtle-button"
                          aria-label={t('persons.removeFor', { name: p.name })}
                          onClick={() => setRemoving(p)}
                        >
                          {t('persons.remove')}
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </LoadState>
      {manage && removing && (
        <section aria-labelledby="persoon-weg-kop" className="rt-form-section">
          <Heading2 id="persoon-weg-kop">{t('persons.removeTitle', { name: removing.name })}</Heading2>
          <Paragraph>{t('persons.removeExplain')}</Paragraph>
          <Button
            type="button"
            appearance="primary-action-button"
            onClick={() => {
              setMessage(undefined);
              removePerson(removing.id, removing.version).then(
                () => {
                  setNotice(t('persons.removed'));
                  setRemoving(null);
                  setRevision((r) => r + 1);
                },
                (e: Error) => setMessage(e.message),
              );
            }}
          >
            {t('persons.removeConfirm')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => setRemoving(null)}>
            {t('entry.cancel')}
          </Button>
        </section>
      )}
      {manage && organisations.state === 'ready' && (
        <NewPersonForm
          organisations={organisations.data.items}
          onSaved={(name) => {
            setNotice(t('persons.saved', { name }));
            setRevision((r) => r + 1);
          }}
        />
      )}
    </>
  );
}

function NewPersonForm({ organisations, onSaved }: { organisations: { id: string; name: string }[]; onSaved(name: string): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <form
      noValidate
      aria-labelledby="nieuwe-persoon-kop"
      onSubmit={(e) => {
        e.preventDefault();
        const errs: Record<string, string> = name.trim() ? {} : { personName: t('persons.nameRequired') };
        setErrors(errs);
        setMessage(undefined);
        if (Object.keys(errs).length > 0) return;
        createPerson({ key: keyOf(name), name: name.trim(), email: email.trim() || null, roles, organisationIds: orgIds }).then(
          () => {
            onSaved(name.trim());
            setName('');
            setEmail('');
            setRoles([]);
            setOrgIds([]);
          },
          (err: Error) => setMessage(err.message),
        );
      }}
    >
      <Heading2 id="nieuwe-persoon-kop">{t('persons.new')}</Heading2>
      <FormErrorSummary title={t('persons.errorTitle')} errors={errors} message={message} />
      <TextField label={t('persons.name')} name="personName" value={name} onValue={setName} errorMessage={errors.personName} required />
      <TextField label={t('persons.email')} name="personEmail" type="email" value={email} onValue={setEmail} />
      <Fieldset>
        <FieldsetLegend>{t('persons.roles')}</FieldsetLegend>
        {PERSON_ROLES.map((r) => (
          <FormFieldCheckbox
            key={r}
            label={r}
            name="personRoles"
            value={r}
            checked={roles.includes(r)}
            onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('persons.organisations')}</FieldsetLegend>
        {orgIds.length > 0 && (
          <ul className="rt-plain-list" data-testid="person-organisations">
            {orgIds.map((id) => (
              <li key={id}>
                {sorted.find((o) => o.id === id)?.name}{' '}
                <Button type="button" appearance="subtle-button" onClick={() => setOrgIds(orgIds.filter((x) => x !== id))}>
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
          options={sorted.filter((o) => !orgIds.includes(o.id)).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => id && setOrgIds([...orgIds, id])}
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action-button">
        {t('persons.submit')}
      </Button>
    </form>
  );
}
