import {
  Button,
  ButtonGroup,
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
import { AppLink } from '../../../components/app-link';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { useOrganisations } from '../../programmes';
import { usePersons, type Person } from '../api/persons';
import { removePerson } from '../api/save-person';
import { PersonForm } from './person-form';

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
  const [editing, setEditing] = useState<Person | null>(null);
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
                    <TableHeaderCell scope="row">
                      <AppLink to={`/personen/${p.id}`}>{p.name}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{p.roles.join(', ')}</TableCell>
                    <TableCell>{p.email}</TableCell>
                    <TableCell>{p.organisationIds.map(orgName).join(', ')}</TableCell>
                    {manage && (
                      <TableCell>
                        <ButtonGroup>
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t('persons.editFor', { name: p.name })}
                            onClick={() => {
                              setRemoving(null);
                              setEditing(p);
                            }}
                          >
                            {t('persons.edit')}
                          </Button>
                          <Button
                            type="button"
                            appearance="subtle-button"
                            aria-label={t('persons.removeFor', { name: p.name })}
                            onClick={() => {
                              setEditing(null);
                              setRemoving(p);
                            }}
                          >
                            {t('persons.remove')}
                          </Button>
                        </ButtonGroup>
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
      {manage && organisations.state === 'ready' && editing && (
        <PersonForm
          key={`${editing.id}-${editing.version}`}
          person={editing}
          organisations={organisations.data.items}
          onSaved={(name) => {
            setNotice(t('persons.changed', { name }));
            setEditing(null);
            setRevision((r) => r + 1);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {manage && organisations.state === 'ready' && !editing && (
        <PersonForm
          person={null}
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
