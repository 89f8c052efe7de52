import { formatReportDate, milestoneStateLabel, reportLabels, statusLabel } from '../../domain/report/labels';
import type { BoardReport } from '../../domain/report/view-model';
import { reportTitle } from './blocks';

/**
 * The report's data as a workbook: one sheet per section, each row with the node's code, title
 * and path as in the tree (depth first), dates as real dates, percentages and counts as numbers.
 */
export async function reportXlsx(r: BoardReport): Promise<Buffer> {
  const L = reportLabels(r.language);
  const s = (k: Parameters<typeof statusLabel>[1]) => statusLabel(r.language, k);
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Regietafel';
  wb.title = `${reportTitle(r)} — ${r.programme.title}`;
  const sheet = (name: string, columns: { header: string; key: string; width: number }[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns;
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const date = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

  const summary = sheet(L.sheetSummary, [
    { header: L.title, key: 'k', width: 34 },
    { header: L.value, key: 'v', width: 48 },
  ]);
  summary.addRow({ k: reportTitle(r), v: r.programme.title });
  if (r.meeting) {
    summary.addRow({ k: L.body, v: r.meeting.bodyName });
    summary.addRow({ k: L.meetingDate, v: date(r.meeting.date) });
    summary.addRow({ k: L.previousMeeting, v: r.meeting.previousDate ? date(r.meeting.previousDate) : L.noPreviousMeeting });
    summary.addRow({ k: L.steered, v: r.meeting.steered.map((n) => n.path).join('; ') || L.steeredAll });
  }
  if (r.scope.kind === 'theme') summary.addRow({ k: L.theme, v: r.scope.path });
  summary.addRow({ k: L.period, v: r.period?.label ?? L.noPeriod });
  summary.addRow({ k: L.asOf, v: formatReportDate(r.asOf) });
  summary.addRow({ k: L.generatedOn, v: formatReportDate(r.generatedOn) });
  summary.addRow({});
  summary.addRow({ k: L.status, v: L.count }).font = { bold: true };
  for (const c of r.summary.statusCounts) summary.addRow({ k: s(c.status), v: c.count });
  summary.addRow({ k: L.total, v: r.summary.total });
  if (r.summary.lifecycle.length > 0) {
    summary.addRow({});
    summary.addRow({ k: L.lifecycle, v: L.count }).font = { bold: true };
    for (const c of r.summary.lifecycle) summary.addRow({ k: c.label, v: c.count });
  }

  const nodes = sheet(L.sheetNodes, [
    { header: L.code, key: 'code', width: 10 },
    { header: L.title, key: 'title', width: 50 },
    { header: L.path, key: 'path', width: 40 },
    { header: L.depth, key: 'depth', width: 8 },
    { header: L.level, key: 'level', width: 14 },
    { header: L.status, key: 'status', width: 28 },
    { header: L.percent, key: 'percent', width: 10 },
    { header: L.overridden, key: 'overridden', width: 14 },
  ]);
  for (const n of r.nodes) {
    const row = nodes.addRow({
      code: n.code ?? '',
      title: n.title,
      path: n.path,
      depth: n.depth,
      level: n.levelLabel,
      status: s(n.status),
      percent: n.percent,
      overridden: n.overridden ? 'ja' : '',
    });
    row.getCell('title').alignment = { indent: Math.min(n.depth, 6), wrapText: true, vertical: 'top' };
  }

  if (r.meeting) {
    const agenda = sheet(L.sheetAgenda, [
      { header: '#', key: 'n', width: 5 },
      { header: L.agendaItem, key: 'title', width: 50 },
      { header: L.code, key: 'code', width: 10 },
      { header: L.path, key: 'path', width: 30 },
      { header: L.notes, key: 'notes', width: 50 },
    ]);
    r.meeting.agenda.forEach((a, i) =>
      agenda.addRow({ n: i + 1, title: a.title, code: a.node?.code ?? '', path: a.node?.path ?? '', notes: a.notes ?? '' }),
    );
  }

  const look = sheet(L.sheetLookBack, [
    { header: L.theme, key: 'theme', width: 30 },
    { header: L.code, key: 'code', width: 10 },
    { header: L.title, key: 'title', width: 40 },
    { header: L.path, key: 'path', width: 34 },
    { header: L.date, key: 'date', width: 12 },
    { header: L.status, key: 'status', width: 24 },
    { header: L.percent, key: 'percent', width: 10 },
    { header: L.results, key: 'results', width: 60 },
    { header: L.attentionPoints, key: 'attention', width: 60 },
  ]);
  for (const t of r.themes)
    for (const u of t.updates) {
      const row = look.addRow({
        theme: t.path,
        code: u.code ?? '',
        title: u.title,
        path: u.path,
        date: date(u.date),
        status: s(u.status),
        percent: u.percent,
        results: u.results ?? '',
        attention: u.attentionPoints ?? '',
      });
      row.alignment = { wrapText: true, vertical: 'top' };
      row.getCell('date').numFmt = 'dd-mm-yyyy';
    }

  const plan = sheet(`${L.sheetPlanning} ${r.planning.year}`, [
    { header: L.code, key: 'code', width: 10 },
    { header: r.planning.levelLabel || L.title, key: 'title', width: 40 },
    { header: L.path, key: 'path', width: 30 },
    { header: 'Q', key: 'q', width: 6 },
    { header: L.planning, key: 'milestone', width: 50 },
    { header: L.deadline, key: 'due', width: 18 },
    { header: L.milestoneState, key: 'state', width: 16 },
  ]);
  for (const row of r.planning.rows)
    row.quarters.forEach((cells, q) => {
      for (const c of cells)
        plan.addRow({
          code: row.code ?? '',
          title: row.title,
          path: row.path,
          q: `Q${q + 1}`,
          milestone: c.title,
          due: c.dueLabel,
          state: milestoneStateLabel(r.language, c.state),
        });
    });

  const decisions = sheet(L.sheetDecisions, [
    { header: L.decision, key: 'text', width: 60 },
    { header: L.body, key: 'body', width: 24 },
    { header: L.meeting, key: 'date', width: 12 },
    { header: L.path, key: 'nodes', width: 40 },
  ]);
  for (const d of r.governance.decisions)
    decisions.addRow({ text: d.text, body: d.bodyName ?? '', date: date(d.meetingDate), nodes: d.nodes.map((n) => n.path).join('\n') });

  const actions = sheet(L.sheetActions, [
    { header: L.action, key: 'text', width: 60 },
    { header: L.owner, key: 'owner', width: 24 },
    { header: L.deadline, key: 'deadline', width: 12 },
    { header: L.status, key: 'status', width: 14 },
    { header: L.overdue, key: 'overdue', width: 10 },
    { header: L.body, key: 'body', width: 24 },
  ]);
  for (const a of r.governance.actions)
    actions.addRow({
      text: a.text,
      owner: a.owner ?? '',
      deadline: date(a.deadline),
      status: a.status,
      overdue: a.overdue ? 'ja' : '',
      body: a.bodyName ?? '',
    });

  if (r.kpis.length > 0) {
    const kpis = sheet(L.sheetKpis, [
      { header: L.kpis, key: 'name', width: 40 },
      { header: L.period, key: 'label', width: 16 },
      { header: L.value, key: 'value', width: 12 },
      { header: L.target, key: 'target', width: 12 },
      { header: L.status, key: 'status', width: 16 },
    ]);
    for (const k of r.kpis)
      for (const p of k.points)
        kpis.addRow({
          name: `${k.name} (${k.unit})`,
          label: p.label,
          value: p.value,
          target: p.target ?? null,
          status: k.statusLabel ?? '',
        });
  }
  if (r.finance && r.finance.rows.length > 0) {
    const finance = sheet(L.sheetFinance, [
      { header: L.title, key: 'label', width: 40 },
      { header: L.path, key: 'path', width: 30 },
      ...r.finance.columns.map((c, i) => ({ header: c, key: `c${i}`, width: 16 })),
    ]);
    for (const row of r.finance.rows) {
      const values: Record<string, string | number | null> = { label: row.label, path: row.path };
      row.cents.forEach((c, i) => (values[`c${i}`] = c === null ? null : c / 100));
      finance.addRow(values);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
