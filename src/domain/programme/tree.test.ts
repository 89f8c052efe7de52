import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { assertCanReparent, depthFirst, letters, nest, planMove, renumber, roman, subtreeIds, type TreeItem } from './tree';

// p1 ─ a1 ─ x1
//    └ a2
// p2 ─ b1
const items = (): (TreeItem & { code: string | null })[] => [
  { id: 'p1', parentId: null, position: 0, code: 'I' },
  { id: 'p2', parentId: null, position: 1, code: 'II' },
  { id: 'a1', parentId: 'p1', position: 0, code: '1' },
  { id: 'a2', parentId: 'p1', position: 1, code: '1' },
  { id: 'x1', parentId: 'a1', position: 0, code: null },
  { id: 'b1', parentId: 'p2', position: 0, code: '1' },
];

function apply(list: TreeItem[], changes: TreeItem[]): TreeItem[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  return list.map((i) => ({ ...i, ...(byId.get(i.id) ?? {}) }));
}

describe('tree rules', () => {
  it('orders depth-first and nests', () => {
    expect(depthFirst(items()).map((i) => i.id)).toEqual(['p1', 'a1', 'x1', 'a2', 'p2', 'b1']);
    expect(nest(items())[0]?.children.map((c) => c.id)).toEqual(['a1', 'a2']);
  });

  it('refuses a move under the node itself or a descendant', () => {
    expect(() => assertCanReparent(items(), 'p1', 'x1')).toThrow(DomainError);
    expect(() => assertCanReparent(items(), 'a1', 'a1')).toThrow(/onder zichzelf/);
    expect(() => assertCanReparent(items(), 'a1', 'zzz')).toThrow(/hoort niet bij/);
    expect(() => assertCanReparent(items(), 'a1', 'p2')).not.toThrow();
  });

  it('moves to another parent and closes the gap it leaves', () => {
    const next = apply(items(), planMove(items(), 'a1', 'p2', 0));
    const pos = (id: string) => next.find((i) => i.id === id);
    expect(pos('a1')).toMatchObject({ parentId: 'p2', position: 0 });
    expect(pos('b1')).toMatchObject({ parentId: 'p2', position: 1 });
    expect(pos('a2')).toMatchObject({ parentId: 'p1', position: 0 });
  });

  it('reorders among siblings, clamping the position', () => {
    const next = apply(items(), planMove(items(), 'a1', 'p1', 99));
    expect(depthFirst(next).map((i) => i.id)).toEqual(['p1', 'a2', 'a1', 'x1', 'p2', 'b1']);
  });

  it('any sequence of allowed moves keeps a tree: no cycles, gap-free positions, all nodes reachable', () => {
    const ids = ['p1', 'p2', 'a1', 'a2', 'x1', 'b1'];
    const move = fc.record({ node: fc.constantFrom(...ids), parent: fc.constantFrom(null, ...ids), pos: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 25 }), (moves) => {
        let list: TreeItem[] = items();
        for (const m of moves) {
          if (m.parent !== null && subtreeIds(list, m.node).has(m.parent)) {
            expect(() => planMove(list, m.node, m.parent, m.pos)).toThrow(DomainError);
            continue;
          }
          list = apply(list, planMove(list, m.node, m.parent, m.pos));
        }
        expect(depthFirst(list)).toHaveLength(ids.length);
        const groups = new Map<string | null, number[]>();
        for (const i of list) groups.set(i.parentId, [...(groups.get(i.parentId) ?? []), i.position]);
        for (const positions of groups.values()) expect(positions.sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
      }),
    );
  });

  it('renumbers codes per level style, keeping the prefix above', () => {
    const all = renumber(items(), null, ['romeins', 'getal']);
    expect(Object.fromEntries(all)).toEqual({ p1: 'I', a1: 'I.1', x1: 'I.1.1', a2: 'I.2', p2: 'II', b1: 'II.1' });
    const under = renumber(items(), 'p2', ['getal']);
    expect(Object.fromEntries(under)).toEqual({ b1: 'II.1' });
  });

  it('writes roman numerals and letters', () => {
    expect([1, 4, 9, 14, 40, 1994].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
    expect([1, 26, 27, 52, 703].map(letters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
