import { ChartFrame } from './chart-frame';
import { CategoryAxis, ValueAxis } from './chart-axes';
import { MARGIN, PLOT_HEIGHT, PLOT_WIDTH, niceScale, numeric, type ChartSeries, type ChartValue } from './chart-scale';

export interface LineChartProps {
  title: string;
  summary: string;
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  formatValue: (v: ChartValue) => string;
  decimals?: number;
  /** Printed after the axis values, e.g. "%". */
  valueSuffix?: string;
  testId?: string;
}

/** A trend over periods: one line per series; suppressed or missing values break the line. */
export function LineChart(props: LineChartProps) {
  const { categories, series } = props;
  const all = series.flatMap((s) => s.values.map(numeric)).filter((v): v is number => v !== null);
  const { max, step } = niceScale(Math.max(0, ...all));
  const x = (i: number) => MARGIN.left + (categories.length <= 1 ? PLOT_WIDTH / 2 : (i / (categories.length - 1)) * PLOT_WIDTH);
  const y = (v: number) => MARGIN.top + PLOT_HEIGHT - (v / max) * PLOT_HEIGHT;
  return (
    <ChartFrame {...props}>
      <ValueAxis max={max} step={step} decimals={step < 1 ? (props.decimals ?? 1) : 0} suffix={props.valueSuffix} />
      <CategoryAxis categories={categories} center={x} />
      {series.map((s) => {
        // Split into runs of consecutive shown values, so a hidden value is a visible gap.
        const runs: { i: number; v: number }[][] = [];
        let run: { i: number; v: number }[] = [];
        s.values.forEach((raw, i) => {
          const v = numeric(raw);
          if (v === null) {
            if (run.length) runs.push(run);
            run = [];
          } else run.push({ i, v });
        });
        if (run.length) runs.push(run);
        return (
          <g key={s.key}>
            {runs.map((r) => (
              <polyline
                key={r[0]?.i}
                points={r.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
                fill="none"
                stroke={s.color}
                strokeWidth={2.5}
              />
            ))}
            {runs.flat().map((p) => (
              <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={3.5} fill={s.color} />
            ))}
            {s.values.map((raw, i) =>
              typeof raw === 'string' ? (
                <text key={`m${i}`} x={x(i)} y={MARGIN.top + PLOT_HEIGHT - 6} textAnchor="middle" className="rt-chart__mark">
                  {raw}
                </text>
              ) : null,
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
