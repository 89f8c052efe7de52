/** The monitor feature's public entry: the accessible SVG chart parts other features (KPIs) draw with. */
export { CategoryAxis, ValueAxis } from './components/chart-axes';
export { ChartFrame, type ChartFrameProps } from './components/chart-frame';
export { MARGIN, PLOT_HEIGHT, PLOT_WIDTH, colorAt, niceScale, type ChartSeries } from './components/chart-scale';
