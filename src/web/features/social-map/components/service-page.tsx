import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FlashMessage, flashState } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { useSession } from '../../auth';
import { useI18n } from '../../../lib/i18n';
import { deleteService, useService } from '../api/services';
import { ServiceFacts } from './service-facts';
import { kindExplanation, kindLabel } from './service-labels';
import './social-map.css';

/** /sociale-kaart/:serviceId: every field of one service; edit and delete for whoever may. */
export function ServicePage() {
  const { serviceId = '' } = useParams();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const session = useSession();
  const signedIn = session.state === 'ready' && session.data.account !== null;
  const service = useService(serviceId);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <FlashMessage />
      <Paragraph>
        <AppLink to="/sociale-kaart">{t('socialMap.back')}</AppLink>
      </Paragraph>
      <LoadState value={service}>
        {(s) => (
          <article aria-labelledby="rt-sk-title">
            <Heading1 id="rt-sk-title">{s.name}</Heading1>
            <Paragraph>
              {kindLabel(s.kind, locale)}: {kindExplanation(s.kind)}
            </Paragraph>
            {s.isDemo && (
              <Alert type="info">
                <Paragraph>{t('socialMap.demo')}</Paragraph>
              </Alert>
            )}
            {s.description && <Paragraph className="rt-sk-pre">{s.description}</Paragraph>}
            <ServiceFacts service={s} className="rt-sk-details" />
            <dl className="rt-sk-details">
              <div className="rt-sk-fact">
                <dt>{t('socialMap.detail.municipalities')}</dt>
                <dd>
                  {s.municipalities.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && ', '}
                      <AppLink to={`/sociale-kaart/gemeenten/${m.id}`}>{m.name}</AppLink>
                    </span>
                  ))}
                </dd>
              </div>
              {signedIn && (
                <div className="rt-sk-fact">
                  <dt>{t('socialMap.detail.published')}</dt>
                  <dd>{s.published ? t('socialMap.detail.yes') : t('socialMap.detail.no')}</dd>
                </div>
              )}
              <div className="rt-sk-fact">
                <dt>{t('socialMap.detail.updated')}</dt>
                <dd>{s.updatedOn}</dd>
              </div>
            </dl>
            {s.mayEdit ? (
              <ButtonGroup>
                <AppButtonLink to={`/sociale-kaart/${s.id}/bewerken`} appearance="primary-action">
                  {t('socialMap.edit')}
                </AppButtonLink>
                <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
                  {t('socialMap.delete')}
                </Button>
              </ButtonGroup>
            ) : (
              signedIn && <Paragraph>{t('socialMap.noRights')}</Paragraph>
            )}
            {confirming && (
              <ConfirmDialog
                title={t('socialMap.delete.title', { name: s.name })}
                onClose={() => setConfirming(false)}
                actions={[
                  { label: t('socialMap.delete.cancel'), run: async () => setConfirming(false) },
                  {
                    label: t('socialMap.delete.confirm'),
                    danger: true,
                    run: async () => {
                      await deleteService(s.id, s.version);
                      void navigate('/sociale-kaart', { state: flashState(t('socialMap.deleted', { name: s.name })) });
                    },
                  },
                ]}
              >
                <Paragraph>{t('socialMap.delete.body')}</Paragraph>
              </ConfirmDialog>
            )}
          </article>
        )}
      </LoadState>
    </>
  );
}
