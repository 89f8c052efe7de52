import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { MonitorResult } from '../../../../domain/monitor/responses';
import type { MonitorProduct } from '../../../../domain/monitor/figures';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { hasPlatformRole, useSession } from '../../auth';
import { useDemoStatus } from '../api/get-demo-status';
import { useMonitorFigures, type MonitorSelection } from '../api/get-monitor-figures';
import { colorAt, type ChartValue } from './chart-scale';
import { formatCount, periodLabel } from './figure-format';
import { FiguresTable } from './figures-table';
import { MonitorDownloads } from './monitor-downloads';
import { MonitorExplanation } from './monitor-explanation';
import { MonitorFilters } from './monitor-filters';
import { MonitorViewOptions } from './monitor-view-options';
import { monitorView } from './monitor-view';
import { TrendCharts } from './monitor-charts';
import { UnitBarChart } from './unit-bar-chart';
import { useMonitorParams, type MonitorParams } from './use-monitor-params';

/** The regional monitor BW/MO (issue 6): selection, key figures, trends, units side by side, uitleg, downloads. */
export function MonitorPage() {
  const { t } = useI18n();
  const { value, update } = useMonitorParams();
  const session = useSession();
  // A visitor without an account sees the public, always suppressed figures.
  const visitor = session.state !== 'ready' || !session.data.account;
  // Suppressed figures come per quarter, unless one is a monitor-analist (public-limits.ts).
  const analist = session.state === 'ready' && hasPlatformRole(session.data, 'monitor-analist');
  const selection: MonitorSelection = analist ? value.selection : { ...value.selection, per: 'kwartaal' };
  const figures = useMonitorFigures(selection, visitor);
  const demo = useDemoStatus();
  return (
    <div className="rt-monitor">
      <Heading1>{t('monitor.title')}</Heading1>
      <Paragraph>{t('monitor.intro')}</Paragraph>
      {demo.state === 'ready' && demo.data.monitor && (
        <Paragraph className="rt-demo-notice" data-testid="demo-notice">
          <strong>{t('progress.demo')}</strong> {t('reading.demo.monitor')}
        </Paragraph>
      )}
      <ImportLink />
      <MonitorFilters
        value={selection}
        quartersOnly={!analist}
        onApply={(s) => update({ van: s.from, tot: s.to, per: s.per, eenheid: s.by, periode: null, grafiek: null })}
      />
      <LoadState value={figures}>
        {(result) => <MonitorResults result={result} params={{ ...value, selection }} update={update} />}
      </LoadState>
      <MonitorExplanation />
    </div>
  );
}

/** For monitor-analists only: the way to the file import. */
function ImportLink() {
  const { t } = useI18n();
  const session = useSession();
  if (session.state !== 'ready' || !hasPlatformRole(session.data, 'monitor-analist')) return null;
  return (
    <Paragraph>
      <AppLink to="/monitor/importeren">{t('monitor.import.link')}</AppLink>
    </Paragraph>
  );
}

function MonitorResults({
  result,
  params,
  update,
}: {
  result: MonitorResult;
  params: MonitorParams;
  update: (changes: Record<string, string | null>) => void;
}) {
  const { t, locale } = useI18n();
  const product: MonitorProduct = params.product;
  const view = monitorView(result, product);
  if (view.periods.length === 0 || view.units.length === 0) return <Paragraph>{t('monitor.empty')}</Paragraph>;
  const period = view.periods.find((p) => p.key === params.tablePeriod) ?? view.periods[view.periods.length - 1] ?? view.periods[0];
  const unit = view.units.find((u) => u.code === params.chartUnit) ?? view.units[0];
  if (!period || !unit) return null;
  const by = params.selection.by;
  const productLabel = t(`monitor.product.${product}`);
  const pLabel = periodLabel(period, locale);
  const tableRows = view.units.flatMap((u) => view.row(period.key, u.code) ?? []);
  const inZorg: ChartValue[] = tableRows.map((r) => r.in_zorg);
  const top = tableRows.reduce<{ name: string; n: number } | null>(
    (best, r) => (typeof r.in_zorg === 'number' && (!best || r.in_zorg > best.n) ? { name: r.unit_name, n: r.in_zorg } : best),
    null,
  );
  return (
    <>
      <Alert type={result.suppressed ? 'info' : 'warning'}>
        <Paragraph data-testid="monitor-suppression">
          {result.suppressed ? t('monitor.suppressed', { threshold: result.threshold, max: result.threshold - 1 }) : t('monitor.raw')}
        </Paragraph>
      </Alert>
      <MonitorViewOptions
        product={product}
        periods={view.periods.map((p) => ({ key: p.key, label: periodLabel(p, locale) }))}
        period={period.key}
        units={view.units}
        unit={unit.code}
        unitLabel={t(`monitor.by.${by}`)}
        onChange={update}
      />
      <section aria-labelledby="monitor-kerncijfers">
        <Heading2 id="monitor-kerncijfers">{t('monitor.table.title', { period: pLabel })}</Heading2>
        <FiguresTable
          caption={t('monitor.table.caption', { product: productLabel, period: pLabel, unit: t(`monitor.by.${by}`).toLowerCase() })}
          rows={tableRows}
          threshold={result.threshold}
        />
      </section>
      <section aria-labelledby="monitor-trends">
        <Heading2 id="monitor-trends">{t('monitor.trends.title', { unit: unit.name })}</Heading2>
        <TrendCharts view={view} unit={unit} productLabel={productLabel} reasonLabels={result.reason_labels} />
      </section>
      <section aria-labelledby="monitor-naast-elkaar">
        <Heading2 id="monitor-naast-elkaar">{t('monitor.chart.units', { units: t(`monitor.units.${by}`) })}</Heading2>
        <UnitBarChart
          testId="chart-units"
          title={t('monitor.units.chartTitle', { unit: t(`monitor.by.${by}`).toLowerCase(), period: pLabel })}
          summary={t('monitor.chart.summary.units', {
            unit: t(`monitor.by.${by}`).toLowerCase(),
            product: productLabel,
            period: pLabel,
            top: top ? `${top.name} (${formatCount(top.n)})` : '–',
          })}
          categoryLabel={t(`monitor.by.${by}`)}
          categories={tableRows.map((r) => r.unit_name)}
          series={{ key: 'in_zorg', label: t('monitor.col.in_zorg'), color: colorAt(0), values: inZorg }}
          formatValue={(v) => (typeof v === 'number' ? formatCount(v) : v === null ? '–' : v)}
        />
      </section>
      <MonitorDownloads selection={params.selection} product={product} />
    </>
  );
}
