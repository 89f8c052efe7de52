import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  budgetLineById,
  budgetLinesOfProgramme,
  deleteBudgetLineRow,
  insertBudgetLine,
  updateBudgetLineRow,
  type BudgetLineRow,
} from '../../../db/queries/finance';
import { organisationsByIds } from '../../../db/queries/organisation';
import { BUDGET_STATUSES, RECURRENCES, type BudgetStatus, type Recurrence } from '../../../domain/finance/budget';
import type { BudgetLineFields, BudgetLineView } from '../../../domain/finance/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { GAP_ORIGIN } from '../../../domain/finance/gap-budget';
import { assertOwnScope, isUuid, resolveNode, resolveProgramme, versionConflict } from '../programme/resolve';

export const budgetLineView = (r: BudgetLineRow): BudgetLineView => ({
  id: r.id,
  programmeId: r.programmeId,
  version: r.version,
  nodeId: r.nodeId,
  year: r.year,
  moneyStream: r.moneyStream,
  payerOrganisationId: r.payerOrganisationId,
  recurrence: r.recurrence as Recurrence,
  status: r.status as BudgetStatus,
  requestedCents: r.requestedCents,
  grantedCents: r.grantedCents,
  realisedCents: r.realisedCents,
  cofinancerIds: r.cofinancerIds,
  condition: r.condition,
  conditionMet: r.conditionMet,
  note: r.note,
});

/** Rules of one line, with Dutch field reasons; `row` numbers the line in an import. */
export async function checkBudgetLine(tx: Db, programmeId: string, f: BudgetLineFields, row?: number): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  const add = (field: string, reason: string) => problems.push({ ...(row !== undefined ? { row } : {}), field, reason });
  if (f.nodeId !== null) {
    try {
      await resolveNode(tx, programmeId, f.nodeId);
    } catch {
      add('nodeId', 'dit element hoort niet bij dit programma');
    }
  }
  if (f.year !== null && (!Number.isInteger(f.year) || f.year < 1990 || f.year > 2100)) add('year', 'jaar moet tussen 1990 en 2100 liggen');
  if (f.moneyStream.trim() === '') add('moneyStream', 'kies een geldstroom');
  if (!RECURRENCES.includes(f.recurrence)) add('recurrence', "kies 'eenmalig' of 'structureel'");
  if (!BUDGET_STATUSES.includes(f.status)) add('status', "kies 'aangevraagd', 'toegekend' of 'gerealiseerd'");
  const orgIds = [...(f.payerOrganisationId ? [f.payerOrganisationId] : []), ...f.cofinancerIds];
  const bad = orgIds.filter((id) => !isUuid(id));
  const known = new Set((await organisationsByIds(tx, orgIds.filter(isUuid))).map((o) => o.id));
  if (f.payerOrganisationId && (bad.includes(f.payerOrganisationId) || !known.has(f.payerOrganisationId)))
    add('payerOrganisationId', 'onbekende organisatie');
  if (f.cofinancerIds.some((id) => !known.has(id))) add('cofinancerIds', 'onbekende organisatie');
  if (f.conditionMet !== null && !f.condition?.trim())
    add('conditionMet', 'beschrijf eerst de voorwaarde van deze resultaatafhankelijke financiering');
  return problems;
}

async function loadLine(tx: Db, programmeId: string, lineId: string, version: number | null) {
  const row = isUuid(lineId) ? await budgetLineById(tx, lineId, { forUpdate: true }) : undefined;
  if (!row || row.programmeId !== programmeId) throw notFound('Begrotingsregel', lineId);
  if (row.origin === GAP_ORIGIN)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Deze regel is het benodigd budget uit de hiaatanalyse van het element; wijzig het bedrag in de hiaatanalyse.',
      [{ field: 'origin', reason: 'regel uit de hiaatanalyse: wijzigen via de hiaatanalyse' }],
    );
  if (version !== null && row.version !== version) throw versionConflict('Deze begrotingsregel', version, row.version, budgetLineView(row));
  return row;
}

/** A redacteur acts on lines of nodes their organisation owns; lines of the whole programme need a beheerder. */
async function assertLineScope(tx: Db, actor: Actor, programmeId: string, nodeId: string | null) {
  const owner = nodeId ? (await resolveNode(tx, programmeId, nodeId)).ownerOrganisationId : null;
  assertOwnScope(actor, programmeId, owner, 'redacteur', nodeId ? 'Dit element' : 'Een begrotingsregel voor het hele programma');
}

function invalid(problems: ErrorDetail[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `De begrotingsregel klopt niet: ${problems.map((p) => p.reason).join('; ')}.`, problems);
}

export async function listBudgetLines(db: Db, opts: { programme: string }): Promise<BudgetLineView[]> {
  const p = await resolveProgramme(db, opts.programme);
  return (await budgetLinesOfProgramme(db, p.id)).filter((r) => r.origin !== GAP_ORIGIN).map(budgetLineView);
}

export async function createBudgetLine(
  db: Db,
  actor: Actor,
  opts: { programme: string; fields: BudgetLineFields },
  clock: Clock,
): Promise<BudgetLineView> {
  return inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    const problems = await checkBudgetLine(tx, p.id, opts.fields);
    if (problems.length) throw invalid(problems);
    await assertLineScope(tx, actor, p.id, opts.fields.nodeId);
    const row = await insertBudgetLine(tx, { ...opts.fields, programmeId: p.id, createdAt: clock.now(), updatedAt: clock.now() });
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'budget_line', entityId: row.id, programmeId: p.id, after: budgetLineView(row) },
      clock,
    );
    return budgetLineView(row);
  });
}

export async function updateBudgetLine(
  db: Db,
  actor: Actor,
  opts: { programme: string; lineId: string; version: number; fields: Partial<BudgetLineFields> },
  clock: Clock,
): Promise<BudgetLineView> {
  return inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    const row = await loadLine(tx, p.id, opts.lineId, opts.version);
    const before = budgetLineView(row);
    await assertLineScope(tx, actor, p.id, row.nodeId);
    const { id: _id, programmeId: _p, version: _v, ...current } = before;
    const merged: BudgetLineFields = { ...current, ...opts.fields };
    const problems = await checkBudgetLine(tx, p.id, merged);
    if (problems.length) throw invalid(problems);
    if (merged.nodeId !== row.nodeId) await assertLineScope(tx, actor, p.id, merged.nodeId);
    const updated = await updateBudgetLineRow(tx, row.id, { ...merged, version: row.version + 1, updatedAt: clock.now() });
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'budget_line', entityId: row.id, programmeId: p.id, before, after: budgetLineView(updated) },
      clock,
    );
    return budgetLineView(updated);
  });
}

export async function deleteBudgetLine(
  db: Db,
  actor: Actor,
  opts: { programme: string; lineId: string; version: number },
  clock: Clock,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    const row = await loadLine(tx, p.id, opts.lineId, opts.version);
    await assertLineScope(tx, actor, p.id, row.nodeId);
    await deleteBudgetLineRow(tx, row.id);
    await recordAudit(
      tx,
      actor,
      { action: 'delete', entityType: 'budget_line', entityId: row.id, programmeId: p.id, before: budgetLineView(row) },
      clock,
    );
  });
}
