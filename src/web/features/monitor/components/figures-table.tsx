import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitorRow } from '../../../../domain/monitor/responses';
import { useI18n } from '../../../lib/i18n';
import { CountText } from './count-cell';
import { formatMeasure, formatPercent } from './figure-format';

const COUNT_COLUMNS = ['in_zorg', 'instroom', 'uitstroom'] as const;

/** Key figures for one period: one row per unit, the figures in the order of the issue. */
export function FiguresTable({ caption, rows, threshold }: { caption: string; rows: MonitorRow[]; threshold: number }) {
  const { t } = useI18n();
  return (
    <div className="rt-scroll" role="region" tabIndex={0} aria-label={caption}>
      <Table className="rt-figures">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('monitor.col.unit')}</TableHeaderCell>
            {COUNT_COLUMNS.map((c) => (
              <TableHeaderCell key={c} scope="col" className="rt-num">
                {t(`monitor.col.${c}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="rt-num">
              {t('monitor.col.zorgdagen')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="rt-num">
              {t('monitor.col.gemiddelde_bezetting')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="rt-num">
              {t('monitor.col.bezettingsgraad')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="rt-num">
              {t('monitor.col.doorlooptijd_mediaan')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="rt-num">
              {t('monitor.col.doorlooptijd_gemiddeld')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="rt-num">
              {t('monitor.col.pgb')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.unit_code} data-testid="monitor-row" data-unit={r.unit_code}>
              <TableHeaderCell scope="row">{r.unit_name}</TableHeaderCell>
              {COUNT_COLUMNS.map((c) => (
                <TableCell key={c} className="rt-num" data-figure={c}>
                  <CountText value={r[c]} threshold={threshold} />
                </TableCell>
              ))}
              <TableCell className="rt-num" data-figure="zorgdagen">
                {formatMeasure(r.zorgdagen, 0)}
              </TableCell>
              <TableCell className="rt-num" data-figure="gemiddelde_bezetting">
                {formatMeasure(r.gemiddelde_bezetting, 2)}
              </TableCell>
              <TableCell className="rt-num" data-figure="bezettingsgraad">
                {formatPercent(r.bezettingsgraad)}
              </TableCell>
              <TableCell className="rt-num" data-figure="doorlooptijd_mediaan">
                {formatMeasure(r.doorlooptijd_mediaan, 1)}
              </TableCell>
              <TableCell className="rt-num" data-figure="doorlooptijd_gemiddeld">
                {formatMeasure(r.doorlooptijd_gemiddeld, 1)}
              </TableCell>
              <TableCell className="rt-num" data-figure="pgb">
                <CountText value={r.pgb} threshold={threshold} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
