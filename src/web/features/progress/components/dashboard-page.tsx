import {
  Alert,
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
import { useParams, useSearchParams } from 'react-router-dom';
import { LifecycleCounts } from './lifecycle-counts';
import { lifecycleKey } from './lifecycle-section';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { useProgrammeRights } from '../../auth';
import { useDashboard } from '../api/get-dashboard';
import { firstShown } from '../model/first-shown';
import { useKeepPrevious } from '../api/keep-previous';
import { usePeriods } from '../api/list-periods';
import { STATUSES } from '../api/types';
import { PeriodPicker, usePeriodParam } from './period-picker';
import { ChecksSection } from './checks-section';
import { NodeRef } from './node-ref';
import { TableScroll } from './table-scroll';
import { ProgressHeader, progressPath } from './progress-nav';
import { DemoLabel, MilestoneMark, StatusBadge } from './status-badge';

/** A 2,000-node programme can have a thousand overdue milestones: each list shows its first ones, `?alles=1` all. */
const SHOWN = 25;

/** Traffic-light dashboard: counts per status per level, worst first, overdue milestones, missing updates. */
export function DashboardPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const periodId = usePeriodParam();
  const [revision, setRevision] = useState(0);
  const dashboard = useKeepPrevious(useDashboard(programmeId, periodId, revision));
  const periods = usePeriods(programmeId);
  const [search] = useSearchParams();
  const showAll = search.get('alles') === '1';
  const allHref = `?${new URLSearchParams([...search.entries(), ['alles', '1']]).toString()}`;
  const limit = showAll ? undefined : SHOWN;
  const first = <T,>(items: T[]) => firstShown(items, limit).shown;
  const more = (items: unknown[], key: MessageKey) => {
    const { rest } = firstShown(items, limit);
    return (
      rest > 0 && (
        <Paragraph>
          <AppLink to={allHref}>{t(key, { count: items.length, rest })}</AppLink>
        </Paragraph>
      )
    );
  };
  const rights = useProgrammeRights(dashboard.state === 'ready' ? dashboard.data.programmeId : null);
  return (
    <LoadState value={dashboard}>
      {(d) => (
        <>
          <ProgressHeader programme={programmeId} programmeTitle={d.programmeTitle} title={t('progress.nav.dashboard')} />
          <LoadState value={periods}>{({ items }) => <PeriodPicker periods={items} />}</LoadState>
          {d.period && (
            <Alert type="info">
              <Paragraph>{t('progress.period.frozen', { label: d.period.label })}</Paragraph>
            </Alert>
          )}
          {d.hasDemo && (
            <Paragraph className="rt-demo-notice" data-testid="demo-notice">
              <DemoLabel /> {t('reading.demo.notice')}
            </Paragraph>
          )}
          <ChecksSection
            programme={programmeId}
            checks={d.checks}
            mayIgnore={d.period === null && rights.may('beheerder')}
            showNode
            onChanged={() => setRevision((r) => r + 1)}
            limit={limit}
            moreHref={allHref}
          />
          <Heading2>{t('progress.dashboard.counts')}</Heading2>
          <TableScroll label={t('progress.dashboard.counts')}>
            <Table>
              <TableCaption>{d.period ? t('progress.period.asOf', { label: d.period.label }) : t('progress.period.current')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('progress.dashboard.level')}</TableHeaderCell>
                  {STATUSES.map((s) => (
                    <TableHeaderCell scope="col" key={s}>
                      <StatusBadge status={s} short />
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col">{t('progress.status.none')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('progress.dashboard.total')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {d.levels.map((l) => (
                  <TableRow key={l.depth} data-testid="level-row">
                    <TableHeaderCell scope="row">{l.label}</TableHeaderCell>
                    {STATUSES.map((s) => (
                      <TableCell key={s} data-status={s}>
                        {l.counts[s] ?? 0}
                      </TableCell>
                    ))}
                    <TableCell>{l.counts['geen-update'] ?? 0}</TableCell>
                    <TableCell>{l.total}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>

          <LifecycleCounts levels={d.levels} />

          <Heading2>{t('progress.dashboard.worst')}</Heading2>
          <Table>
            <TableCaption>{t('progress.dashboard.worstCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('progress.dashboard.item')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('progress.dashboard.level')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('progress.dashboard.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('entry.lifecycle.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('progress.dashboard.percent')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {first(d.worst).map((n) => (
                <TableRow key={n.nodeId} data-testid="worst-row">
                  <TableCell>
                    <NodeRef path={n.path} code={n.code} title={n.title} to={progressPath(programmeId, `/elementen/${n.nodeId}`)} />
                  </TableCell>
                  <TableCell>{d.levelLabels[n.level] ?? n.level + 1}</TableCell>
                  <TableCell>
                    <StatusBadge status={n.status} suffix={n.overridden ? t('progress.source.override') : undefined} />{' '}
                    {n.isDemo && <DemoLabel />}
                    {n.corrected && ` · ${t('entry.correction.corrected')}`}
                  </TableCell>
                  <TableCell data-testid="worst-lifecycle">{n.lifecycle ? t(lifecycleKey(n.lifecycle)) : ''}</TableCell>
                  <TableCell>{n.percent === null ? '' : t('progress.percent', { percent: n.percent })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {more(d.worst, 'reading.more')}

          <Heading2>{t('progress.dashboard.overdueMilestones')}</Heading2>
          {d.overdueMilestones.length === 0 ? (
            <Paragraph>{t('progress.dashboard.noOverdueMilestones')}</Paragraph>
          ) : (
            <ul className="rt-plain-list">
              {first(d.overdueMilestones).map((m) => (
                <li key={m.milestoneId}>
                  <MilestoneMark state={m.state} /> {m.title} ({m.dueLabel}) —{' '}
                  <NodeRef path={m.path} code={m.nodeCode} title={m.nodeTitle} to={progressPath(programmeId, `/elementen/${m.nodeId}`)} />{' '}
                  {m.isDemo && <DemoLabel />}
                </li>
              ))}
            </ul>
          )}
          {more(d.overdueMilestones, 'progress.dashboard.moreMilestones')}

          <Heading2>{t('progress.dashboard.missing')}</Heading2>
          {d.missingUpdates.length === 0 ? (
            <Paragraph>{t('progress.dashboard.noMissing')}</Paragraph>
          ) : (
            <ul className="rt-plain-list">
              {first(d.missingUpdates).map((m) => (
                <li key={`${m.nodeId}-${m.periodLabel}`}>
                  <NodeRef path={m.path} code={m.nodeCode} title={m.nodeTitle} to={progressPath(programmeId, `/elementen/${m.nodeId}`)} /> —{' '}
                  {m.periodLabel}, {t('progress.dashboard.due', { date: formatDate(m.dueDate) })}:{' '}
                  {t('progress.dashboard.daysLate', { days: m.daysOverdue })}
                </li>
              ))}
            </ul>
          )}
          {more(d.missingUpdates, 'progress.dashboard.moreMissing')}
        </>
      )}
    </LoadState>
  );
}
