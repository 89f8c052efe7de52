import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmAction } from '../../../components/confirm-dialog';
import { useI18n } from '../../../lib/i18n';
import { conflictCurrent } from '../api/conflict';
import { deleteEffort } from '../api/delete-effort';
import type { NodeDetail } from '../api/get-node';
import { updateEffort } from '../api/save-effort';
import { partnerLabel, type Effort, type Programme, type TreeNodeData } from '../api/types';
import { nodeName } from '../model/tree';

interface Props {
  programme: Programme;
  node: NodeDetail;
  effort: Effort;
  goals: Map<string, TreeNodeData>;
  onClose(): void;
  onDone(message: string): void;
  /** Someone changed the effort meanwhile: reload the page behind the dialog. */
  onStale(): void;
}

/**
 * Withdraw a partner's commitment. An effort that also serves other goals can instead be taken
 * off this node only; the dialog says which goals would lose it.
 */
export function DeleteEffortDialog({ programme, node, effort: initial, goals, onClose, onDone, onStale }: Props) {
  const { t } = useI18n();
  // After a 409 the dialog shows (and acts on) the effort as it is now.
  const [effort, setEffort] = useState(initial);
  const partner = partnerLabel(effort.partner);
  const others = effort.goalIds
    .filter((id) => id !== node.id)
    .map((id) => goals.get(id))
    .filter((g): g is TreeNodeData => g !== undefined);

  const guarded = (run: () => Promise<void>) => async () => {
    try {
      await run();
    } catch (err) {
      const latest = conflictCurrent(err) as Effort | null;
      if (!latest) throw err;
      setEffort(latest);
      onStale();
      throw new Error(t('deleteEffort.stale'), { cause: err });
    }
  };
  const removeAll: ConfirmAction = {
    label: others.length > 0 ? t('deleteEffort.everywhere') : t('deleteEffort.confirm'),
    danger: true,
    run: guarded(async () => {
      await deleteEffort(programme.slug, effort.id, effort.version);
      onDone(t('deleteEffort.done', { partner }));
    }),
  };
  const detach: ConfirmAction = {
    label: t('deleteEffort.detach'),
    run: guarded(async () => {
      await updateEffort(programme.slug, effort.id, effort.version, {
        partner:
          effort.partner.type === 'organisation' ? { organisationId: effort.partner.organisation.id } : { group: effort.partner.group },
        goalIds: effort.goalIds.filter((id) => id !== node.id),
        text: effort.text,
        geen: effort.geen,
      });
      onDone(t('deleteEffort.detached', { partner }));
    }),
  };

  return (
    <ConfirmDialog
      title={t('deleteEffort.title', { partner })}
      onClose={onClose}
      actions={others.length > 0 ? [detach, removeAll] : [removeAll]}
    >
      <Paragraph>
        {effort.geen ? t('deleteEffort.textNone', { partner }) : t('deleteEffort.text', { partner, text: effort.text ?? '' })}
      </Paragraph>
      {others.length > 0 && <Paragraph>{t('deleteEffort.others', { goals: others.map(nodeName).join(', ') })}</Paragraph>}
    </ConfirmDialog>
  );
}
