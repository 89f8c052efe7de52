import type { Db } from '../../../db/database';
import { neutraliseFormula } from '../../../domain/shared/spreadsheet-cell';
import { SOCIAL_MAP_HEADERS, serviceRow } from '../../../domain/social-map/columns';
import type { Actor } from '../../auth/actor';
import { listServices, type ListServicesOptions } from './list-services';

export type FileFormat = 'csv' | 'xlsx';

/** The rows of the file: the header, then every service the asker sees under the filter (formulas neutralised). */
async function tableOf(db: Db, actor: Actor, filter: ListServicesOptions): Promise<string[][]> {
  const { items } = await listServices(db, actor, filter);
  return [SOCIAL_MAP_HEADERS, ...items.map((s) => serviceRow(s).map(neutraliseFormula))];
}

/**
 * The social map as CSV (UTF-8 with BOM, semicolons: Dutch Excel opens it with the columns apart)
 * or XLSX, with exactly the columns the import reads (docs/social-map.md).
 */
export async function exportSocialMap(
  db: Db,
  actor: Actor,
  opts: { format: FileFormat; filter: ListServicesOptions },
): Promise<{ body: Buffer; fileName: string }> {
  const rows = await tableOf(db, actor, opts.filter);
  const fileName = `sociale-kaart.${opts.format}`;
  if (opts.format === 'csv') {
    const esc = (v: string) => (/[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return { body: Buffer.from(`\ufeff${rows.map((r) => r.map(esc).join(';')).join('\r\n')}\r\n`, 'utf8'), fileName };
  }
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet('Sociale kaart');
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 22));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), fileName };
}
