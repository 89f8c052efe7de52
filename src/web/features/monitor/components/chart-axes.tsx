import { formatNumber } from './figure-format';
import { CHART_HEIGHT, MARGIN, PLOT_HEIGHT, PLOT_WIDTH, labelEvery } from './chart-scale';

/** Horizontal gridlines with value labels on the left. */
export function ValueAxis({ max, step, decimals = 0, suffix = '' }: { max: number; step: number; decimals?: number; suffix?: string }) {
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 1000; v += step) ticks.push(v);
  return (
    <g className="rt-chart__axis" aria-hidden="true">
      {ticks.map((v) => {
        const y = MARGIN.top + PLOT_HEIGHT - (v / max) * PLOT_HEIGHT;
        return (
          <g key={v}>
            <line x1={MARGIN.left} x2={MARGIN.left + PLOT_WIDTH} y1={y} y2={y} className="rt-chart__grid" />
            <text x={MARGIN.left - 8} y={y + 4} textAnchor="end">
              {formatNumber(v, decimals)}
              {suffix}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Category labels under the plot, centred on each band; thinned out when there are many. */
export function CategoryAxis({ categories, center }: { categories: string[]; center: (i: number) => number }) {
  // About 7 SVG units per character at 12px: leave room so neighbouring labels never touch.
  const widest = Math.max(1, ...categories.map((c) => c.length));
  const every = labelEvery(categories.length, Math.max(1, Math.floor(PLOT_WIDTH / (widest * 7 + 12))));
  return (
    <g className="rt-chart__axis" aria-hidden="true">
      <line
        x1={MARGIN.left}
        x2={MARGIN.left + PLOT_WIDTH}
        y1={MARGIN.top + PLOT_HEIGHT}
        y2={MARGIN.top + PLOT_HEIGHT}
        className="rt-chart__baseline"
      />
      {categories.map((c, i) =>
        i % every === 0 ? (
          <text key={c} x={center(i)} y={CHART_HEIGHT - MARGIN.bottom + 20} textAnchor="middle">
            {c}
          </text>
        ) : null,
      )}
    </g>
  );
}
