import { describe, expect, it } from 'vitest';
import { countsPerLevel, worstFirst } from './dashboard';
import { assertValidOverride } from './override';
import { terugblik, type TerugblikUpdate } from './terugblik';

describe('dashboard', () => {
  it('counts per status per level, and sorts worst first, equal status in tree order (not by level or code)', () => {
    // Tree order: B, B.1, B.2, B.3, then A (the theme that comes second in the document).
    const nodes = [
      { depth: 0, status: 'oranje' as const, sortKey: 'B', rank: 0 },
      { depth: 1, status: 'groen' as const, sortKey: 'B.1', rank: 1 },
      { depth: 1, status: null, sortKey: 'B.2', rank: 2 },
      { depth: 1, status: 'rood' as const, sortKey: 'B.3', rank: 3 },
      { depth: 0, status: 'rood' as const, sortKey: 'A', rank: 4 },
    ];
    const levels = countsPerLevel(nodes);
    expect(levels.map((l) => [l.depth, l.total, l.counts.rood, l.counts.oranje, l.counts.groen, l.counts['geen-update']])).toEqual([
      [0, 2, 1, 1, 0, 0],
      [1, 3, 1, 0, 1, 1],
    ]);
    expect(worstFirst(nodes).map((n) => n.sortKey)).toEqual(['B.3', 'A', 'B', 'B.1', 'B.2']);
  });
});

describe('override', () => {
  it('needs children, a value and a written reason', () => {
    expect(assertValidOverride({ status: 'groen', percent: null, reason: '  Besproken in BST  ' }, { hasChildren: true }).reason).toBe(
      'Besproken in BST',
    );
    expect(() => assertValidOverride({ status: 'groen', percent: null, reason: 'kort' }, { hasChildren: true })).toThrow(
      /minstens 10 tekens/,
    );
    expect(() => assertValidOverride({ status: null, percent: null, reason: 'een goede reden' }, { hasChildren: true })).toThrow(/status/);
    expect(() => assertValidOverride({ status: 'rood', percent: null, reason: 'een goede reden' }, { hasChildren: false })).toThrow(
      /afgeleide/,
    );
    expect(() => assertValidOverride({ status: null, percent: 101, reason: 'een goede reden' }, { hasChildren: true })).toThrow(
      /percentage/,
    );
  });
});

describe('terugblik', () => {
  it('groups results and points of attention since the previous period by theme', () => {
    const nodes = [
      { id: 'T1', parentId: null },
      { id: 'T2', parentId: null },
      { id: 'P1', parentId: 'T1' },
      { id: 'A1', parentId: 'P1' },
      { id: 'A2', parentId: 'T2' },
    ];
    const u = (
      id: string,
      nodeId: string,
      date: string,
      results: string | null,
      attentionPoints: string | null = null,
    ): TerugblikUpdate => ({
      id,
      nodeId,
      date,
      status: 'groen',
      percent: null,
      results,
      attentionPoints,
      authorLabel: 'x',
    });
    const updates = [
      u('1', 'A1', '2022-03-31', 'oud'),
      u('2', 'A1', '2022-05-01', 'nieuw'),
      u('3', 'A2', '2022-04-02', null, 'let op'),
      u('4', 'A2', '2022-04-03', ' '),
    ];
    const r = terugblik(nodes, updates, '2022-03-31', '2022-06-30', ['T1', 'T2']);
    expect(r.map((t) => [t.themeId, t.updates.map((x) => x.id)])).toEqual([
      ['T1', ['2']],
      ['T2', ['3']],
    ]);
  });
  it('keeps updates of the same date in tree order, never in id order', () => {
    const nodes = [
      { id: 'T', parentId: null },
      { id: 'n2', parentId: 'T' },
      { id: 'n1', parentId: 'T' },
    ];
    const u = (id: string, nodeId: string): TerugblikUpdate => ({
      id,
      nodeId,
      date: '2022-05-01',
      status: 'groen',
      percent: null,
      results: 'r',
      attentionPoints: null,
      authorLabel: 'x',
    });
    const rank = new Map([
      ['T', 0],
      ['n2', 1],
      ['n1', 2],
    ]);
    const r = terugblik(nodes, [u('a', 'n1'), u('b', 'n2')], null, '2022-06-30', ['T'], rank);
    expect(r[0]?.updates.map((x) => x.nodeId)).toEqual(['n2', 'n1']);
  });
});
