/** Shared geometry of the monitor's SVG charts (drawn by hand: no chart library needed). */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;
export const MARGIN = { top: 16, right: 40, bottom: 44, left: 64 };
export const PLOT_WIDTH = CHART_WIDTH - MARGIN.left - MARGIN.right;
export const PLOT_HEIGHT = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;

/** A value to plot: a number, nothing (null), or a suppression mark such as "<5" that is not drawn. */
export type ChartValue = number | null | string;

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  values: ChartValue[];
}

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11), in an order where neighbours
 * differ in hue and lightness so stacked segments stay apart.
 */
export const PALETTE = [
  '#1f4e79',
  '#b3471d',
  '#2e7d32',
  '#6a1b9a',
  '#00695c',
  '#ad1457',
  '#5d4037',
  '#283593',
  '#7a6a00',
  '#c62828',
  '#37474f',
  '#4a148c',
];

export const colorAt = (i: number): string => PALETTE[i % PALETTE.length] ?? '#1f4e79';

export const numeric = (v: ChartValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** A round axis maximum and its tick step (1, 2 or 5 × 10^k), so gridlines fall on readable numbers. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / ticks;
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return { max: Math.ceil(max / step) * step, step };
}

/** Show every n-th category label so they do not overlap. */
export const labelEvery = (count: number, room = 12): number => Math.max(1, Math.ceil(count / room));
