import { describe, expect, it } from 'vitest';
import { testNode } from './test-node';
import type { TreeNodeData } from '../api/types';
import { filterTargets, isSamePlace, moveTargets, placeOf, reorderStep, siblingsUnder } from './move';

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

// a (a1 (a1x), a2), b (b1); positions deliberately unsorted in the input.
const nodes = [
  node('b', null, 1, '2'),
  node('a', null, 0, '1'),
  node('a2', 'a', 1),
  node('a1', 'a', 0),
  node('a1x', 'a1', 0),
  node('b1', 'b', 0, '2.1'),
];
const ids = (list: { node: TreeNodeData }[]) => list.map((p) => p.node.id);

describe('moveTargets', () => {
  it('offers every node in tree order except the node itself and its descendants', () => {
    expect(ids(moveTargets(nodes, 'a1'))).toEqual(['a', 'a2', 'b', 'b1']);
    expect(ids(moveTargets(nodes, 'a'))).toEqual(['b', 'b1']);
    expect(ids(moveTargets(nodes, 'a1x'))).toEqual(['a', 'a1', 'a2', 'b', 'b1']);
  });

  it('keeps the depth for indentation', () => {
    expect(moveTargets(nodes, 'b1').map((p) => `${p.node.id}@${p.depth}`)).toEqual(['a@0', 'a1@1', 'a1x@2', 'a2@1', 'b@0']);
  });

  it('filters on code and title, case-insensitively', () => {
    expect(ids(filterTargets(moveTargets(nodes, 'a1'), '2.1'))).toEqual(['b1']);
    expect(ids(filterTargets(moveTargets(nodes, 'a1'), 'TITEL A2'))).toEqual(['a2']);
    expect(ids(filterTargets(moveTargets(nodes, 'a1'), '  '))).toEqual(['a', 'a2', 'b', 'b1']);
  });
});

describe('places among siblings', () => {
  it('lists the siblings under a parent without the moving node', () => {
    expect(siblingsUnder(nodes, 'a', 'a1').map((n) => n.id)).toEqual(['a2']);
    expect(siblingsUnder(nodes, null, 'a1').map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('knows where a node is', () => {
    expect(placeOf(nodes, 'a2')).toEqual({ parentId: 'a', index: 1, count: 2 });
    expect(placeOf(nodes, 'gone')).toBeNull();
    expect(isSamePlace(nodes, 'a2', 'a', 1)).toBe(true);
    expect(isSamePlace(nodes, 'a2', 'a', 0)).toBe(false);
    expect(isSamePlace(nodes, 'a2', 'b', 1)).toBe(false);
  });

  it('steps up and down, and not past the edges', () => {
    expect(reorderStep(nodes, 'a2', -1)).toEqual({ parentId: 'a', position: 0 });
    expect(reorderStep(nodes, 'a2', 1)).toBeNull();
    expect(reorderStep(nodes, 'a', -1)).toBeNull();
    expect(reorderStep(nodes, 'a', 1)).toEqual({ parentId: null, position: 1 });
    expect(reorderStep(nodes, 'a1x', 1)).toBeNull();
  });
});
