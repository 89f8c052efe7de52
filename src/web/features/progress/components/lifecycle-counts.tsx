import {
  Heading2,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { LIFECYCLE_STATUSES } from '../../../../domain/progress/lifecycle';
import { useI18n } from '../../../lib/i18n';
import type { Dashboard } from '../api/types';
import { lifecycleKey } from './lifecycle-section';
import { TableScroll } from './table-scroll';

/** Beside the traffic lights: how many nodes per level are in preparation, running, paused, stopped, finished. */
export function LifecycleCounts({ levels }: { levels: Dashboard['levels'] }) {
  const { t } = useI18n();
  if (levels.every((l) => Object.keys(l.lifecycle).every((k) => k === 'onbekend'))) return null;
  return (
    <>
      <Heading2>{t('entry.lifecycle.dashboardTitle')}</Heading2>
      <TableScroll label={t('entry.lifecycle.dashboardCaption')}>
        <Table>
          <TableCaption>{t('entry.lifecycle.dashboardCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('progress.dashboard.level')}</TableHeaderCell>
              {LIFECYCLE_STATUSES.map((s) => (
                <TableHeaderCell scope="col" key={s}>
                  {t(lifecycleKey(s))}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('entry.lifecycle.unknown')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {levels.map((l) => (
              <TableRow key={l.depth} data-testid="lifecycle-row">
                <TableHeaderCell scope="row">{l.label}</TableHeaderCell>
                {LIFECYCLE_STATUSES.map((s) => (
                  <TableCell key={s} data-lifecycle={s}>
                    {l.lifecycle[s] ?? 0}
                  </TableCell>
                ))}
                <TableCell>{l.lifecycle.onbekend ?? 0}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}
