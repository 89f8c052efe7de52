import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import { CHART_HEIGHT, CHART_WIDTH, type ChartSeries } from './chart-scale';

export interface ChartFrameProps {
  title: string;
  /** A sentence that says what the chart shows (the SVG's desc, also read by screen readers). */
  summary: string;
  categories: string[];
  series: ChartSeries[];
  /** Header of the first column of the data table (e.g. "Periode"). */
  categoryLabel: string;
  formatValue: (v: ChartSeries['values'][number]) => string;
  children: ReactNode;
  testId?: string;
  /** Height of the drawing in SVG units (horizontal bar charts grow with their number of rows). */
  height?: number;
  /** A visible footnote under the chart (e.g. what is not drawn). */
  note?: string;
}

/**
 * One chart: an SVG with title and description for assistive technology, a legend in text, and the
 * same figures as a table (WCAG 1.1.1: a text alternative that carries all the data).
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, summary, categories, series, categoryLabel, formatValue, children, testId, height = CHART_HEIGHT, note } = props;
  const { t } = useI18n();
  const id = useId();
  return (
    <figure className="rt-chart" data-testid={testId} aria-labelledby={`${id}-h`}>
      <Heading3 id={`${id}-h`}>{title}</Heading3>
      {/* On a narrow screen the drawing keeps a readable size and scrolls sideways; the table below has the same figures. */}
      <div className="rt-chart__scroll" tabIndex={0}>
        <svg
          className="rt-chart__svg"
          viewBox={`0 0 ${CHART_WIDTH} ${height}`}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{summary}</desc>
          {children}
        </svg>
      </div>
      {series.length > 1 && (
        <ul className="rt-chart__legend" aria-label={t('monitor.chart.legend')}>
          {series.map((s) => (
            <li key={s.key}>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={s.color} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {note && <Paragraph className="rt-chart__note">{note}</Paragraph>}
      <details className="rt-chart__data">
        <summary>{t('monitor.chart.showTable')}</summary>
        <div className="rt-scroll" role="region" tabIndex={0} aria-label={t('monitor.chart.tableOf', { title })}>
          <Table>
            <TableCaption>{title}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{categoryLabel}</TableHeaderCell>
                {series.map((s) => (
                  <TableHeaderCell key={s.key} scope="col">
                    {s.label}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {categories.map((c, i) => (
                <TableRow key={c}>
                  <TableHeaderCell scope="row">{c}</TableHeaderCell>
                  {series.map((s) => (
                    <TableCell key={s.key} className="rt-num">
                      {formatValue(s.values[i] ?? null)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
