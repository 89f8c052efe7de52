import type { DinMatrixOfProgramme } from '../domain/programme/din';

/**
 * The DIN matrix as an XLSX workbook: one row per goal (path, code, level, title), one column per
 * partner, the efforts in the cells. An explicit "geen" is written as "geen"; a cell nobody
 * filled in stays empty, so the difference survives in Excel.
 */
export async function dinWorkbook(m: DinMatrixOfProgramme): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Regietafel';
  const ws = wb.addWorksheet('DIN-matrix', { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  ws.columns = [
    { header: 'Pad', key: 'path', width: 24 },
    { header: 'Code', key: 'code', width: 10 },
    { header: 'Niveau', key: 'level', width: 14 },
    { header: 'Doel', key: 'goal', width: 48 },
    ...m.partners.map((p, i) => ({ header: p.label, key: `p${i}`, width: 36 })),
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of m.rows) {
    const values: Record<string, string> = {
      // The ancestors, so a code that repeats under another parent ("1" under P and under S) is told apart.
      path: (r.goal.path ?? []).join(' › '),
      code: r.goal.code ?? '',
      level: m.programme.levelLabels[r.goal.level] ?? `Niveau ${r.goal.level + 1}`,
      goal: r.goal.title,
    };
    r.cells.forEach((c, i) => {
      // An empty cell stays truly empty (no value), unlike an explicit "geen".
      if (c.efforts.length > 0) values[`p${i}`] = c.efforts.map((e) => (e.geen ? 'geen' : (e.text ?? ''))).join('\n');
    });
    const row = ws.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const info = wb.addWorksheet('Over dit bestand');
  info.addRows([
    ['Programma', m.programme.title],
    ['Partners', m.partners.map((p) => p.label).join(', ')],
    ['Lege cel', 'geen inspanning vastgelegd'],
    ['"geen"', 'de partner heeft uitdrukkelijk geen inspanning voor dit doel'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
