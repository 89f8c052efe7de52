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
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { formatQuantity, type KpiUnit } from '../../../../domain/kpi/units';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { useProgrammeRights } from '../../auth';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { colorAt } from '../../monitor';
import { TableScroll } from '../../../components/table-scroll';
import { indicatorExportUrl, useIndicator } from '../api/get-indicator';
import type { IndicatorDetail } from '../api/types';
import { KpiChart } from './kpi-chart';
import { KpiDemoLabel, KpiStatusBadge } from './kpi-status';
import './kpi.css';

/** One indicator: actual against target over time, small multiples per unit, and the numbers behind every chart. */
export function IndicatorPage() {
  const { programmeId = '', indicatorId = '' } = useParams();
  const value = useIndicator(programmeId, indicatorId);
  const { t } = useI18n();
  return (
    <>
      <Paragraph>
        <AppLink to={`/programmas/${programmeId}/kpi`}>{t('kpi.backToOverview')}</AppLink>
      </Paragraph>
      <LoadState value={value}>{(v) => <IndicatorView programme={programmeId} v={v} />}</LoadState>
    </>
  );
}

function IndicatorView({ programme, v }: { programme: string; v: IndicatorDetail }) {
  const { t } = useI18n();
  const unitMax = Math.max(0, ...v.perUnit.flatMap((u) => u.values).filter((x): x is number => x !== null));
  const rights = useProgrammeRights(v.programmeId);
  const fmt = (x: number | string | null) => (typeof x === 'number' || x === null ? formatQuantity(v.unit as KpiUnit, x) : x);
  return (
    <>
      <Heading1>
        {v.code} {v.name}
        {v.isDemo && <KpiDemoLabel />}
      </Heading1>
      {v.isDemo && (
        <Alert type="info">
          <Paragraph>{t('kpi.demoNotice')}</Paragraph>
        </Alert>
      )}
      {rights.mayEdit(v.ownerOrganisationId) && (
        <nav aria-label={t('kpi.form.editLink')} className="rt-actions">
          <ButtonGroup>
            <AppButtonLink to={`/programmas/${programme}/kpi/${v.id}/bewerken`}>{t('kpi.form.editLink')}</AppButtonLink>
          </ButtonGroup>
        </nav>
      )}
      <Paragraph data-testid="kpi-status">
        {t('kpi.col.status')}: <KpiStatusBadge status={v.status} />
        {v.latest && ` · ${t('kpi.col.latest')}: ${v.latest.valueText} (${v.latest.period})`}
      </Paragraph>
      <DataList>
        {v.definition && (
          <DataListItem>
            <DataListKey>{t('kpi.detail.definition')}</DataListKey>
            <DataListValue>{v.definition}</DataListValue>
          </DataListItem>
        )}
        {v.ratio && (
          <DataListItem>
            <DataListKey>{t('kpi.detail.ratio')}</DataListKey>
            <DataListValue>
              {v.ratio.numerator} / {v.ratio.denominator}
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('kpi.detail.direction')}</DataListKey>
          <DataListValue>{t(`kpi.direction.${v.direction}`)}</DataListValue>
        </DataListItem>
        {v.baselineText && (
          <DataListItem>
            <DataListKey>{t('kpi.detail.baseline')}</DataListKey>
            <DataListValue>{v.baselineText}</DataListValue>
          </DataListItem>
        )}
        {v.source && (
          <DataListItem>
            <DataListKey>{t('kpi.detail.source')}</DataListKey>
            <DataListValue>{v.source}</DataListValue>
          </DataListItem>
        )}
      </DataList>

      <TableScroll label={t('kpi.detail.targets')}>
        <Table>
          <TableCaption>{t('kpi.detail.targets')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('kpi.detail.target')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kpi.col.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kpi.detail.actual')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kpi.detail.expected')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {v.targets.map((tg) => (
              <TableRow key={tg.id}>
                <TableHeaderCell scope="row">
                  {tg.name ? `${tg.name}: ` : ''}
                  {tg.description}
                  {tg.perUnit.length > 0 && (
                    <span className="rt-kpi-node">{tg.perUnit.map((u) => `${u.name}: ${u.statusLabel}`).join(' · ')}</span>
                  )}
                </TableHeaderCell>
                <TableCell>
                  <KpiStatusBadge status={tg.status} />
                </TableCell>
                <TableCell>{tg.actualText}</TableCell>
                <TableCell>{tg.expectedText}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>

      <KpiChart
        testId="kpi-total-chart"
        title={t('kpi.chart.total', { name: v.name })}
        summary={t('kpi.chart.totalSummary', { name: v.name, unit: v.unit })}
        categories={v.periods}
        categoryLabel={t('kpi.chart.period')}
        formatValue={fmt}
        series={[
          { key: 'actual', label: v.total.cumulative ? v.total.label : t('kpi.chart.actual'), color: colorAt(0), values: v.total.actual },
          ...(v.targets.some((x) => x.description)
            ? [{ key: 'target', label: t('kpi.chart.target'), color: colorAt(1), values: v.total.target, dashed: true }]
            : []),
        ]}
      />

      {v.perUnit.length > 0 && (
        <>
          <Heading2>{t('kpi.chart.smallMultiples')}</Heading2>
          <div className="rt-kpi-multiples">
            {v.perUnit.map((u, i) => (
              <KpiChart
                key={u.key}
                maxValue={unitMax}
                title={u.name}
                summary={t('kpi.chart.unitSummary', { name: u.name, unit: v.unit })}
                categories={v.periods}
                categoryLabel={t('kpi.chart.period')}
                formatValue={fmt}
                series={[{ key: u.key, label: u.name, color: colorAt(i), values: u.values }]}
              />
            ))}
          </div>
        </>
      )}

      <Heading2>{t('kpi.table.title')}</Heading2>
      <ButtonGroup>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={indicatorExportUrl(programme, v.id, 'csv')}
          download
        >
          {t('kpi.download.csv')}
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={indicatorExportUrl(programme, v.id, 'xlsx')}
          download
        >
          {t('kpi.download.xlsx')}
        </a>
      </ButtonGroup>
      <TableScroll label={t('kpi.table.title')}>
        <Table data-testid="kpi-table">
          <TableCaption>{t('kpi.table.title')}</TableCaption>
          <TableHeader>
            <TableRow>
              {v.table.columns.map((c) => (
                <TableHeaderCell scope="col" key={c}>
                  {c}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {v.table.rows.map((r, i) => (
              <TableRow key={i}>
                {r.map((c, k) =>
                  k === 0 ? (
                    <TableHeaderCell scope="row" key={k}>
                      {c}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={k} className="rt-num">
                      {c}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}
