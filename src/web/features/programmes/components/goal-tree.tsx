import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { AppLink } from '../../../components/app-link';
import { useI18n } from '../../../lib/i18n';
import { flatten, levelLabel, type TreeNode } from '../model/tree';

interface Props {
  /** Slug or id, used in the node links. */
  programme: string;
  tree: TreeNode[];
  levelLabels: string[];
  /** When filtering, everything that matched is shown regardless of what was collapsed. */
  forceOpen: boolean;
}

/**
 * The goal tree as nested lists: each node shows its level label, code, title and owner; a node
 * with children has a disclosure button (aria-expanded). "Toon tot en met" collapses whole levels.
 */
export function GoalTree({ programme, tree, levelLabels, forceOpen }: Props) {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const all = flatten(tree);
  const withChildren = all.filter((n) => n.children.length > 0);
  const maxDepth = Math.max(0, ...all.map((n) => n.depth));
  const levels = Array.from({ length: maxDepth + 1 }, (_, d) => d);

  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const showUpTo = (depth: number) => setCollapsed(new Set(withChildren.filter((n) => n.depth >= depth).map((n) => n.node.id)));

  const render = (list: TreeNode[]) => (
    <ul className="rt-tree">
      {list.map((item) => {
        const { node } = item;
        const open = forceOpen || !collapsed.has(node.id);
        const owner = node.ownerOrganisation;
        const childListId = `children-${node.id}`;
        return (
          <li key={node.id} className={`rt-tree__item rt-tree__item--depth-${Math.min(item.depth, 3)}`} data-testid="tree-node">
            <div className="rt-tree__row">
              {item.children.length > 0 ? (
                <button
                  type="button"
                  className="rt-tree__toggle"
                  aria-expanded={open}
                  aria-controls={childListId}
                  onClick={() => toggle(node.id)}
                  disabled={forceOpen}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                  <span className="rt-visually-hidden">{t('programme.tree.toggle', { title: node.title })}</span>
                </button>
              ) : (
                <span className="rt-tree__spacer" aria-hidden="true" />
              )}
              <span className="rt-tree__level">{levelLabel(levelLabels, node.level)}</span>
              {node.code && <span className="rt-tree__code">{node.code}</span>}
              <AppLink to={`/programmas/${programme}/elementen/${node.id}`} className="rt-tree__title">
                {node.title}
              </AppLink>
              {owner && (
                <span className="rt-tree__owner">
                  <span className="rt-visually-hidden">{t('programme.tree.owner')}: </span>
                  {owner.name}
                </span>
              )}
              {node.scope && <span className="rt-tree__scope">{t(`scope.${node.scope}`)}</span>}
            </div>
            {item.children.length > 0 && (
              <div id={childListId} hidden={!open}>
                {render(item.children)}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );

  return (
    <>
      {withChildren.length > 0 && !forceOpen && (
        <div className="rt-tree-controls">
          <ButtonGroup>
            <Button appearance="subtle-button" onClick={() => setCollapsed(new Set())}>
              {t('programme.tree.expandAll')}
            </Button>
            <Button appearance="subtle-button" onClick={() => setCollapsed(new Set(withChildren.map((n) => n.node.id)))}>
              {t('programme.tree.collapseAll')}
            </Button>
          </ButtonGroup>
          <Paragraph className="rt-tree-controls__levels">
            {t('programme.tree.showUpTo')}:{' '}
            {levels.map((d) => (
              <Button key={d} appearance="subtle-button" onClick={() => showUpTo(d)}>
                {levelLabel(levelLabels, d)}
              </Button>
            ))}
          </Paragraph>
        </div>
      )}
      {render(tree)}
    </>
  );
}
