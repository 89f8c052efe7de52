import { describe, expect, it } from 'vitest';
import { buildBoardReport, type BoardReportInput, type ReportTreeNode } from '../../domain/report/build-report';
import type { MilestoneInput } from '../../domain/progress/milestones';
import type { ProgressStatus } from '../../domain/progress/status';
import type { TerugblikUpdate } from '../../domain/progress/terugblik';
import { LOOKBACK_EXCEPTIONS_PER_THEME, PLANNING_LATE_PER_CELL, REPORT_DETAIL_LIMIT, reportBlocks, type Block } from './blocks';

const STATUSES: ProgressStatus[] = ['rood', 'oranje', 'groen', 'niet-gestart', 'afgerond'];

/** A programme of `themes` × `projects` × `actions` nodes; statuses, updates and milestones from a small seeded sequence. */
function programme(themes: number, projects: number, actions: number): BoardReportInput {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const nodes: ReportTreeNode[] = [];
  const states = new Map<string, { status: ProgressStatus | null; percent: number | null; overridden: boolean }>();
  const updates: TerugblikUpdate[] = [];
  const milestones: MilestoneInput[] = [];
  const add = (n: ReportTreeNode) => {
    nodes.push(n);
    states.set(n.id, { status: STATUSES[next(5)] ?? null, percent: next(101), overridden: false });
  };
  for (let t = 0; t < themes; t++) {
    add({ id: `t${t}`, parentId: null, position: t, level: 0, code: `T${t}`, title: `Thema ${t}` });
    for (let p = 0; p < projects; p++) {
      add({ id: `t${t}p${p}`, parentId: `t${t}`, position: p, level: 1, code: `${p}`, title: `Project ${t}.${p}` });
      for (let a = 0; a < actions; a++) {
        const id = `t${t}p${p}a${a}`;
        add({ id, parentId: `t${t}p${p}`, position: a, level: 2, code: `${a}`, title: `Actie ${t}.${p}.${a}` });
        const status = STATUSES[next(5)] ?? 'groen';
        const day = String(1 + next(28)).padStart(2, '0');
        updates.push({
          id: `u-${id}`,
          nodeId: id,
          date: `2022-05-${day}`,
          status,
          percent: 40,
          results: `R ${id}`,
          attentionPoints: null,
          authorLabel: 'x',
        });
        const quarter = 1 + next(4);
        const end = ['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'][quarter - 1] ?? '2022-12-31';
        const done = next(3) === 0 ? '2022-02-01' : null;
        milestones.push({
          id: `m-${id}`,
          nodeId: id,
          title: `Mijlpaal ${id}`,
          due: { start: null, end, label: `Q${quarter} 2022` },
          doneDate: done,
        });
      }
    }
  }
  return {
    language: 'nl',
    programme: { id: 'prog', slug: 'groot', title: 'Groot programma', levelLabels: ['Thema', 'Project', 'Actie'] },
    nodes,
    states,
    themeNodeId: null,
    period: { id: 'q2', label: 'Q2 2022', startDate: '2022-04-01', endDate: '2022-06-30', locked: true },
    source: 'snapshot',
    asOf: '2022-07-10',
    since: '2022-04-10',
    until: '2022-07-10',
    today: '2022-07-10',
    updates,
    milestones,
    planningYear: 2022,
    governance: { decisions: [], actions: [] },
    lifecycle: [],
    kpis: [],
    finance: null,
    publicVersion: false,
  };
}

const tableAfter = (blocks: Block[], headingId: string) => {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.id === headingId);
  const t = blocks.slice(at).find((b) => b.kind === 'table');
  if (t?.kind !== 'table') throw new Error(`geen tabel na ${headingId}`);
  return t;
};

