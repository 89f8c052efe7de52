import { GAP_ORIGIN } from '../../../domain/finance/gap-budget';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { budgetLinesOfProgramme, insertBudgetLine, updateBudgetLineRow } from '../../../db/queries/finance';
import { nodesOfProgramme } from '../../../db/queries/node';
import { listOrganisations } from '../../../db/queries/organisation';
import { nodePath } from '../../../domain/finance/sheet';
import type { BudgetImportResult, BudgetLineFields } from '../../../domain/finance/responses';
import { depthFirst } from '../../../domain/programme/tree';
import { canonicalJson } from '../../../domain/shared/canonical-json';
import type { Clock } from '../../../domain/shared/clock';
import { readBudgetSheet } from '../../../import/finance/read-budget-sheet';
import { fold } from '../../../import/table/cells';
import { ImportProblems } from '../../../import/table/problems';
import { readTable } from '../../../import/table/read-table';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { mayActOnOwnedEntity } from '../../../domain/access/rules';
import { budgetLineView, checkBudgetLine } from './budget-lines';
import { resolveProgramme } from '../programme/resolve';

/**
 * The budget-line sheet (the XLSX export of Financiën, or a CSV with its columns) into a programme:
 * a row with a Regel-id of this programme updates that line, any other row adds one. Every row is
 * checked first and every error is reported with its row and column; then all rows are written in
 * one transaction, or nothing is (a preview writes nothing at all).
 */
export async function importBudgetLines(
  db: Db,
  actor: Actor,
  opts: { programme: string; file: Uint8Array; dryRun: boolean },
  clock: Clock,
): Promise<BudgetImportResult> {
  const problems = new ImportProblems();
  const { rows: sheetRows, label } = readBudgetSheet(await readTable(opts.file), problems);
  return inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    const nodes = depthFirst(await nodesOfProgramme(tx, p.id));
    const byPath = new Map<string, string[]>();
    // A node is found by its full path as the export writes it ("1 › 1.2 Titel"), or by its codes alone ("1 › 1.2").
    const byCodes = new Map<string, string[]>();
    for (const n of nodes) {
      const key = fold(nodePath(nodes, n.id));
      byPath.set(key, [...(byPath.get(key) ?? []), n.id]);
      const codes = codePath(nodes, n.id);
      if (codes) byCodes.set(fold(codes), [...(byCodes.get(fold(codes)) ?? []), n.id]);
    }
    // Gap-analysis lines are written with the gap analysis, not through this import.
    const existing = new Map((await budgetLinesOfProgramme(tx, p.id)).filter((l) => l.origin !== GAP_ORIGIN).map((l) => [l.id, l]));
    const orgs = await listOrganisations(tx);
    const planned: { row: number; lineId: string | null; fields: BudgetLineFields }[] = [];

    for (const r of sheetRows) {
      let nodeId: string | null = null;
      if (r.nodeId) {
        if (!nodes.some((n) => n.id === r.nodeId)) problems.error(r.row, label('nodeId'), 'dit element hoort niet bij dit programma');
        else nodeId = r.nodeId;
      } else if (r.path && fold(r.path) !== fold('Hele programma')) {
        const hits = byPath.get(fold(r.path)) ?? byCodes.get(fold(r.path)) ?? [];
        if (hits.length === 1) nodeId = hits[0] ?? null;
        else
          problems.error(
            r.row,
            label('path'),
            hits.length === 0
              ? `geen element met het pad '${r.path}'`
              : `'${r.path}' past op ${hits.length} elementen; vul het ${label('nodeId')} in`,
          );
      }
      let payerOrganisationId: string | null = null;
      if (r.payer) {
        const hits = orgs.filter((o) => fold(o.name) === fold(r.payer ?? '') || o.key === r.payer);
        if (hits.length === 1) payerOrganisationId = hits[0]?.id ?? null;
        else
          problems.error(
            r.row,
            'Betaler',
            hits.length === 0 ? `onbekende organisatie '${r.payer}'` : `'${r.payer}' past op meer organisaties`,
          );
      }
      if (r.lineId && !existing.has(r.lineId))
        problems.error(r.row, 'Regel-id', 'deze regel hoort niet bij dit programma (laat de kolom leeg voor een nieuwe regel)');
      const fields: BudgetLineFields = {
        nodeId,
        year: r.year,
        moneyStream: r.moneyStream,
        payerOrganisationId,
        recurrence: r.recurrence,
        status: r.status,
        requestedCents: r.requestedCents,
        grantedCents: r.grantedCents,
        realisedCents: r.realisedCents,
        cofinancerIds: r.lineId ? (existing.get(r.lineId)?.cofinancerIds ?? []) : [],
        condition: r.condition,
        conditionMet: r.conditionMet,
        note: r.note,
      };
      for (const d of await checkBudgetLine(tx, p.id, fields, r.row)) problems.error(r.row, d.field ?? '', d.reason);
      const owner = nodeId ? (nodes.find((n) => n.id === nodeId)?.ownerOrganisationId ?? null) : null;
      if (!mayActOnOwnedEntity(actor, p.id, owner, 'redacteur'))
        problems.error(r.row, label('path'), 'dit element hoort niet bij uw organisatie');
      planned.push({ row: r.row, lineId: r.lineId, fields });
    }
    problems.settle();

    const result: BudgetImportResult = { dryRun: opts.dryRun, created: 0, updated: 0, unchanged: 0, rows: [] };
    for (const plan of planned) {
      const before = plan.lineId ? existing.get(plan.lineId) : undefined;
      const same = before && canonicalJson(stripMeta(budgetLineView(before))) === canonicalJson(plan.fields);
      const action = !before ? 'nieuw' : same ? 'ongewijzigd' : 'gewijzigd';
      result.rows.push({
        row: plan.row,
        action,
        path: plan.fields.nodeId ? nodePath(nodes, plan.fields.nodeId) : 'Hele programma',
        moneyStream: plan.fields.moneyStream,
        requestedCents: plan.fields.requestedCents,
      });
      if (action === 'nieuw') result.created++;
      else if (action === 'gewijzigd') result.updated++;
      else result.unchanged++;
      if (opts.dryRun || action === 'ongewijzigd') continue;
      if (before) {
        const row = await updateBudgetLineRow(tx, before.id, { ...plan.fields, version: before.version + 1, updatedAt: clock.now() });
        await recordAudit(
          tx,
          actor,
          {
            action: 'update',
            entityType: 'budget_line',
            entityId: row.id,
            programmeId: p.id,
            before: budgetLineView(before),
            after: budgetLineView(row),
          },
          clock,
        );
      } else {
        const row = await insertBudgetLine(tx, { ...plan.fields, programmeId: p.id, createdAt: clock.now(), updatedAt: clock.now() });
        await recordAudit(
          tx,
          actor,
          { action: 'create', entityType: 'budget_line', entityId: row.id, programmeId: p.id, after: budgetLineView(row) },
          clock,
        );
      }
    }
    return result;
  });
}

function stripMeta(v: ReturnType<typeof budgetLineView>): BudgetLineFields {
  const { id: _id, programmeId: _p, version: _v, ...fields } = v;
  return fields;
}

/** "1 › 1.2": the codes from the root down, or null when a node on the way has no code. */
function codePath(nodes: readonly { id: string; parentId: string | null; code: string | null }[], id: string): string | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const codes: string[] = [];
  for (let n = byId.get(id); n; n = n.parentId ? byId.get(n.parentId) : undefined) {
    if (!n.code) return null;
    codes.unshift(n.code);
  }
  return codes.join(' › ');
}
