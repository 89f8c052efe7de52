import { describe, expect, it } from 'vitest';
import { testNode } from './test-node';
import type { TreeNodeData } from '../api/types';
import { guessStyles, renumberPreview } from './renumber-preview';

function node(id: string, parentId: string | null, position: number, code: string | null): TreeNodeData {
  return testNode({
    id,
    parentId,
    position,
    key: id,
    code,
    title: id,
    description: null,
    level: 0,
    scope: null,
    ownerOrganisation: null,
    version: 1,
  });
}

describe('renumberPreview', () => {
  const nodes = [
    node('a', null, 0, '1'),
    node('b', null, 1, '3'),
    node('a1', 'a', 0, null),
    node('a2', 'a', 1, '1.2'),
    node('b1', 'b', 0, '3.1'),
  ];

  it('lists only the codes that change, old → new, in tree order', () => {
    const rows = renumberPreview(nodes, ['getal']).map((r) => `${r.node.id}: ${r.before ?? '—'} → ${r.after}`);
    expect(rows).toEqual(['a1: — → 1.1', 'b: 3 → 2', 'b1: 3.1 → 2.1']);
  });

  it('uses a style per level, the last repeating', () => {
    const rows = renumberPreview(nodes, ['romeins', 'letter']).map((r) => `${r.node.id}=${r.after}`);
    expect(rows).toEqual(['a=I', 'a1=I.A', 'a2=I.B', 'b=II', 'b1=II.A']);
  });

  it('is empty when every code is already right', () => {
    const right = [node('a', null, 0, '1'), node('a1', 'a', 0, '1.1')];
    expect(renumberPreview(right, ['getal'])).toEqual([]);
  });
});

describe('guessStyles', () => {
  it('reads the style of each level from its codes', () => {
    const groningen = [
      node('p', null, 0, 'I'),
      node('q', null, 1, 'II'),
      node('p1', 'p', 0, '1'),
      node('p2', 'p', 1, '2'),
      node('x', 'p1', 0, 'A'),
    ];
    expect(guessStyles(groningen)).toEqual(['romeins', 'getal', 'letter']);
  });

  it('falls back to numbers for a level without codes or with mixed codes', () => {
    expect(guessStyles([node('a', null, 0, null), node('a1', 'a', 0, 'x7')])).toEqual(['getal', 'getal']);
    expect(guessStyles([])).toEqual([]);
  });
});
