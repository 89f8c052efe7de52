import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { ModalDialog } from '../../../components/modal-dialog';
import { RadioOption } from '../../../components/radio-option';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import { conflictCurrent } from '../api/conflict';
import type { NodeDetail } from '../api/get-node';
import { moveNode } from '../api/move-node';
import type { Programme, TreeNodeData } from '../api/types';
import { filterTargets, isSamePlace, moveTargets, placeOf, siblingsUnder } from '../model/move';
import { levelLabel, nodeName } from '../model/tree';

/** The radio value for "no parent": a node id is a uuid, so this cannot clash. */
const TOP = 'bovenaan';

interface Props {
  programme: Programme;
  node: NodeDetail;
  nodes: TreeNodeData[];
  onClose(): void;
  onMoved(message: string): void;
  /** The node changed meanwhile: reload the page behind the dialog. */
  onStale(): void;
}

/**
 * "Verplaatsen": pick the new parent from the tree (the node itself and its descendants are not
 * offered) and the place among the new siblings. The subtree goes along; level and code stay.
 */
export function MoveNodeDialog({ programme: p, node, nodes, onClose, onMoved, onStale }: Props) {
  const { t } = useI18n();
  const current = placeOf(nodes, node.id);
  const [parentId, setParentId] = useState<string | null>(node.parentId);
  const [position, setPosition] = useState(current?.index ?? 0);
  const [search, setSearch] = useState('');
  const [version, setVersion] = useState(node.version);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState<NodeDetail | null>(null);
  const [busy, setBusy] = useState(false);

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const targets = moveTargets(nodes, node.id);
  const shown = filterTargets(targets, search);
  const siblings = siblingsUnder(nodes, parentId, node.id);
  const descendants = nodes.length - targets.length - 1;
  const where = (id: string | null) => {
    const n = id === null ? undefined : byId.get(id);
    return n ? t('structure.under', { parent: nodeName(n) }) : t('structure.atTop');
  };

  function chooseParent(value: string) {
    const next = value === TOP ? null : value;
    setParentId(next);
    // Back under the old parent: start from where it stands; elsewhere: at the end.
    setPosition(next === node.parentId && current ? current.index : siblingsUnder(nodes, next, node.id).length);
    setError(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setMessage(undefined);
    setNotice('');
    if (isSamePlace(nodes, node.id, parentId, position)) return setError(t('move.samePlace'));
    setError(undefined);
    setBusy(true);
    try {
      await moveNode(p.slug, node.id, version, parentId, position);
      onMoved(t('move.done', { title: nodeName(node), where: where(parentId), position: position + 1, count: siblings.length + 1 }));
    } catch (err) {
      const latest = conflictCurrent(err);
      if (latest) {
        setConflict(latest as NodeDetail);
        onStale();
      } else setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const placeLabel = (n: { parentId: string | null; position: number }) =>
    `${where(n.parentId)}, ${t('move.placeN', { position: n.position + 1 })}`;
  return (
    <ModalDialog title={t('move.title', { title: nodeName(node) })} onClose={onClose}>
      <Paragraph>
        {descendants > 0 ? t('move.introWithChildren', { count: descendants }) : t('move.intro')}{' '}
        {t('move.keeps', { level: node.levelLabel ?? levelLabel(p.levelLabels, node.level), code: node.code ?? t('common.none') })}
      </Paragraph>
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={[
            { label: t('node.title'), current: conflict.title, yours: node.title },
            { label: t('move.where'), current: placeLabel(conflict), yours: placeLabel({ parentId, position }) },
          ]}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
            setNotice(t('move.redoHint'));
          }}
          onDiscard={onClose}
        />
      )}
      {notice && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="rt-dialog__form">
        <FormErrorSummary title={t('common.formErrors')} errors={error ? { parentId: error } : {}} message={message} />
        <TextField type="search" label={t('move.search')} name="zoek" value={search} onValue={setSearch} />
        <Fieldset>
          <FieldsetLegend>{t('move.parent')}</FieldsetLegend>
          <div className="rt-move-targets" data-testid="move-targets">
            <RadioOption name="parent" value={TOP} checked={parentId === null} onChange={chooseParent}>
              {t('move.top')}
              {node.parentId === null && <span className="rt-muted"> {t('move.currentMark')}</span>}
            </RadioOption>
            {shown.map(({ node: n, depth }) => (
              <RadioOption
                key={n.id}
                name="parent"
                value={n.id}
                checked={parentId === n.id}
                onChange={chooseParent}
                className={`rt-move-target rt-indent-${Math.min(depth, 5)}`}
              >
                <span className="rt-tree__level">{n.levelLabel ?? levelLabel(p.levelLabels, n.level)}</span> {nodeName(n)}
                {n.id === node.parentId && <span className="rt-muted"> {t('move.currentMark')}</span>}
              </RadioOption>
            ))}
            {shown.length === 0 && <Paragraph>{t('move.noMatch')}</Paragraph>}
          </div>
        </Fieldset>
        <SelectField
          label={t('move.position')}
          name="position"
          value={String(position)}
          options={[
            { value: '0', label: t('move.first') },
            ...siblings.map((s, i) => ({ value: String(i + 1), label: t('move.after', { title: nodeName(s) }) })),
          ]}
          onChange={(v) => setPosition(Number(v))}
        />
        <Paragraph className="rt-move-summary" data-testid="move-summary">
          {t('move.summary', { where: where(parentId), position: position + 1, count: siblings.length + 1 })}
        </Paragraph>
        <ButtonGroup className="rt-dialog__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={conflict !== null}>
            {t('move.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </ModalDialog>
  );
}
