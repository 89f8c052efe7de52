import type { TableImportPreview } from './preview-table-import';

/** The JSON summary the CLI prints (and the API returns beside the preview): snake_case, counts. */
export interface TableImportSummary {
  kind: TableImportPreview['kind'];
  dry_run: boolean;
  programme: { slug: string; title: string } | null;
  results: number;
  per_result: { code: string; title: string; current_practices: number; proposals: number; budget_cents: number | null }[];
  budget_total_cents: number;
  warnings: { row: number; message: string }[];
}

export function tableImportSummary(preview: TableImportPreview, programme: { slug: string; title: string } | null): TableImportSummary {
  const items = preview.gapTable?.items ?? [];
  const nodes = preview.programmeSheet?.nodes ?? [];
  const perResult = preview.gapTable
    ? items.map((i) => ({
        code: i.code,
        title: i.title,
        current_practices: i.currentPractices.length,
        proposals: i.proposals.length,
        budget_cents: i.budgetCents,
      }))
    : nodes.map((n) => ({ code: n.code, title: n.title, current_practices: 0, proposals: 0, budget_cents: null }));
  return {
    kind: preview.kind,
    dry_run: programme === null,
    programme,
    results: perResult.length,
    per_result: perResult,
    budget_total_cents: preview.gapTable?.budgetTotalCents ?? 0,
    warnings: preview.warnings.map((w) => ({ row: w.row, message: w.field === undefined ? w.message : `${w.field}: ${w.message}` })),
  };
}
