import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { updateOrganisation, useOrganisationList } from '../api/organisations';
import { OrganisationForm } from './organisation-form';

/** One organisation: edit it (platform beheerders), the groups it belongs to, and where it commits. */
export function OrganisationEditPage() {
  const { organisationId = '' } = useParams();
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const list = useOrganisationList(revision);
  const session = useSession();
  const manage = session.state === 'ready' && (session.data.account?.platformRoles ?? []).includes('beheerder');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <LoadState value={list}>
      {({ items }) => {
        const o = items.find((x) => x.id === organisationId);
        if (!o) return <Paragraph>{t('notFound.title')}</Paragraph>;
        const groups = o.groupIds.map((id) => items.find((x) => x.id === id)?.name ?? '').filter(Boolean);
        return (
          <>
            <Paragraph>
              <AppLink to="/organisaties">{t('organisations.back')}</AppLink>
            </Paragraph>
            <Heading1>{o.name}</Heading1>
            {groups.length > 0 && <Paragraph>{t('organisations.memberOf', { groups: groups.join(', ') })}</Paragraph>}
            <Paragraph>
              <AppLink to={`/organisaties/${o.id}/inzet`}>{t('organisations.commitments', { name: o.name })}</AppLink>
            </Paragraph>
            {notice && (
              <Paragraph role="status" className="rt-saved">
                {notice}
              </Paragraph>
            )}
            {manage && (
              <OrganisationForm
                key={o.version}
                organisation={o}
                all={items}
                submitLabel={t('entry.save')}
                onSubmit={async (input) => {
                  try {
                    await updateOrganisation(o.id, o.version, input);
                    setNotice(t('organisations.saved', { name: input.name }));
                    setRevision((r) => r + 1);
                    return null;
                  } catch (e) {
                    return (e as Error).message;
                  }
                }}
              />
            )}
          </>
        );
      }}
    </LoadState>
  );
}