describe('report outline of a large scope (condensed for a board)', () => {
  it('a scope within the limit lists every node and every update, as before', () => {
    const input = programme(2, 4, 5); // 2 + 8 + 40 nodes
    const r = buildBoardReport(input);
    expect(r.nodes.length).toBeLessThanOrEqual(REPORT_DETAIL_LIMIT);
    const blocks = reportBlocks(r);
    expect(tableAfter(blocks, 'stand').rows).toHaveLength(input.nodes.length);
    const h3 = blocks.filter((b) => b.kind === 'heading' && b.level === 3);
    expect(h3).toHaveLength(r.themes.reduce((a, t) => a + t.updates.length, 0));
  });

  it('the status table shows the top levels, each with the red and orange nodes under it counted from the tree', () => {
    const input = programme(3, 6, 10); // 3 + 18 + 180 = 201 nodes: the top two levels (21) fit
    const r = buildBoardReport(input);
    expect(r.nodes.length).toBeGreaterThan(REPORT_DETAIL_LIMIT);
    const table = tableAfter(reportBlocks(r), 'stand');
    expect(table.header.at(-1)).toBe('Eronder rood / oranje');
    expect(table.rows).toHaveLength(3 + 18);
    // Independently: walk each input node up its parents and count it for every ancestor.
    const parent = new Map(input.nodes.map((n) => [n.id, n.parentId]));
    const below = new Map<string, { rood: number; oranje: number }>();
    for (const n of input.nodes) {
      const status = input.states.get(n.id)?.status;
      if (status !== 'rood' && status !== 'oranje') continue;
      for (let a = parent.get(n.id); a; a = parent.get(a)) {
        const c = below.get(a) ?? { rood: 0, oranje: 0 };
        c[status]++;
        below.set(a, c);
      }
    }
    const byLabel = new Map(input.nodes.map((n) => [`${n.code} ${n.title}`, n.id]));
    for (const row of table.rows) {
      const id = byLabel.get(row[0]?.text ?? '') ?? '';
      const c = below.get(id) ?? { rood: 0, oranje: 0 };
      expect(row[5]?.text, row[0]?.text).toBe(`${c.rood} / ${c.oranje}`);
    }
    // Every theme's own row shows more than its projects: its actions count too.
    const themeRow = table.rows.find((row) => row[0]?.text === 'T0 Thema 0');
    expect(themeRow?.[5]?.text).not.toBe('0 / 0');
  });

  it('the look-back shows per theme the latest red and orange updates and says how many there are', () => {
    const input = programme(3, 6, 10);
    const r = buildBoardReport(input);
    const blocks = reportBlocks(r);
    for (const [i, t] of r.themes.entries()) {
      const at = blocks.findIndex((b) => b.kind === 'heading' && b.id === `thema-${i + 1}`);
      const end = blocks.findIndex((b, k) => k > at && b.kind === 'heading' && b.level <= 2);
      const part = blocks.slice(at, end);
      // Counted from the input: the theme's actions' updates in the window, and the red/orange ones among them.
      const mine = input.updates.filter((u) => u.nodeId.startsWith(`${t.nodeId}p`) && u.date > '2022-04-10');
      const exceptions = mine.filter((u) => u.status === 'rood' || u.status === 'oranje');
      const shown = Math.min(exceptions.length, LOOKBACK_EXCEPTIONS_PER_THEME);
      const note = part.find((b) => b.kind === 'paragraph' && b.text.includes('updates in deze periode'));
      expect(note?.kind === 'paragraph' ? note.text : '').toContain(
        `${mine.length} updates in deze periode, waarvan ${exceptions.length} rood of oranje`,
      );
      const h3 = part.filter((b) => b.kind === 'heading' && b.level === 3);
      expect(h3).toHaveLength(shown);
      // The latest ones: every red/orange update left out is not later than the earliest shown.
      const label = new Map(input.nodes.map((n) => [n.id, `${n.code} ${n.title}`]));
      const texts = new Set(h3.map((h) => (h.kind === 'heading' ? h.text : '')));
      const isShown = (u: TerugblikUpdate) => texts.has(`${label.get(u.nodeId)} — ${u.date.split('-').reverse().join('-')}`);
      const shownUpdates = exceptions.filter(isShown);
      expect(shownUpdates).toHaveLength(shown);
      const earliest = shownUpdates.map((u) => u.date).sort()[0] ?? '';
      for (const u of exceptions.filter((x) => !isShown(x))) expect(u.date <= earliest).toBe(true);
    }
  });

  it('a planning cell with many milestones counts them per state and names the overdue ones', () => {
    const input = programme(3, 6, 10);
    const r = buildBoardReport(input);
    const table = tableAfter(reportBlocks(r), 'planning');
    const row = r.planning.rows[0];
    const cellText = table.rows[0]?.[1]?.text ?? '';
    const q1 = row?.quarters[0] ?? [];
    // The milestones of the row's actions due in Q1 2022, from the input; overdue = not done by the report date.
    const due = input.milestones.filter((m) => m.nodeId.startsWith(`${row?.nodeId}a`) && m.due?.end === '2022-03-31');
    expect(q1).toHaveLength(due.length);
    const late = due.filter((m) => m.doneDate === null).length;
    expect(due.length).toBeGreaterThan(PLANNING_LATE_PER_CELL);
    expect(cellText.split('\n')[0]).toContain(`${due.length} mijlpalen:`);
    if (late > 0) expect(cellText).toContain(`${late} te laat`);
    const named = cellText.split('\n').filter((l) => l.startsWith('• '));
    expect(named).toHaveLength(Math.min(late, PLANNING_LATE_PER_CELL));
    if (late > PLANNING_LATE_PER_CELL) expect(cellText).toContain(`en nog ${late - PLANNING_LATE_PER_CELL} te laat`);
  });
});
