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
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import type { HistoryEntry } from '../api/get-node';
import { changedFields } from '../model/history';

const moment = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const ACTIONS: Record<string, MessageKey> = {
  create: 'history.action.create',
  update: 'history.action.update',
  delete: 'history.action.delete',
  move: 'history.action.move',
  import: 'history.action.import',
  renumber: 'history.action.renumber',
  'update-gap-analysis': 'history.action.gap',
};
const ENTITIES: Record<string, MessageKey> = {
  node: 'history.entity.node',
  effort: 'history.entity.effort',
  'gap-analysis': 'history.entity.gap',
  gap_analysis: 'history.entity.gap',
  link: 'history.entity.link',
  'node-link': 'history.entity.link',
};
/** Stored field names → the labels the forms use; deadline columns collapse into one. */
const FIELDS: Record<string, MessageKey> = {
  code: 'node.code',
  title: 'node.title',
  description: 'node.description',
  level: 'node.level',
  scope: 'node.scope',
  ownerOrganisationId: 'node.owner',
  trekkers: 'node.trekkers',
  municipalityIds: 'node.municipalities',
  deadlineGrain: 'node.due',
  deadlineWording: 'node.due',
  deadlineStart: 'node.due',
  deadlineEnd: 'node.due',
  doelstelling: 'node.objective',
  expectedResult: 'node.expectedResult',
  sections: 'node.sections',
  parentId: 'node.parent',
  position: 'history.field.position',
  text: 'node.efforts.effort',
  isNone: 'node.efforts.none',
  geen: 'node.efforts.none',
  goalIds: 'history.field.goals',
  currentPractices: 'node.gap.current',
  hiaat: 'node.gap.gap',
  voorstel: 'node.gap.proposal',
  gapAnalysis: 'node.gap',
  budget: 'node.gap.budget',
};

/** Who changed what and when, newest first (from the audit log). */
export function NodeHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useI18n();
  if (history.length === 0) return <Paragraph>{t('node.history.empty')}</Paragraph>;
  const rows = [...history].sort((a, b) => b.id - a.id);
  const label = (dict: Record<string, MessageKey>, raw: string) => {
    const key = dict[raw];
    return key ? t(key) : raw;
  };
  return (
    <Table>
      <TableCaption>{t('node.history.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('node.history.at')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('node.history.actor')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('node.history.action')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('node.history.fields')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((h) => (
          <TableRow key={h.id} data-testid="history-row">
            <TableCell>{moment.format(new Date(h.at))}</TableCell>
            <TableCell>{h.actorLabel}</TableCell>
            <TableCell>
              {label(ENTITIES, h.entityType)} {label(ACTIONS, h.action)}
            </TableCell>
            <TableCell>
              {h.before === null || h.before === undefined
                ? t('common.none')
                : [...new Set(changedFields(h.before, h.after).map((f) => label(FIELDS, f)))].join(', ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
