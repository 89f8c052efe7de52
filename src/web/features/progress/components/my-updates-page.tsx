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
import { useParams } from 'react-router-dom';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useMyUpdates } from '../api/list-my-updates';
import { TableScroll } from './table-scroll';
import { ProgressHeader, progressPath } from './progress-nav';
import { NodeRef } from './node-ref';

/** "Mijn updates": what is due, what is overdue and what is already in, per node and period. */
export function MyUpdatesPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const mine = useMyUpdates(programmeId);
  return (
    <>
      <ProgressHeader programme={programmeId} title={t('progress.mine.title')} />
      <LoadState value={mine}>
        {(m) => (
          <>
            <Paragraph>{t('progress.mine.intro', { today: formatDate(m.today) })}</Paragraph>
            {m.items.length === 0 ? (
              <Paragraph>{t('progress.mine.empty')}</Paragraph>
            ) : (
              <TableScroll label={t('progress.mine.caption')}>
                <Table>
                  <TableCaption>{t('progress.mine.caption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('progress.dashboard.item')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('progress.dashboard.period')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('progress.periods.due')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('progress.periods.state')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {m.items.map((i) => (
                      <TableRow key={`${i.nodeId}-${i.periodId}`}>
                        <TableCell>
                          <NodeRef path={i.path} code={i.code} title={i.title} to={progressPath(programmeId, `/elementen/${i.nodeId}`)} />
                        </TableCell>
                        <TableCell>{i.periodLabel}</TableCell>
                        <TableCell>{formatDate(i.dueDate)}</TableCell>
                        <TableCell>
                          <span className={`rt-duty rt-duty--${i.state}`}>{t(`progress.mine.state.${i.state}`)}</span>
                          {i.state === 'te-laat' && ` (${t('progress.dashboard.daysLate', { days: i.daysOverdue })})`}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
          </>
        )}
      </LoadState>
    </>
  );
}
