import { describe, expect, it } from 'vitest';
import { ancestorPath, byTreeOrder, pathLabel, treeOrder, treeRank } from './tree-order';

// Ids chosen so that id order, level order and tree order all differ.
const nodes = [
  { id: 'z', parentId: null, position: 0, code: null, title: 'Primaire preventie' },
  { id: 'a', parentId: null, position: 1, code: null, title: 'Secundaire preventie' },
  { id: 'm', parentId: 'a', position: 0, code: '1', title: 'Vroegsignalering' },
  { id: 'b', parentId: 'a', position: 1, code: '2', title: 'Provinciedekkende pilot' },
  { id: 'y', parentId: 'z', position: 0, code: '1', title: 'Leefstijl' },
  { id: 'c', parentId: 'b', position: 0, code: 'II', title: 'Uitrol' },
];

describe('tree order', () => {
  it('lists depth first, siblings by position, never by id or level', () => {
    expect(treeOrder(nodes).map((n) => n.id)).toEqual(['z', 'y', 'a', 'm', 'b', 'c']);
  });
  it('keeps orphans (parent filtered away) at the end in their own tree order', () => {
    const part = nodes.filter((n) => n.id !== 'a');
    expect(treeOrder(part).map((n) => n.id)).toEqual(['z', 'y', 'm', 'b', 'c']);
  });
  it('sorts ids by rank, unknown ids last', () => {
    const cmp = byTreeOrder(treeRank(nodes));
    expect(['c', 'x', 'y', 'a'].sort(cmp)).toEqual(['y', 'a', 'c', 'x']);
  });
});

describe('paths', () => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  it('names repeated codes by their ancestors', () => {
    expect(pathLabel(byId, 'b')).toBe('Secundaire preventie › 2 Provinciedekkende pilot');
    expect(pathLabel(byId, 'y')).toBe('Primaire preventie › 1 Leefstijl');
    expect(ancestorPath(byId, 'c')).toEqual(['Secundaire preventie', '2']);
    expect(ancestorPath(byId, 'z')).toEqual([]);
  });
});
