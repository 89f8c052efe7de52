import { BUDGET_STATUSES } from '../domain/finance/budget';
import { BUDGET_SHEET_COLUMNS, nodePath, UNKNOWN_AMOUNT } from '../domain/finance/sheet';
import type { FinanceView } from '../domain/finance/responses';

const EURO = '"€" #,##0.00';
const amount = (cents: number | null) => (cents === null ? UNKNOWN_AMOUNT : cents / 100);

/**
 * Finance of a programme as XLSX. The first sheet has exactly the columns the budget-line import
 * reads (docs/finance.md), so a user can edit it in Excel and import it again; unknown amounts are
 * written as "onbekend", never as 0 or an empty cell. The other sheets are the overviews.
 */
export async function financeWorkbook(f: FinanceView): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Regietafel';
  const streamLabel = new Map(f.streams.map((s) => [s.key, s.label]));

  const lines = wb.addWorksheet('Begrotingsregels', { views: [{ state: 'frozen', ySplit: 1 }] });
  lines.columns = BUDGET_SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  lines.getRow(1).font = { bold: true };
  for (const l of f.lines) {
    const row = lines.addRow({
      lineId: l.id,
      nodeId: l.nodeId ?? '',
      path: l.nodeId ? nodePath(f.nodes, l.nodeId) : 'Hele programma',
      year: l.year ?? '',
      moneyStream: streamLabel.get(l.moneyStream) ?? l.moneyStream,
      payer: l.payerName ?? '',
      recurrence: l.recurrence,
      status: l.status,
      requested: amount(l.requestedCents),
      granted: amount(l.grantedCents),
      realised: amount(l.realisedCents),
      condition: l.condition ?? '',
      conditionMet: l.conditionMet === null ? '' : l.conditionMet ? 'ja' : 'nee',
      note: l.note ?? '',
    });
    for (const k of ['requested', 'granted', 'realised']) row.getCell(k).numFmt = EURO;
  }

  const overview = wb.addWorksheet('Jaar en geldstroom');
  overview.columns = [
    { header: 'Jaar', key: 'year', width: 8 },
    { header: 'Geldstroom', key: 'stream', width: 30 },
    ...BUDGET_STATUSES.map((s) => ({ header: capital(s), key: s, width: 16 })),
  ];
  overview.getRow(1).font = { bold: true };
  for (const c of f.byYearStream) {
    const row = overview.addRow({
      year: c.year ?? 'onbekend',
      stream: streamLabel.get(c.moneyStream) ?? c.moneyStream,
      ...amountsRow(c.amounts),
    });
    for (const s of BUDGET_STATUSES) row.getCell(s).numFmt = EURO;
  }
  const totalRow = overview.addRow({ year: 'Totaal', ...amountsRow(f.total) });
  totalRow.font = { bold: true };
  for (const s of BUDGET_STATUSES) totalRow.getCell(s).numFmt = EURO;

  const tree = wb.addWorksheet('Per element');
  tree.columns = [
    { header: 'Element', key: 'path', width: 60 },
    ...BUDGET_STATUSES.map((s) => ({ header: `${capital(s)} (incl. onderliggend)`, key: s, width: 22 })),
  ];
  tree.getRow(1).font = { bold: true };
  for (const n of f.nodes) {
    const row = tree.addRow({ path: nodePath(f.nodes, n.id), ...amountsRow(n.subtree) });
    row.getCell('path').alignment = { indent: n.depth };
    for (const s of BUDGET_STATUSES) row.getCell(s).numFmt = EURO;
  }

  const perGemeente = wb.addWorksheet('Per gemeente');
  perGemeente.columns = [
    { header: 'Gemeente', key: 'name', width: 28 },
    { header: 'Aandeel in kostenverdelingen', key: 'shared', width: 24 },
    { header: 'Betaalt via begrotingsregels', key: 'paid', width: 24 },
    { header: 'Regels met onbekend bedrag', key: 'unknown', width: 14 },
  ];
  perGemeente.getRow(1).font = { bold: true };
  for (const m of f.municipalities) {
    const row = perGemeente.addRow({ name: m.name, shared: m.sharedCents / 100, paid: m.paidCents / 100, unknown: m.paidUnknown });
    row.getCell('shared').numFmt = EURO;
    row.getCell('paid').numFmt = EURO;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function amountsRow(a: FinanceView['total']): Record<string, number | string> {
  // A total with unknown lines is a lower bound: the cell says so instead of pretending to be exact.
  return Object.fromEntries(BUDGET_STATUSES.map((s) => [s, a[s].unknown > 0 && a[s].cents === 0 ? UNKNOWN_AMOUNT : a[s].cents / 100]));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
