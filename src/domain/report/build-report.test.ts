import { describe, expect, it } from 'vitest';
import type { ProgressStatus } from '../progress/status';
import { buildBoardReport, nodePaths, type BoardReportInput, type ReportTreeNode } from './build-report';
import { defaultReportPeriod, parseQuarter, resolvePeriodRef } from './period-ref';

// Two themes whose projects repeat the codes 1 and 2 (as the MJP's P- and S-lists do).
const nodes: ReportTreeNode[] = [
  { id: 't2', parentId: null, position: 1, level: 0, code: 'S', title: 'Secundaire preventie' },
  { id: 't1', parentId: null, position: 0, level: 0, code: 'P', title: 'Primaire preventie' },
  { id: 'p1', parentId: 't1', position: 0, level: 1, code: '1', title: 'Valpreventie' },
  { id: 'p2', parentId: 't1', position: 1, level: 1, code: '2', title: 'Rookvrij' },
  { id: 's1', parentId: 't2', position: 0, level: 1, code: '1', title: 'Pilot provinciedekkend' },
  {
    id: 's2',
    parentId: 't2',
    position: 1,
    level: 1,
    code: null,
    title: 'Project zonder code met een heel erg lange titel die wordt ingekort',
  },
  { id: 'a1', parentId: 's1', position: 0, level: 2, code: 'I', title: 'Activiteit' },
];
const status: Record<string, ProgressStatus | null> = {
  t1: 'oranje',
  t2: 'rood',
  p1: 'groen',
  p2: 'oranje',
  s1: 'rood',
  s2: null,
  a1: 'rood',
};

function input(over: Partial<BoardReportInput> = {}): BoardReportInput {
  return {
    language: 'nl',
    programme: { id: 'prog', slug: 'mjp', title: 'MJP', levelLabels: ['Preventie', 'Project', 'Inspanning'] },
    nodes,
    states: new Map(Object.entries(status).map(([id, s]) => [id, { status: s, percent: s ? 50 : null, overridden: id === 't2' }])),
    themeNodeId: null,
    period: { id: 'q2', label: 'Q2 2022', startDate: '2022-04-01', endDate: '2022-06-30', locked: true },
    source: 'snapshot',
    asOf: '2022-07-10',
    since: '2022-04-10',
    until: '2022-07-10',
    today: '2026-03-15',
    updates: [
      {
        id: 'u2',
        nodeId: 'a1',
        date: '2022-05-01',
        status: 'rood',
        percent: 10,
        results: 'Resultaat A',
        attentionPoints: 'Let op A',
        authorLabel: 'x',
      },
      {
        id: 'u1',
        nodeId: 'p2',
        date: '2022-05-01',
        status: 'oranje',
        percent: 40,
        results: 'Resultaat P2',
        attentionPoints: null,
        authorLabel: 'x',
      },
      {
        id: 'u0',
        nodeId: 'p1',
        date: '2022-05-01',
        status: 'groen',
        percent: 40,
        results: 'Resultaat P1',
        attentionPoints: null,
        authorLabel: 'x',
      },
      {
        id: 'old',
        nodeId: 'p1',
        date: '2022-04-10',
        status: 'groen',
        percent: 40,
        results: 'te oud',
        attentionPoints: null,
        authorLabel: 'x',
      },
      {
        id: 'late',
        nodeId: 'p1',
        date: '2022-07-11',
        status: 'groen',
        percent: 40,
        results: 'te laat',
        attentionPoints: null,
        authorLabel: 'x',
      },
    ],
    milestones: [
      { id: 'm1', nodeId: 'a1', title: 'Start pilot', due: { start: '2022-07-01', end: '2022-09-30', label: 'Q3 2022' }, doneDate: null },
      {
        id: 'm2',
        nodeId: 'p1',
        title: 'Plan klaar',
        due: { start: '2022-01-01', end: '2022-03-31', label: 'Q1 2022' },
        doneDate: '2022-08-01',
      },
      { id: 'm3', nodeId: 'p2', title: 'Volgend jaar', due: { start: '2023-01-01', end: '2023-03-31', label: 'Q1 2023' }, doneDate: null },
    ],
    planningYear: 2022,
    governance: { decisions: [], actions: [] },
    lifecycle: [],
    kpis: [],
    finance: null,
    publicVersion: false,
    ...over,
  };
}

