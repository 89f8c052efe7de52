import type { ImportPreview, TableImportSummary } from '../../../domain/import-table/responses';
import type { TableImportPreview } from './preview-table-import';

/** The JSON summary the CLI prints (and the API returns beside the preview): snake_case, counts. */
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

/** The preview the import page shows before anything is written (the route's 200 answer). */
export function tableImportPreviewView(p: TableImportPreview): ImportPreview {
  const { slug, title, levelLabels } = p.document.programme;
  return {
    kind: p.kind,
    source: p.source,
    programme: { slug, title, levelLabels },
    warnings: p.warnings,
    items: p.gapTable?.items ?? [],
    nodes: (p.programmeSheet?.nodes ?? []).map((n) => ({
      row: n.row,
      code: n.code,
      title: n.title,
      depth: n.depth,
      parentIndex: n.parentIndex,
      levelLabel: n.levelLabel,
      owner: n.owner,
      start: n.start,
      deadline: n.deadline?.wording ?? null,
      status: n.status,
    })),
    budgetTotalCents: p.gapTable?.budgetTotalCents ?? 0,
    summary: tableImportSummary(p, null),
  };
}
