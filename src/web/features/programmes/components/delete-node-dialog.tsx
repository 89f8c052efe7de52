import { Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { flashState } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { conflictCurrent } from '../api/conflict';
import { deleteNode } from '../api/delete-node';
import type { NodeDetail } from '../api/get-node';
import { useEfforts } from '../api/list-efforts';
import { partnerLabel, type Effort, type Programme, type TreeNodeData } from '../api/types';
import { deletionImpact } from '../model/deletion';
import { levelLabel, nodeName } from '../model/tree';

/** Lists longer than this are cut short with "en nog N"; the counts stay exact. */
const SHOW = 8;

/**
 * "Verwijderen" with a confirmation that says what goes with the node (its subtree, efforts that
 * served only those nodes, gap analyses, links, progress) and, afterwards, where the user is.
 */
export function DeleteNodeDialog({
  programme: p,
  node,
  nodes,
  onClose,
  onChanged,
}: {
  programme: Programme;
  node: NodeDetail;
  nodes: TreeNodeData[];
  onClose(): void;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const counted = (count: number, one: MessageKey, other: MessageKey) => t(count === 1 ? one : other, { count });
  // Efforts of the whole programme: the subtree's efforts decide what else is deleted.
  const efforts = useKeptWhileLoading(useEfforts(p.slug, node.version));
  const [version, setVersion] = useState(node.version);
  const impact = efforts.state === 'ready' ? deletionImpact(nodes, efforts.data.items, node.id) : null;
  const parent = nodes.find((n) => n.id === node.parentId);

  async function remove() {
    if (!impact) return;
    try {
      await deleteNode(p.slug, node.id, version);
    } catch (err) {
      const latest = conflictCurrent(err) as NodeDetail | null;
      if (!latest) throw err;
      setVersion(latest.version);
      onChanged();
      throw new Error(t('deleteNode.stale'), { cause: err });
    }
    const along = [
      impact.descendants.length > 0 ? counted(impact.descendants.length, 'count.children.one', 'count.children.other') : '',
      impact.effortsRemoved.length > 0 ? counted(impact.effortsRemoved.length, 'count.efforts.one', 'count.efforts.other') : '',
    ].filter(Boolean);
    const result =
      along.length > 0
        ? t('deleteNode.doneWith', { title: nodeName(node), along: along.join(` ${t('common.and')} `) })
        : t('deleteNode.done', { title: nodeName(node) });
    // Reload too: on the parent's page (the same page component) the tree must lose the deleted nodes.
    onChanged();
    onClose();
    void navigate(parent ? `/programmas/${p.slug}/elementen/${parent.id}` : `/programmas/${p.slug}`, { state: flashState(result) });
  }

  return (
    <ConfirmDialog
      title={t('deleteNode.title', { title: nodeName(node) })}
      onClose={onClose}
      actions={impact ? [{ label: t('deleteNode.confirm'), danger: true, run: remove }] : []}
    >
      <LoadState value={efforts}>
        {() =>
          impact && (
            <>
              <Paragraph>
                {impact.descendants.length === 0
                  ? t('deleteNode.noChildren')
                  : t('deleteNode.children', { count: impact.descendants.length })}
              </Paragraph>
              <ShortList
                items={impact.descendants.map((n) => `${n.levelLabel ?? levelLabel(p.levelLabels, n.level)} ${nodeName(n)}`)}
                testId="delete-children"
              />
              {impact.effortsRemoved.length > 0 && (
                <>
                  <Paragraph>{t('deleteNode.effortsRemoved', { count: impact.effortsRemoved.length })}</Paragraph>
                  <ShortList items={impact.effortsRemoved.map((e) => effortLine(e, t('node.efforts.none')))} testId="delete-efforts" />
                </>
              )}
              {impact.effortsKept.length > 0 && <Paragraph>{t('deleteNode.effortsKept', { count: impact.effortsKept.length })}</Paragraph>}
              <Paragraph>{t('deleteNode.alsoGone')}</Paragraph>
              <Paragraph>
                <strong>{t('deleteNode.final')}</strong>
              </Paragraph>
            </>
          )
        }
      </LoadState>
    </ConfirmDialog>
  );
}

function effortLine(e: Effort, none: string): string {
  return `${partnerLabel(e.partner)}: ${e.geen ? none : (e.text ?? '')}`;
}

function ShortList({ items, testId }: { items: string[]; testId: string }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  return (
    <UnorderedList data-testid={testId}>
      {(all ? items : items.slice(0, SHOW)).map((text, i) => (
        <UnorderedListItem key={i}>{text}</UnorderedListItem>
      ))}
      {items.length > SHOW && !all && (
        <UnorderedListItem>
          {/* "and N more" opens the rest of the list instead of hiding it. */}
          <Button type="button" appearance="subtle-button" onClick={() => setAll(true)}>
            {t('deleteNode.more', { count: items.length - SHOW })}
          </Button>
        </UnorderedListItem>
      )}
    </UnorderedList>
  );
}
