import {
  Alert,
  ButtonGroup,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useParams, useSearchParams } from 'react-router-dom';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import type { ProgressStatus } from '../../progress';
import { StatusBadge } from '../../progress';
import { TableScroll } from '../../../components/table-scroll';
import { useProgrammeRights } from '../../auth';
import { useKpiOverview } from '../api/get-overview';
import { KpiDemoLabel, KpiStatusBadge } from './kpi-status';
import './kpi.css';

/** The KPIs of a programme (or, with ?element=, of one node): status beside the node's own traffic light. */
export function KpiOverviewPage() {
  const { programmeId = '' } = useParams();
  const [search] = useSearchParams();
  const nodeId = search.get('element');
  const { t } = useI18n();
  const overview = useKpiOverview(programmeId, nodeId);
  const base = `/programmas/${programmeId}/kpi`;
  // Entry and import only for those who may deliver figures (the server still checks the organisation).
  const rights = useProgrammeRights(overview.state === 'ready' ? overview.data.programmeId : null);
  const mayDeliver = rights.may('rapporteur');
  return (
    <>
      <Paragraph>
        <AppLink to={`/programmas/${programmeId}`}>{t('kpi.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('kpi.title')}</Heading1>
      <Paragraph>{t('kpi.intro')}</Paragraph>
      <nav aria-label={t('kpi.title')} className="rt-actions">
        <ButtonGroup>
          {mayDeliver && (
            <AppButtonLink to={`${base}/invoeren`} appearance="primary-action">
              {t('kpi.enter')}
            </AppButtonLink>
          )}
          {mayDeliver && <AppButtonLink to={`${base}/importeren`}>{t('kpi.import')}</AppButtonLink>}
          {rights.may('redacteur') && (
            <AppButtonLink to={`${base}/nieuw${nodeId ? `?element=${encodeURIComponent(nodeId)}` : ''}`}>{t('kpi.form.new')}</AppButtonLink>
          )}
          <AppButtonLink to={`${base}/zrm`}>{t('kpi.zrm.link')}</AppButtonLink>
        </ButtonGroup>
      </nav>
      <LoadState value={overview}>
        {(o) =>
          o.items.length === 0 ? (
            <Paragraph>{t('kpi.empty')}</Paragraph>
          ) : (
            <>
              {o.items.some((i) => i.isDemo) && (
                <Alert type="info">
                  <Paragraph>{t('kpi.demoNotice')}</Paragraph>
                </Alert>
              )}
              <TableScroll label={t('kpi.caption')}>
                <Table>
                  <TableCaption>{t('kpi.caption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('kpi.col.indicator')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('kpi.col.status')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('kpi.col.latest')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('kpi.col.targets')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('kpi.col.nodes')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {o.items.map((i) => (
                      <TableRow key={i.id} data-testid="kpi-row">
                        <TableHeaderCell scope="row">
                          <AppLink to={`${base}/${i.id}`}>
                            {i.code} {i.name}
                          </AppLink>
                          {i.isDemo && <KpiDemoLabel />}
                        </TableHeaderCell>
                        <TableCell>
                          <KpiStatusBadge status={i.status} />
                        </TableCell>
                        <TableCell>{i.latest ? `${i.latest.valueText} (${i.latest.period})` : '—'}</TableCell>
                        <TableCell>
                          {i.targets.map((tg, k) => (
                            <span key={k} className="rt-kpi-node">
                              {tg.name ? `${tg.name}: ` : ''}
                              {tg.description}
                            </span>
                          ))}
                        </TableCell>
                        <TableCell>
                          {i.nodes.map((n) => (
                            <span key={n.nodeId} className="rt-kpi-node">
                              <AppLink to={`/programmas/${programmeId}/elementen/${n.nodeId}`}>
                                {[n.code, n.title].filter(Boolean).join(' ')}
                              </AppLink>{' '}
                              {n.nodeStatus ? (
                                <StatusBadge status={n.nodeStatus as ProgressStatus} />
                              ) : (
                                <span>({t('kpi.noNodeStatus')})</span>
                              )}
                              {n.contradiction && <span className="rt-kpi-warning"> {t('kpi.contradiction')}</span>}
                            </span>
                          ))}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            </>
          )
        }
      </LoadState>
    </>
  );
}
