import type { Db } from '../../../db/database';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import { getEntryForm } from './get-entry-form';
import { getIndicator } from './get-indicator';
import { loadProgrammeKpis } from './load-kpi';
import { dutchDate } from '../../../domain/progress';

export type FileFormat = 'csv' | 'xlsx';

const TEMPLATE_HEADER = ['indicator', 'periode', 'eenheid', 'waarde', 'teller', 'noemer', 'bron', 'toelichting'];

function csv(rows: string[][]): Buffer {
  const esc = (v: string) => (/[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  // A byte order mark and semicolons: Excel in Dutch opens it with the columns apart and accents intact.
  return Buffer.from(`\ufeff${rows.map((r) => r.map(esc).join(';')).join('\r\n')}\r\n`, 'utf8');
}

async function xlsx(sheets: { name: string; rows: string[][] }[]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 18));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The import template: one row for every figure the person owes for the last complete period, with
 * the indicator codes filled in and the value columns empty; the XLSX has the indicators on a second sheet.
 */
export async function kpiTemplate(db: Db, actor: Actor, opts: { programmeId: string; format: FileFormat }, clock: Clock): Promise<Buffer> {
  const form = await getEntryForm(db, actor, { programmeId: opts.programmeId }, clock);
  const rows = [TEMPLATE_HEADER, ...form.rows.map((r) => [r.code, r.periodLabel, r.unitName, '', '', '', '', ''])];
  if (opts.format === 'csv') return csv(rows);
  const loaded = await loadProgrammeKpis(db, opts.programmeId, dutchDate(clock.now()));
  const info = [
    ['code', 'naam', 'eenheid', 'periode', 'teller', 'noemer', 'definitie'],
    ...loaded.map((l) => [
      l.row.code,
      l.row.name,
      l.row.unit,
      l.row.grain,
      l.row.numeratorDefinition ?? '',
      l.row.denominatorDefinition ?? '',
      l.row.definition ?? '',
    ]),
  ];
  return xlsx([
    { name: 'Cijfers', rows },
    { name: 'Indicatoren', rows: info },
  ]);
}

/** The numbers behind an indicator's charts, as CSV or XLSX (the same table the screen shows). */
export async function exportIndicator(
  db: Db,
  opts: { programmeId: string; indicatorId: string; format: FileFormat },
  clock: Clock,
): Promise<{ body: Buffer; fileName: string }> {
  const v = await getIndicator(db, opts, clock);
  const head = [
    [`${v.code} ${v.name}`],
    [`Status: ${v.statusLabel}${v.isDemo ? ' (demogegevens)' : ''}`],
    ...v.targets.map((t) => [`Doel${t.name ? ` ${t.name}` : ''}: ${t.description} (${t.statusLabel})`]),
    [],
  ];
  const rows = [...head, v.table.columns, ...v.table.rows];
  const fileName = `kpi-${v.code.toLowerCase()}.${opts.format}`;
  if (opts.format === 'csv') return { body: csv(rows), fileName };
  return { body: await xlsx([{ name: v.code.slice(0, 31), rows }]), fileName };
}
