/** One result of a gap analysis as exported; the same shape the gap-table import reads. */
export interface GapTableExportItem {
  code: string;
  title: string;
  currentPractices: string[];
  gaps: string[];
  proposals: string[];
  /** null = no amount known (left empty, which differs from 0). */
  budgetCents: number | null;
  /** Budget text that is not an amount ("PM"), written under the amount. */
  budgetNotes: string[];
}

export interface GapTableExport {
  title: string;
  items: GapTableExportItem[];
}

export const GAP_TABLE_HEADER = ['Nr.', 'Resultaat', 'Wat doen we al', 'Hiaat', 'Voorstel', 'Benodigd budget'] as const;

/**
 * Writes a gap analysis as the table municipalities use: one row per result, and continuation
 * rows (empty number) for its further practices, gaps, proposals and budget notes. The import
 * reads this back to the same content.
 */
export async function gapTableXlsx(data: GapTableExport): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Regietafel';
  const sheet = workbook.addWorksheet('Hiaatanalyse', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = data.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.getRow(3);
  header.values = [...GAP_TABLE_HEADER];
  header.font = { bold: true };
  sheet.columns = [{ width: 8 }, { width: 40 }, { width: 40 }, { width: 40 }, { width: 40 }, { width: 18 }];
  let rowNumber = 4;
  for (const item of data.items) {
    const budgetCells: (number | string | null)[] = [item.budgetCents === null ? null : item.budgetCents / 100, ...item.budgetNotes];
    const height = Math.max(1, item.currentPractices.length, item.gaps.length, item.proposals.length, budgetCells.length);
    for (let i = 0; i < height; i += 1) {
      const row = sheet.getRow(rowNumber);
      row.values = [
        i === 0 ? item.code : null,
        i === 0 ? item.title : null,
        item.currentPractices[i] ?? null,
        item.gaps[i] ?? null,
        item.proposals[i] ?? null,
        budgetCells[i] ?? null,
      ];
      row.alignment = { vertical: 'top', wrapText: true };
      if (typeof budgetCells[i] === 'number') row.getCell(6).numFmt = '€ #,##0.00';
      rowNumber += 1;
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** The gap-analysis part of a programme document (as exportProgramme gives it), in table form. */
export interface GapDocumentLike {
  programme: { title: string };
  nodes: {
    code?: string | null;
    title: string;
    gapAnalysis?: {
      currentPractices?: string[];
      hiaat?: string | null;
      voorstel?: string | null;
      budget?: { kind: string; cents?: number | null; fund?: string | null; note?: string | null } | null;
    } | null;
  }[];
}

/**
 * Nodes with a gap analysis, in document order. A budget paid from another fund has no amount
 * here; its fund is written as a note so the information is not lost.
 */
export function gapTableFromDocument(doc: GapDocumentLike): GapTableExport {
  const items = doc.nodes.flatMap((n): GapTableExportItem[] => {
    const g = n.gapAnalysis;
    if (g === null || g === undefined) return [];
    const budget = g.budget ?? null;
    const notes = [...(budget?.fund ? [`Ander fonds: ${budget.fund}`] : []), ...(budget?.note ? budget.note.split('\n') : [])];
    return [
      {
        code: n.code ?? '',
        title: n.title,
        currentPractices: g.currentPractices ?? [],
        gaps: g.hiaat ? [g.hiaat] : [],
        proposals: g.voorstel ? [g.voorstel] : [],
        budgetCents: budget?.kind === 'bedrag' ? (budget.cents ?? null) : null,
        budgetNotes: notes,
      },
    ];
  });
  return { title: doc.programme.title, items };
}
