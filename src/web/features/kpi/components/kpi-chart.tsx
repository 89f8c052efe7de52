import { CategoryAxis, ValueAxis } from '../../monitor';
import { ChartFrame } from '../../monitor';
import { MARGIN, PLOT_HEIGHT, PLOT_WIDTH, niceScale, type ChartSeries } from '../../monitor';

export interface KpiLine extends ChartSeries {
  /** A target line is dashed, so it differs from the figures by more than colour (WCAG 1.4.1). */
  dashed?: boolean;
}

interface KpiChartProps {
  title: string;
  summary: string;
  categories: string[];
  series: KpiLine[];
  formatValue: (v: ChartSeries['values'][number]) => string;
  categoryLabel: string;
  testId?: string;
  /** The same value axis for every chart of a set of small multiples, so they compare at a glance. */
  maxValue?: number;
}

/**
 * Actual against target over time, on the monitor's hand-drawn chart frame (title, description, legend
 * and the same figures as a table). Unknown figures are gaps, never zeros.
 */
export function KpiChart(props: KpiChartProps) {
  const { categories, series } = props;
  const all = series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');
  const { max, step } = niceScale(Math.max(0, props.maxValue ?? 0, ...all));
  const x = (i: number) => MARGIN.left + (categories.length <= 1 ? PLOT_WIDTH / 2 : (i / (categories.length - 1)) * PLOT_WIDTH);
  const y = (v: number) => MARGIN.top + PLOT_HEIGHT - (v / max) * PLOT_HEIGHT;
  return (
    <ChartFrame {...props}>
      <ValueAxis max={max} step={step} decimals={step < 1 ? 1 : 0} />
      <CategoryAxis categories={categories} center={x} />
      {series.map((s) => {
        const runs: { i: number; v: number }[][] = [];
        let run: { i: number; v: number }[] = [];
        s.values.forEach((v, i) => {
          if (typeof v !== 'number') {
            if (run.length) runs.push(run);
            run = [];
          } else run.push({ i, v });
        });
        if (run.length) runs.push(run);
        return (
          <g key={s.key} data-series={s.key}>
            {runs.map((r) => (
              <polyline
                key={r[0]?.i}
                points={r.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
                fill="none"
                stroke={s.color}
                strokeWidth={2.5}
                strokeDasharray={s.dashed ? '7 5' : undefined}
              />
            ))}
            {!s.dashed && runs.flat().map((p) => <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={3.5} fill={s.color} />)}
          </g>
        );
      })}
    </ChartFrame>
  );
}
