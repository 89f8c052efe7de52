import {
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
import { ORGANISATION_KINDS } from '../../../../domain/programme/vocabulary';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { createOrganisation, useOrganisationList } from '../api/organisations';
import { OrganisationForm } from './organisation-form';
import { FlashMessage } from '../../../components/flash-message';

const keyOf = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50)}-${Date.now().toString(36)}`;

/** Organisations: list by kind, and (for platform beheerders) a new one, also a group with its members. */
export function OrganisationsPage() {
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const list = useOrganisationList(revision);
  const session = useSession();
  const manage = session.state === 'ready' && (session.data.account?.platformRoles ?? []).includes('beheerder');
  const [kind, setKind] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Heading1>{t('organisations.title')}</Heading1>
      <FlashMessage />
      <Paragraph>{t('organisations.intro')}</Paragraph>
      {notice && (
        <Paragraph role="status" className="rt-saved">
          {notice}
        </Paragraph>
      )}
      <LoadState value={list}>
        {({ items }) => {
          const name = (id: string) => items.find((o) => o.id === id)?.name ?? '';
          const shown = items.filter((o) => !kind || o.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
          return (
            <>
              <SelectField
                label={t('organisations.filterKind')}
                name="kindFilter"
                value={kind}
                onChange={setKind}
                emptyLabel={t('organisations.allKinds')}
                options={ORGANISATION_KINDS.map((k) => ({ value: k, label: k }))}
              />
              <Table>
                <TableCaption>{t('organisations.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('organisations.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('organisations.kind')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('organisations.members')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((o) => (
                    <TableRow key={o.id} data-testid="organisation-row">
                      <TableHeaderCell scope="row">
                        <AppLink to={`/organisaties/${o.id}/bewerken`}>{o.name}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{o.kind}</TableCell>
                      <TableCell>{o.memberIds.map(name).join(', ')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {manage && (
                <>
                  <Heading2>{t('organisations.new')}</Heading2>
                  <OrganisationForm
                    key={revision}
                    all={items}
                    submitLabel={t('organisations.submitNew')}
                    onSubmit={async (input) => {
                      try {
                        await createOrganisation({ ...input, key: keyOf(input.name) });
                        setNotice(t('organisations.saved', { name: input.name }));
                        setRevision((r) => r + 1);
                        return null;
                      } catch (e) {
                        return (e as Error).message;
                      }
                    }}
                  />
                </>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
