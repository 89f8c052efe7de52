import type { MonitorResult } from '../../../domain/monitor/responses';
import { FIGURE_DEFINITIONS } from '../../../domain/monitor/definitions';
import { monitorTable } from '../../../domain/monitor/table';

/** The monitor as a workbook: the figures, and the uitleg on a second sheet. */
export async function monitorXlsx(result: MonitorResult): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const sheet = wb.addWorksheet('Monitor');
  const t = monitorTable(result);
  sheet.addRow(t.header);
  for (const r of t.rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  const uitleg = wb.addWorksheet('Uitleg');
  uitleg.addRow(['Cijfer', 'Uitleg']);
  for (const d of FIGURE_DEFINITIONS) uitleg.addRow([d.title, d.uitleg]);
  uitleg.addRow([]);
  uitleg.addRow([
    'Afgeschermd',
    result.suppressed
      ? `ja: aantallen 1 t/m ${result.threshold - 1} als "<${result.threshold}", secundair afgeschermd als "x"`
      : 'nee (ongemaskeerde cijfers voor de monitor-analist)',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
