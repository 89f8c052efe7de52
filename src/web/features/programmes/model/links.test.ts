import { describe, expect, it } from 'vitest';
import { testNode } from './test-node';
import type { NodeLink } from '../api/get-node';
import type { TreeNodeData } from '../api/types';
import { indentedLabel, linkTargets } from './links';

function node(id: string, parentId: string | null, position: number, code: string | null = null): TreeNodeData {
  return testNode({
    id,
    parentId,
    position,
    key: id,
    code,
    title: `Titel ${id}`,
    description: null,
    level: 0,
    scope: null,
    ownerOrganisation: null,
    version: 1,
  });
}
function link(direction: 'uit' | 'in', kind: string, to: string): NodeLink {
  return {
    id: `${direction}-${kind}-${to}`,
    direction,
    kind,
    note: null,
    node: { id: to, key: to, code: null, title: to, programmeId: 'p', programmeSlug: 'p', programmeTitle: 'P' },
  };
}

const nodes = [node('a', null, 0, '1'), node('a1', 'a', 0, '1.1'), node('b', null, 1, '2')];

describe('linkTargets', () => {
  it('leaves out the node itself and nodes it already links to with the same kind', () => {
    const links = [link('uit', 'raakt-aan', 'b'), link('in', 'raakt-aan', 'a1')];
    expect(linkTargets(nodes, 'a', links, 'raakt-aan').map((p) => p.node.id)).toEqual(['a1']);
    expect(linkTargets(nodes, 'a', links, 'draagt-bij-aan').map((p) => p.node.id)).toEqual(['a1', 'b']);
  });

  it('labels options with indentation, level, code and title', () => {
    const [, child] = linkTargets(nodes, 'x', [], 'raakt-aan');
    if (!child) throw new Error('expected a child');
    expect(indentedLabel(child, 'Ambitie')).toBe('\u00a0\u00a0\u00a0Ambitie 1.1 Titel a1');
  });
});
