import type { Count, MonitorRow } from '../../../../domain/monitor/responses';
import { useI18n } from '../../../lib/i18n';
import { BarChart } from './bar-chart';
import { colorAt, type ChartSeries, type ChartValue } from './chart-scale';
import { formatCount, formatMeasure, formatPercent, periodLabel } from './figure-format';
import { LineChart } from './line-chart';
import type { MonitorView } from './monitor-view';

export interface TrendChartsProps {
  view: MonitorView;
  unit: { code: string; name: string };
  productLabel: string;
  reasonLabels: Record<string, string>;
}

const countValue = (c: Count | undefined): ChartValue => (c === undefined ? 0 : c);
const showCount = (v: ChartValue) => (v === null ? '–' : typeof v === 'string' ? v : formatCount(v));

/** The trends for one unit: in zorg, bezetting, in- and uitstroom, and the end reasons stacked. */
export function TrendCharts({ view, unit, productLabel, reasonLabels }: TrendChartsProps) {
  const { t, locale } = useI18n();
  const categories = view.periods.map((p) => periodLabel(p, locale));
  const rows: (MonitorRow | undefined)[] = view.periods.map((p) => view.row(p.key, unit.code));
  const first = categories[0] ?? '';
  const last = categories[categories.length - 1] ?? '';
  const common = { categoryLabel: t('monitor.col.period'), categories };
  const lineSummary = (what: string, values: ChartValue[], fmt: (v: ChartValue) => string) =>
    t('monitor.chart.summary.line', {
      what,
      unit: unit.name,
      product: productLabel,
      first,
      last,
      values: values.map((v, i) => `${categories[i]} ${fmt(v)}`).join(', '),
    });
  const barSummary = (what: string) => t('monitor.chart.summary.bars', { what, unit: unit.name, product: productLabel, first, last });

  const inZorg: ChartSeries = {
    key: 'in_zorg',
    label: t('monitor.col.in_zorg'),
    color: colorAt(0),
    values: rows.map((r) => countValue(r?.in_zorg)),
  };
  const bezetting: ChartSeries = {
    key: 'gemiddelde_bezetting',
    label: t('monitor.col.gemiddelde_bezetting'),
    color: colorAt(2),
    values: rows.map((r) => r?.gemiddelde_bezetting ?? null),
  };
  const graad: ChartSeries = {
    key: 'bezettingsgraad',
    label: t('monitor.col.bezettingsgraad'),
    color: colorAt(3),
    values: rows.map((r) => (r?.bezettingsgraad === null || r?.bezettingsgraad === undefined ? null : r.bezettingsgraad * 100)),
  };
  const stroom: ChartSeries[] = [
    { key: 'instroom', label: t('monitor.col.instroom'), color: colorAt(0), values: rows.map((r) => countValue(r?.instroom)) },
    { key: 'uitstroom', label: t('monitor.col.uitstroom'), color: colorAt(1), values: rows.map((r) => countValue(r?.uitstroom)) },
  ];
  const redenen: ChartSeries[] = view.reasonCodes.map((code, i) => ({
    key: code,
    label: reasonLabels[code] ? `${code} ${reasonLabels[code]}` : code,
    color: colorAt(i),
    values: rows.map((r) => countValue(r?.redenen_einde[code])),
  }));
  const showMeasure = (v: ChartValue) => (typeof v === 'number' ? formatMeasure(v, 2) : '–');
  const showPercent = (v: ChartValue) => (typeof v === 'number' ? formatPercent(v / 100) : '–');

  return (
    <div className="rt-charts">
      <LineChart
        {...common}
        testId="chart-in-zorg"
        title={t('monitor.chart.in_zorg')}
        summary={lineSummary(t('monitor.col.in_zorg'), inZorg.values, showCount)}
        series={[inZorg]}
        formatValue={showCount}
      />
      <LineChart
        {...common}
        testId="chart-bezetting"
        title={t('monitor.chart.bezetting')}
        summary={lineSummary(t('monitor.col.gemiddelde_bezetting'), bezetting.values, showMeasure)}
        series={[bezetting]}
        formatValue={showMeasure}
        decimals={2}
      />
      {graad.values.some((v) => v !== null) && (
        <LineChart
          {...common}
          testId="chart-bezettingsgraad"
          title={t('monitor.chart.bezettingsgraad')}
          summary={lineSummary(t('monitor.col.bezettingsgraad'), graad.values, showPercent)}
          series={[graad]}
          formatValue={showPercent}
          valueSuffix="%"
        />
      )}
      <BarChart
        {...common}
        testId="chart-stroom"
        title={t('monitor.chart.stroom')}
        summary={barSummary(t('monitor.chart.stroom'))}
        series={stroom}
        formatValue={showCount}
      />
      {redenen.length > 0 && (
        <BarChart
          {...common}
          testId="chart-redenen"
          title={t('monitor.chart.redenen')}
          summary={barSummary(t('monitor.chart.redenen'))}
          series={redenen}
          formatValue={showCount}
          stacked
          hiddenNote={t('monitor.chart.hiddenNote')}
        />
      )}
    </div>
  );
}
