import { ChartFrame } from './chart-frame';
import { formatNumber } from './figure-format';
import { CHART_WIDTH, niceScale, numeric, type ChartSeries, type ChartValue } from './chart-scale';

export interface UnitBarChartProps {
  title: string;
  summary: string;
  categoryLabel: string;
  /** Unit names, one bar each, in the order given. */
  categories: string[];
  series: ChartSeries;
  formatValue: (v: ChartValue) => string;
  testId?: string;
}

const ROW = 26;
const LABEL = 190;
const TOP = 8;

/** Units side by side: one horizontal bar per municipality (or provider, region) with its value at the end. */
export function UnitBarChart(props: UnitBarChartProps) {
  const { categories, series } = props;
  const values = series.values.map(numeric);
  const { max } = niceScale(Math.max(0, ...values.map((v) => v ?? 0)));
  const plot = CHART_WIDTH - LABEL - 70;
  const height = TOP * 2 + ROW * Math.max(1, categories.length);
  return (
    <ChartFrame {...props} series={[series]} height={height}>
      <g className="rt-chart__axis" aria-hidden="true">
        {categories.map((c, i) => {
          const y = TOP + ROW * i;
          const v = values[i] ?? null;
          const raw = series.values[i];
          const w = v === null ? 0 : (v / max) * plot;
          return (
            <g key={c}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end">
                {c.length > 26 ? `${c.slice(0, 25)}…` : c}
              </text>
              {v !== null && <rect x={LABEL} y={y + 4} width={Math.max(1, w)} height={ROW - 8} fill={series.color} />}
              <text x={LABEL + w + 6} y={y + ROW / 2 + 4} className={v === null ? 'rt-chart__mark' : undefined}>
                {v === null ? String(raw ?? '–') : formatNumber(v)}
              </text>
            </g>
          );
        })}
        <line x1={LABEL} x2={LABEL} y1={TOP} y2={height - TOP} className="rt-chart__baseline" />
      </g>
    </ChartFrame>
  );
}
