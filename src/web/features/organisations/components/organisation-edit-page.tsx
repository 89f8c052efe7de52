import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { flashState } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../../auth';
import { deleteOrganisation, updateOrganisation, useOrganisationList } from '../api/organisations';
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
  const [confirmDelete, setConfirmDelete] = useState(false);
  const navigate = useNavigate();
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
            {manage && (
              <section aria-labelledby="organisatie-weg-kop" className="rt-form-section">
                <Heading2 id="organisatie-weg-kop">{t('organisations.deleteTitle')}</Heading2>
                <Paragraph>{t('organisations.deleteExplain')}</Paragraph>
                <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmDelete(true)}>
                  {t('organisations.delete', { name: o.name })}
                </Button>
              </section>
            )}
            {manage && confirmDelete && (
              <ConfirmDialog
                title={t('organisations.deleteConfirmTitle', { name: o.name })}
                onClose={() => setConfirmDelete(false)}
                actions={[
                  {
                    label: t('organisations.deleteConfirm'),
                    danger: true,
                    run: async () => {
                      await deleteOrganisation(o.id, o.version);
                      void navigate('/organisaties', { state: flashState(t('organisations.deleted', { name: o.name })) });
                    },
                  },
                ]}
              >
                <Paragraph>{t('organisations.deleteExplain')}</Paragraph>
              </ConfirmDialog>
            )}
          </>
        );
      }}
    </LoadState>
  );
}
