import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { conflictCurrent } from '../api/conflict';
import type { NodeDetail } from '../api/get-node';
import { moveNode } from '../api/move-node';
import type { Programme, TreeNodeData } from '../api/types';
import { placeOf, reorderStep } from '../model/move';
import { nodeName } from '../model/tree';
import { DeleteNodeDialog } from './delete-node-dialog';
import { MoveNodeDialog } from './move-node-dialog';

interface Props {
  programme: Programme;
  node: NodeDetail;
  nodes: TreeNodeData[];
  /** May the person move and delete this node? Without that, only its place is shown. */
  mayChange: boolean;
  onChanged(): void;
}

/**
 * Where the node stands among its siblings, and the controls that change the tree: one step up or
 * down, move elsewhere (dialog), delete (confirmation that lists what goes with it).
 */
export function NodeStructureActions({ programme, node, nodes, mayChange, onChanged }: Props) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'move' | 'delete' | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [requesting, setRequesting] = useState(false);
  // After a move the page reloads; until the new version is in, another step would be refused as stale.
  const [awaitVersion, setAwaitVersion] = useState(0);
  const busy = requesting || node.version < awaitVersion;
  const place = placeOf(nodes, node.id);
  const parent = nodes.find((n) => n.id === node.parentId);
  const where = parent ? t('structure.under', { parent: nodeName(parent) }) : t('structure.atTop');

  async function step(direction: -1 | 1) {
    const target = reorderStep(nodes, node.id, direction);
    if (busy || !place) return;
    // At the edge the button only says why nothing happens.
    if (!target) return setStatus(t(direction < 0 ? 'structure.isFirst' : 'structure.isLast'));
    setRequesting(true);
    setError('');
    try {
      await moveNode(programme.slug, node.id, node.version, target.parentId, target.position);
      setAwaitVersion(node.version + 1);
      setStatus(t('structure.reordered', { position: target.position + 1, count: place.count }));
      onChanged();
    } catch (err) {
      setError(conflictCurrent(err) ? t('structure.stale') : (err as Error).message);
      onChanged();
    } finally {
      setRequesting(false);
    }
  }

  const canUp = reorderStep(nodes, node.id, -1) !== null;
  const canDown = reorderStep(nodes, node.id, 1) !== null;
  const placeText = (
    <Paragraph id="structure-place" className="rt-structure__place">
      {place ? t('structure.place', { position: place.index + 1, count: place.count, where }) : where}
    </Paragraph>
  );
  if (!mayChange) return <div className="rt-structure">{placeText}</div>;
  return (
    <div role="group" aria-labelledby="structure-place" className="rt-structure">
      {placeText}
      <ButtonGroup>
        {/* aria-disabled keeps the button focusable at the edge, so the keyboard focus is not lost after the last step. */}
        <Button
          type="button"
          appearance="secondary-action-button"
          className={canUp ? undefined : 'utrecht-button--disabled'}
          aria-disabled={!canUp || busy || undefined}
          onClick={() => void step(-1)}
        >
          <span aria-hidden="true">↑ </span>
          {t('structure.up')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          className={canDown ? undefined : 'utrecht-button--disabled'}
          aria-disabled={!canDown || busy || undefined}
          onClick={() => void step(1)}
        >
          <span aria-hidden="true">↓ </span>
          {t('structure.down')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => setDialog('move')}>
          {t('structure.move')}
        </Button>
        <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => setDialog('delete')}>
          {t('structure.delete')}
        </Button>
      </ButtonGroup>
      <StatusMessage message={status} testId="structure-status" />
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {dialog === 'move' && (
        <MoveNodeDialog
          programme={programme}
          node={node}
          nodes={nodes}
          onClose={() => setDialog(null)}
          onMoved={(message) => {
            setDialog(null);
            setError('');
            setStatus(message);
            onChanged();
          }}
          onStale={onChanged}
        />
      )}
      {dialog === 'delete' && (
        <DeleteNodeDialog programme={programme} node={node} nodes={nodes} onClose={() => setDialog(null)} onChanged={onChanged} />
      )}
    </div>
  );
}
