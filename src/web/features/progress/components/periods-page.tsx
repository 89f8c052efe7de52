import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { TextField } from '../../../components/text-field';
import { parseDateInput } from '../../../../domain/shared/date-input';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { createPeriods, type CreatePeriodsInput } from '../api/create-periods';
import { useProgrammeId } from '../api/get-programme-id';
import { useKeepPrevious } from '../api/keep-previous';
import { usePeriods } from '../api/list-periods';
import { lockPeriod } from '../api/lock-period';
import type { Period } from '../api/types';
import { TableScroll } from './table-scroll';
import { ProgressHeader, progressPath } from './progress-nav';

/** Reporting periods: add quarters or board-meeting periods, lock a period (frozen snapshot). */
export function PeriodsPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const periods = useKeepPrevious(usePeriods(programmeId, revision));
  const id = useProgrammeId(programmeId);
  // Adding and locking periods is for the programme's beheerders; others see the list.
  const manage = useProgrammeRights(id.state === 'ready' ? id.data : null).may('beheerder');
  const [notice, setNotice] = useState<string | null>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [dueDays, setDueDays] = useState('10');
  const [dates, setDates] = useState('');
  const [firstStart, setFirstStart] = useState('');
  const [dueBefore, setDueBefore] = useState('14');

  const run = async (work: () => Promise<string>) => {
    setMessage(undefined);
    setNotice(null);
    try {
      setNotice(await work());
      setRevision((r) => r + 1);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const add = (body: CreatePeriodsInput) =>
    run(async () => t('progress.periods.added', { count: (await createPeriods(programmeId, body)).ids.length }));
  const lock = (p: Period) => {
    if (!window.confirm(t('progress.periods.lockConfirm', { label: p.label }))) return;
    void run(async () => t('progress.periods.lockedNow', { label: p.label, count: (await lockPeriod(programmeId, p.id)).nodes }));
  };

  return (
    <>
      <ProgressHeader programme={programmeId} title={t('progress.periods.title')} />
      <Paragraph>{t('progress.periods.intro')}</Paragraph>
      <FormErrorSummary title={t('progress.periods.errorTitle')} errors={{}} message={message} />
      {notice && (
        <Paragraph role="status" className="rt-saved">
          {notice}
        </Paragraph>
      )}
      <LoadState value={periods}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('progress.periods.empty')}</Paragraph>
          ) : (
            <TableScroll label={t('progress.periods.caption')}>
              <Table>
                <TableCaption>{t('progress.periods.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('progress.periods.period')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('progress.periods.dates')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('progress.periods.due')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('progress.periods.state')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((p) => (
                    <TableRow key={p.id} data-testid="period-row">
                      <TableHeaderCell scope="row">{p.label}</TableHeaderCell>
                      <TableCell>
                        {formatDate(p.startDate)} – {formatDate(p.endDate)}
                      </TableCell>
                      <TableCell>{formatDate(p.dueDate)}</TableCell>
                      <TableCell>
                        {p.lockedAt ? (
                          <>
                            {t('progress.periods.locked', { date: formatDate(p.lockedAt), by: p.lockedBy ?? '' })}{' '}
                            <AppLink to={progressPath(programmeId, `?periode=${p.id}`)}>{t('progress.periods.showSnapshot')}</AppLink>
                          </>
                        ) : (
                          <>
                            {t('progress.periods.open')}{' '}
                            {manage && (
                              <Button type="button" appearance="secondary-action-button" onClick={() => lock(p)}>
                                {t('progress.periods.lock', { label: p.label })}
                              </Button>
                            )}
                          </>
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

      {manage && (
        <>
          <Heading2>{t('progress.periods.addQuarters')}</Heading2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void add({ quarters: { year: Number(year), dueDaysAfterEnd: Number(dueDays) } });
            }}
          >
            <TextField label={t('progress.periods.year')} name="year" value={year} onValue={setYear} />
            <TextField label={t('progress.periods.dueDays')} name="dueDays" value={dueDays} onValue={setDueDays} />
            <Button type="submit" appearance="secondary-action-button">
              {t('progress.periods.addQuartersSubmit')}
            </Button>
          </form>

          <Heading2>{t('progress.periods.addBoard')}</Heading2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const list = dates.split(/[\s,;]+/).filter(Boolean);
              const isoDates = list.map((d) => parseDateInput(d));
              const start = parseDateInput(firstStart);
              const wrong = [...list.filter((_, i) => isoDates[i] === null), ...(start ? [] : [firstStart.trim() || '—'])];
              if (wrong.length > 0 || list.length === 0) {
                setNotice(null);
                setMessage(t('entry.date.invalidList', { values: wrong.join(', ') || '—' }));
                return;
              }
              void add({
                boardMeetings: {
                  dates: isoDates.filter((d): d is string => d !== null),
                  firstStart: start ?? '',
                  dueDaysBefore: Number(dueBefore),
                },
              });
            }}
          >
            <TextField
              label={t('progress.periods.boardDates')}
              description={t('entry.date.listHint')}
              name="boardDates"
              value={dates}
              onValue={setDates}
            />
            <TextField
              label={t('progress.periods.firstStart')}
              description={t('entry.date.hint')}
              name="firstStart"
              value={firstStart}
              onValue={setFirstStart}
            />
            <TextField label={t('progress.periods.dueBefore')} name="dueBefore" value={dueBefore} onValue={setDueBefore} />
            <Button type="submit" appearance="secondary-action-button">
              {t('progress.periods.addBoardSubmit')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
