import {
  Alert,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { formatDate, formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { publicReportUrl, usePublicProgramme, type PublicProgrammeView } from '../api/public-programmes';

type PublicNode = PublicProgrammeView['nodes'][number];
type Nested = PublicNode & { children: Nested[] };

const STATUS_KEY: Record<string, MessageKey> = {
  groen: 'progress.status.groen',
  oranje: 'progress.status.oranje',
  rood: 'progress.status.rood',
  'niet-gestart': 'progress.status.niet-gestart',
  afgerond: 'progress.status.afgerond',
  vervallen: 'progress.status.vervallen',
};

/** The public page of one programme at /publiek/:slug (and at /programmas/:slug for visitors). */
export function PublicProgrammeRoute() {
  const { slug = '' } = useParams();
  return <PublicProgrammePage slug={slug} />;
}

export function PublicProgrammePage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const data = usePublicProgramme(slug);
  if (data.state === 'loading') return <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>;
  if (data.state === 'error')
    return (
      <div className="rt-page">
        <Heading1>{t('public.nav')}</Heading1>
        <Alert type="info">
          <Paragraph>{t('public.notPublished')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/inloggen">{t('public.signIn')}</AppLink> · <AppLink to="/publiek">{t('public.title')}</AppLink>
        </Paragraph>
      </div>
    );
  return <PublicProgramme p={data.data} />;
}

function PublicProgramme({ p }: { p: PublicProgrammeView }) {
  const { t, locale } = useI18n();
  const tree = useMemo(() => {
    const byId = new Map<string, Nested>(p.nodes.map((n) => [n.id, { ...n, children: [] }]));
    const roots: Nested[] = [];
    for (const n of p.nodes) {
      const me = byId.get(n.id);
      if (!me) continue;
      const parent = n.parentId ? byId.get(n.parentId) : undefined;
      (parent ? parent.children : roots).push(me);
    }
    return roots;
  }, [p.nodes]);
  return (
    <div className="rt-page rt-public">
      <Paragraph>
        <AppLink to="/publiek">{t('public.title')}</AppLink>
      </Paragraph>
      <Heading1>{p.title}</Heading1>
      {p.description && <Paragraph>{p.description}</Paragraph>}
      <DataList className="rt-facts" appearance="rows">
        <DataListItem>
          <DataListKey>{t('public.period')}</DataListKey>
          <DataListValue>{formatPeriod(p.periodStart, p.periodEnd) || t('common.none')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('programme.levels')}</DataListKey>
          <DataListValue>{p.levelLabels.join(' › ')}</DataListValue>
        </DataListItem>
      </DataList>
      {p.fields.statuses && <Paragraph>{p.period ? t('public.statusAsOf', { label: p.period.label }) : t('public.noStatus')}</Paragraph>}
      <nav aria-label={t('public.report')} className="rt-actions">
        <ButtonGroup>
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={publicReportUrl(p.slug, 'pdf', locale)}
          >
            {t('public.reportPdf')}
          </a>
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={publicReportUrl(p.slug, 'docx', locale)}
          >
            {t('public.reportDocx')}
          </a>
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={publicReportUrl(p.slug, 'html', locale)}
          >
            {t('public.reportHtml')}
          </a>
        </ButtonGroup>
      </nav>
      <Heading2>{t('public.tree')}</Heading2>
      <PublicTree nodes={tree} level={0} />
    </div>
  );
}

function PublicTree({ nodes, level }: { nodes: Nested[]; level: number }) {
  if (nodes.length === 0) return null;
  return (
    <ul className={`rt-public-tree rt-public-tree--${Math.min(level, 3)}`}>
      {nodes.map((n) => (
        <li key={n.id} id={`node-${n.id}`}>
          <PublicNodeItem n={n} />
          <PublicTree nodes={n.children} level={level + 1} />
        </li>
      ))}
    </ul>
  );
}

function PublicNodeItem({ n }: { n: Nested }) {
  const { t } = useI18n();
  const statusKey = n.status ? STATUS_KEY[n.status] : undefined;
  return (
    <div className="rt-public-node">
      <p className="rt-public-node__title">
        <strong>{n.code ? `${n.code} ${n.title}` : n.title}</strong>
        {statusKey && <span className={`rt-public-status rt-public-status--${n.status ?? ''}`}>{t(statusKey)}</span>}
        {typeof n.percent === 'number' && <span className="rt-muted"> {t('public.percent', { percent: n.percent })}</span>}
      </p>
      {n.description && <p className="rt-public-node__text">{n.description}</p>}
      {n.latest && (n.latest.results || n.latest.attentionPoints) && (
        <div className="rt-public-node__text">
          <p className="rt-muted">{t('public.latest', { date: formatDate(n.latest.date) })}</p>
          {n.latest.results && (
            <p>
              <strong>{t('public.results')}:</strong> {n.latest.results}
            </p>
          )}
          {n.latest.attentionPoints && (
            <p>
              <strong>{t('public.attention')}:</strong> {n.latest.attentionPoints}
            </p>
          )}
        </div>
      )}
      {n.milestones && n.milestones.length > 0 && (
        <div className="rt-public-node__text">
          <p className="rt-muted">{t('public.milestones')}</p>
          <ul>
            {n.milestones.map((m, i) => (
              <li key={i}>
                {m.title} ({m.dueLabel || '–'}; {t(`public.milestone.${m.state}`)})
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
