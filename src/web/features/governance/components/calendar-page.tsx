import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useParams, useSearchParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { TableScroll } from '../../../components/table-scroll';
import { useCalendar } from '../api/get-calendar';
import { bodyPath, calendarPath, meetingPath } from '../api/types';
import { GovernanceHeader } from './governance-nav';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** The meeting calendar of a year: bodies × months with the real dates, and where they differ from the frequency. */
export function CalendarPage() {
  const { programmeId = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const asked = Number(search.get('jaar'));
  const year = Number.isInteger(asked) && asked >= 1990 && asked <= 2100 ? asked : new Date().getFullYear();
  const calendar = useCalendar(programmeId, year);
  return (
    <>
      <GovernanceHeader programme={programmeId} title={t('governance.calendar.title', { year })} />
      <Paragraph>{t('governance.calendar.intro')}</Paragraph>
      <nav aria-label={t('governance.nav.calendar')}>
        <Paragraph>
          <AppLink to={calendarPath(programmeId, year - 1)}>{t('governance.calendar.previous', { year: year - 1 })}</AppLink> ·{' '}
          <AppLink to={calendarPath(programmeId, year + 1)}>{t('governance.calendar.next', { year: year + 1 })}</AppLink>
        </Paragraph>
      </nav>
      <LoadState value={calendar}>
        {(c) =>
          c.rows.length === 0 ? (
            <Paragraph>{t('governance.bodies.empty')}</Paragraph>
          ) : (
            <TableScroll label={t('governance.calendar.caption', { year })}>
              <Table className="rt-calendar">
                <TableCaption>{t('governance.calendar.caption', { year })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('governance.col.body')}</TableHeaderCell>
                    {MONTHS.map((mo) => (
                      <TableHeaderCell scope="col" key={mo}>
                        {t(`governance.month.${mo}` as MessageKey)}
                      </TableHeaderCell>
                    ))}
                    <TableHeaderCell scope="col">{t('governance.calendar.count')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('governance.calendar.differences')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {c.rows.map((r) => (
                    <TableRow key={r.bodyId} data-testid="calendar-row">
                      <TableHeaderCell scope="row">
                        <AppLink to={bodyPath(programmeId, r.bodyId)}>{r.bodyName}</AppLink>
                        <div className="rt-muted">{r.frequencyText ?? ''}</div>
                      </TableHeaderCell>
                      {r.months.map((mo) => (
                        <TableCell key={mo.month}>
                          {mo.meetings.map((m) => (
                            <div key={m.id}>
                              <AppLink to={meetingPath(programmeId, m.id)}>{formatDate(m.date).slice(0, 5)}</AppLink>
                            </div>
                          ))}
                        </TableCell>
                      ))}
                      <TableCell>{r.count}</TableCell>
                      <TableCell>
                        {r.deviations.length > 0 ? (
                          <ul className="rt-plain-list">
                            {r.deviations.map((d) => (
                              <li key={d.message} className="rt-deviation">
                                {d.message}
                              </li>
                            ))}
                          </ul>
                        ) : r.nominal ? (
                          t('governance.calendar.noDifference')
                        ) : (
                          <span className="rt-muted">{t('governance.calendar.noNominal')}</span>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )
        }
      </LoadState>
    </>
  );
}