describe('buildBoardReport', () => {
  it('counts every node once per traffic light, in total and per level (recomputed here from the raw states)', () => {
    const r = buildBoardReport(input());
    const expected = new Map<string, number>();
    for (const s of Object.values(status)) expected.set(s ?? 'geen-update', (expected.get(s ?? 'geen-update') ?? 0) + 1);
    for (const c of r.summary.statusCounts) expect(c.count, c.status).toBe(expected.get(c.status) ?? 0);
    expect(r.summary.total).toBe(7);
    expect(r.summary.statusCounts.reduce((a, c) => a + c.count, 0)).toBe(7);
    const projects = r.summary.perLevel.find((l) => l.label === 'Project');
    expect(projects?.total).toBe(4);
    expect(Object.fromEntries(projects?.counts.map((c) => [c.status, c.count]) ?? [])).toMatchObject({
      groen: 1,
      oranje: 1,
      rood: 1,
      'geen-update': 1,
    });
  });

  it('lists nodes depth first with paths that tell repeated codes apart', () => {
    const r = buildBoardReport(input());
    expect(r.nodes.map((n) => n.nodeId)).toEqual(['t1', 'p1', 'p2', 't2', 's1', 'a1', 's2']);
    expect(r.nodes.find((n) => n.nodeId === 'p1')?.path).toBe('P › 1');
    expect(r.nodes.find((n) => n.nodeId === 's1')?.path).toBe('S › 1');
    expect(r.nodes.find((n) => n.nodeId === 'a1')?.path).toBe('S › 1 › I');
    expect(r.nodes.find((n) => n.nodeId === 's2')?.path).toMatch(/^S › Project zonder code .*…$/);
    expect(r.nodes.find((n) => n.nodeId === 'a1')?.depth).toBe(2);
  });

  it('puts the look-back under each theme: only the window, same dates in tree order', () => {
    const r = buildBoardReport(input());
    expect(r.themes.map((t) => t.nodeId)).toEqual(['t1', 't2']);
    expect(r.themes[0]?.updates.map((u) => u.nodeId)).toEqual(['p1', 'p2']);
    expect(r.themes[1]?.updates.map((u) => u.results)).toEqual(['Resultaat A']);
    expect(JSON.stringify(r.themes)).not.toContain('te oud');
    expect(JSON.stringify(r.themes)).not.toContain('te laat');
  });

  it('places milestones in the quarter grid on their project row, states as of the report date', () => {
    const r = buildBoardReport(input());
    const s1 = r.planning.rows.find((row) => row.nodeId === 's1');
    expect(s1?.quarters[2]).toEqual([{ title: 'Start pilot', dueLabel: 'Q3 2022', state: 'open' }]);
    // Done after the report date: still overdue in this report.
    expect(r.planning.rows.find((row) => row.nodeId === 'p1')?.quarters[0]).toEqual([
      { title: 'Plan klaar', dueLabel: 'Q1 2022', state: 'te-laat' },
    ]);
    expect(r.planning.rows.flatMap((row) => row.quarters.flat()).map((c) => c.title)).not.toContain('Volgend jaar');
    expect(r.planning.levelLabel).toBe('Project');
  });

  it('narrows to a theme: its subtree only, counted and planned from there', () => {
    const r = buildBoardReport(input({ themeNodeId: 't2' }));
    expect(r.scope).toMatchObject({ kind: 'theme', nodeId: 't2', path: 'S' });
    expect(r.nodes.map((n) => n.nodeId)).toEqual(['t2', 's1', 'a1', 's2']);
    expect(r.summary.total).toBe(4);
    expect(r.themes.map((t) => t.nodeId)).toEqual(['t2']);
    expect(r.planning.rows.map((row) => row.nodeId)).toEqual(['s1', 's2']);
    expect(() => buildBoardReport(input({ themeNodeId: 'nope' }))).toThrow(/Thema/);
  });

  it('computes paths without looping on a broken parent chain', () => {
    const paths = nodePaths([
      { id: 'a', parentId: 'b', position: 0, level: 0, code: 'A', title: 'a' },
      { id: 'b', parentId: 'a', position: 0, level: 0, code: 'B', title: 'b' },
    ]);
    expect(paths.get('a')).toBeDefined();
  });
});

describe('period references', () => {
  const periods = [
    { id: 'p1', label: 'Q1 2022', startDate: '2022-01-01', endDate: '2022-03-31', lockedAt: new Date() },
    { id: 'p2', label: 'Q2 2022', startDate: '2022-04-01', endDate: '2022-06-30', lockedAt: null },
    { id: 'p3', label: 'Bestuurlijk overleg 01-10-2022', startDate: '2022-07-01', endDate: '2022-10-01', lockedAt: null },
  ];
  it('finds a period by id, label or quarter, and lists the known ones otherwise', () => {
    expect(resolvePeriodRef(periods, 'p3')?.id).toBe('p3');
    expect(resolvePeriodRef(periods, 'q2 2022')?.id).toBe('p2');
    expect(resolvePeriodRef(periods, '2022-Q2')?.id).toBe('p2');
    expect(resolvePeriodRef(periods, null)).toBeNull();
    expect(() => resolvePeriodRef(periods, '2021-Q4')).toThrow(/Bekende periodes: Q1 2022, Q2 2022/);
    expect(parseQuarter('2022Q3')).toEqual({ year: 2022, quarter: 3 });
  });
  it('defaults to the latest locked period that has started', () => {
    expect(defaultReportPeriod(periods, '2022-08-01')?.id).toBe('p1');
    expect(
      defaultReportPeriod(
        periods.map((p) => ({ ...p, lockedAt: null })),
        '2022-08-01',
      )?.id,
    ).toBe('p3');
    expect(defaultReportPeriod(periods, '2021-01-01')).toBeNull();
  });
});
