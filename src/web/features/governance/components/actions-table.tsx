import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { TableScroll } from '../../../components/table-scroll';
import type { ActionItem } from '../api/types';

/** Action items with owner, deadline and status; `control` renders the status editor where allowed. */
export function ActionsTable({
  items,
  caption,
  showOrigin,
  control,
}: {
  items: ActionItem[];
  caption: string;
  showOrigin?: boolean;
  control?: (a: ActionItem) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('governance.actions.text')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('governance.actions.owner')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('governance.actions.deadline')}</TableHeaderCell>
            {showOrigin && <TableHeaderCell scope="col">{t('governance.actions.from')}</TableHeaderCell>}
            <TableHeaderCell scope="col">{t('governance.actions.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id} data-testid="action-row">
              <TableHeaderCell scope="row">{a.text}</TableHeaderCell>
              <TableCell>
                {[a.ownerPerson?.name, a.ownerOrganisation?.name].filter(Boolean).join(', ') || t('governance.actions.noOwner')}
              </TableCell>
              <TableCell>
                {formatDate(a.deadline) || '—'}
                {a.overdue && <span className="rt-duty--te-laat"> ({t('governance.actions.overdue')})</span>}
              </TableCell>
              {showOrigin && <TableCell>{formatDate(a.meetingDate)}</TableCell>}
              <TableCell>
                {control ? control(a) : t(`governance.actionStatus.${a.status}`)}
                {a.doneDate && ` (${formatDate(a.doneDate)})`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
