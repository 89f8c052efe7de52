import { ChartFrame } from './chart-frame';
import { CategoryAxis, ValueAxis } from './chart-axes';
import { MARGIN, PLOT_HEIGHT, PLOT_WIDTH, niceScale, numeric, type ChartSeries, type ChartValue } from './chart-scale';

export interface BarChartProps {
  title: string;
  summary: string;
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  formatValue: (v: ChartValue) => string;
  /** Stack the series in one bar per category (e.g. end reasons); otherwise side by side. */
  stacked?: boolean;
  testId?: string;
  /** Footnote for stacked charts: explains the * over a bar with suppressed parts. */
  hiddenNote?: string;
}

/** Vertical bars per category; a suppressed value is not drawn but its mark is printed at the base. */
export function BarChart(props: BarChartProps) {
  const { categories, series, stacked = false } = props;
  const totals = categories.map((_, i) =>
    stacked
      ? series.reduce((sum, s) => sum + (numeric(s.values[i]) ?? 0), 0)
      : Math.max(0, ...series.map((s) => numeric(s.values[i]) ?? 0)),
  );
  const { max, step } = niceScale(Math.max(0, ...totals));
  const band = PLOT_WIDTH / Math.max(1, categories.length);
  const barGroup = Math.min(band * 0.7, 48 * Math.max(1, stacked ? 1 : series.length));
  const center = (i: number) => MARGIN.left + band * i + band / 2;
  const h = (v: number) => (v / max) * PLOT_HEIGHT;
  const base = MARGIN.top + PLOT_HEIGHT;
  const anyHidden = series.some((s) => s.values.some((v) => typeof v === 'string'));
  return (
    <ChartFrame {...props} note={stacked && anyHidden ? props.hiddenNote : undefined}>
      <ValueAxis max={max} step={step} />
      {categories.map((c, i) => {
        const left = center(i) - barGroup / 2;
        if (stacked) {
          let top = base;
          const marks = series.filter((s) => typeof s.values[i] === 'string');
          return (
            <g key={c}>
              {series.map((s) => {
                const v = numeric(s.values[i]);
                if (!v) return null;
                top -= h(v);
                return <rect key={s.key} x={left} y={top} width={barGroup} height={h(v)} fill={s.color} className="rt-chart__bar" />;
              })}
              {marks.length > 0 && (
                <text x={center(i)} y={top - 4} textAnchor="middle" className="rt-chart__mark">
                  *
                </text>
              )}
            </g>
          );
        }
        const w = barGroup / Math.max(1, series.length);
        return (
          <g key={c}>
            {series.map((s, k) => {
              const raw = s.values[i];
              const v = numeric(raw);
              const x = left + k * w;
              if (v === null)
                return typeof raw === 'string' ? (
                  <text key={s.key} x={x + w / 2} y={base - 4} textAnchor="middle" className="rt-chart__mark">
                    {raw}
                  </text>
                ) : null;
              return <rect key={s.key} x={x + 1} y={base - h(v)} width={Math.max(1, w - 2)} height={h(v)} fill={s.color} />;
            })}
          </g>
        );
      })}
      <CategoryAxis categories={categories} center={center} />
    </ChartFrame>
  );
}
