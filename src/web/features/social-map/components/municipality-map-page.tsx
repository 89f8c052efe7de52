import { Button, ButtonGroup, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { SERVICE_KINDS } from '../../../../domain/social-map/vocabulary';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServiceMunicipalities, useServices } from '../api/services';
import { ServiceFacts } from './service-facts';
import { kindLabel } from './service-labels';
import './social-map.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * /sociale-kaart/gemeenten/:organisationId: one municipality's services by kind, those without
 * referral first within each kind; printable (the print stylesheet leaves out menu and buttons).
 */
export function MunicipalityMapPage() {
  const { organisationId = '' } = useParams();
  const { t, locale } = useI18n();
  const municipalities = useServiceMunicipalities();
  const services = useServices({ gemeente: organisationId });
  const name = municipalities.state === 'ready' ? (municipalities.data.items.find((m) => m.id === organisationId)?.name ?? '') : '';
  return (
    <div className="rt-sk-print">
      <Paragraph className="rt-sk-noprint">
        <AppLink to={`/sociale-kaart?gemeente=${organisationId}`}>{t('socialMap.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('socialMap.municipality.title', { name })}</Heading1>
      <Paragraph>{t('socialMap.municipality.intro', { name })}</Paragraph>
      <Paragraph>{t('socialMap.municipality.printed', { date: formatDate(today()) })}</Paragraph>
      <ButtonGroup className="rt-sk-noprint">
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          {t('socialMap.municipality.print')}
        </Button>
      </ButtonGroup>
      <LoadState value={services}>
        {(data) => {
          if (data.items.length === 0) return <Paragraph>{t('socialMap.municipality.empty')}</Paragraph>;
          const rank = (v: boolean | null) => (v === true ? 0 : v === null ? 1 : 2);
          return SERVICE_KINDS.filter((k) => data.items.some((s) => s.kind === k)).map((kind) => (
            <section key={kind} aria-labelledby={`rt-sk-kind-${kind}`}>
              <Heading2 id={`rt-sk-kind-${kind}`}>{kindLabel(kind, locale)}</Heading2>
              {data.items
                .filter((s) => s.kind === kind)
                .sort((a, b) => rank(a.withoutReferral) - rank(b.withoutReferral) || a.name.localeCompare(b.name, 'nl'))
                .map((s) => (
                  <article key={s.id} className="rt-sk-service" aria-labelledby={`rt-sk-s-${s.id}`}>
                    <Heading3 id={`rt-sk-s-${s.id}`}>
                      <AppLink to={`/sociale-kaart/${s.id}`}>{s.name}</AppLink>
                      {s.isDemo && <span className="rt-sk-tag"> ({t('socialMap.demoShort')})</span>}
                    </Heading3>
                    {s.description && <Paragraph>{s.description}</Paragraph>}
                    <ServiceFacts service={s} />
                  </article>
                ))}
            </section>
          ));
        }}
      </LoadState>
      <LoadState value={municipalities}>
        {(data) => (
          <nav aria-label={t('socialMap.municipality.other')} className="rt-sk-noprint">
            <Heading2>{t('socialMap.municipality.other')}</Heading2>
            <Paragraph>
              {data.items
                .filter((m) => m.services > 0 && m.id !== organisationId)
                .map((m, i) => (
                  <span key={m.id}>
                    {i > 0 && ' · '}
                    <AppLink to={`/sociale-kaart/gemeenten/${m.id}`}>{m.name}</AppLink>
                  </span>
                ))}
            </Paragraph>
          </nav>
        )}
      </LoadState>
    </div>
  );
}
