import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import {
  costSplitsOfProgramme,
  insertCostSplit,
  defaultPopulationYear,
  municipalitiesWithPopulation,
  type CostSplitRow,
} from '../../../db/queries/finance';
import { municipalitiesOf } from '../../../db/queries/node';
import { listRegions, organisationsByIds, regionById, regionMembersOf, regionsByKeys } from '../../../db/queries/organisation';
import { splitCost, type DistributionKey } from '../../../domain/finance/distribution-key';
import type { CostSplitPreview, CostSplitView } from '../../../domain/finance/responses';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { assertOwnScope, isUuid, resolveNode, resolveProgramme } from '../programme/resolve';

/** Which municipalities share a cost, by what key, and how much. */
export interface CostSplitInput {
  totalCents: number;
  key: DistributionKey;
  /** Reference year of the inhabitants; default: the latest year with figures. */
  year?: number | null;
  /** Share over this region's municipalities … */
  regionId?: string | null;
  /** … or over the municipalities that take part in this node (programme given). */
  nodeId?: string | null;
  /** Added to the set (a neighbour from outside the region) and taken out of it. */
  include?: string[];
  exclude?: string[];
  /** Per organisation id, for 'gewichten' and 'percentages'. */
  weights?: Record<string, string>;
}

const invalid = (field: string, reason: string) =>
  new DomainError('VALIDATION_FAILED', `De verdeling kan niet: ${reason}.`, [{ field, reason }]);

/** The municipalities that share: node participants or region members, plus inclusions, minus exclusions. */
async function sharingSet(db: Db, input: CostSplitInput, programmeId: string | null): Promise<string[]> {
  let ids: string[] = [];
  if (input.nodeId) {
    if (!programmeId) throw invalid('nodeId', 'een element kan alleen binnen een programma worden gekozen');
    const n = await resolveNode(db, programmeId, input.nodeId);
    ids = (await municipalitiesOf(db, [n.id])).sort((a, b) => a.position - b.position).map((m) => m.organisationId);
    if (ids.length === 0 && !input.regionId)
      throw invalid('nodeId', 'bij dit element zijn nog geen deelnemende gemeenten vastgelegd; kies een regio');
  }
  if (ids.length === 0 && input.regionId) {
    if (!isUuid(input.regionId) || !(await regionById(db, input.regionId))) throw invalid('regionId', 'onbekende regio');
    ids = (await regionMembersOf(db, [input.regionId])).map((m) => m.organisationId);
  }
  const out = [...ids, ...(input.include ?? []).filter((id) => !ids.includes(id))].filter((id) => !(input.exclude ?? []).includes(id));
  if (out.length === 0) throw invalid('regionId', 'kies een regio of een element met deelnemende gemeenten');
  return out;
}

export async function previewCostSplit(db: Db, input: CostSplitInput, programmeId: string | null = null): Promise<CostSplitPreview> {
  const ids = await sharingSet(db, input, programmeId);
  if ([...(input.include ?? [])].some((id) => !isUuid(id))) throw invalid('include', 'onbekende gemeente');
  const year = input.year ?? (await defaultPopulationYear(db, ids));
  const found = await municipalitiesWithPopulation(db, ids, year ?? 0);
  const byId = new Map(found.map((m) => [m.id, m]));
  const municipalities = ids.map((id) => {
    const m = byId.get(id);
    if (!m) throw invalid('include', `onbekende gemeente '${id}'`);
    if (m.kind !== 'gemeente') throw invalid('include', `${m.name} is geen gemeente`);
    return {
      organisationId: m.id,
      name: m.name,
      cbsCode: m.cbsCode,
      inhabitants: input.key === 'inwoners' && year === null ? null : m.inhabitants,
    };
  });
  const result = splitCost({
    totalCents: input.totalCents,
    key: input.key,
    municipalities,
    referenceYear: year,
    ...(input.weights ? { weights: input.weights } : {}),
  });
  if (!result.ok)
    throw new DomainError(
      'VALIDATION_FAILED',
      `De verdeling kan niet: ${result.problems.map((p) => p.reason).join('; ')}.`,
      result.problems.map((p) => ({ ...p })),
    );
  return { key: input.key, referenceYear: input.key === 'inwoners' ? year : null, totalCents: input.totalCents, rows: result.rows };
}

/** A preview inside a programme: the node's participating municipalities can be the set. */
export async function previewProgrammeCostSplit(db: Db, opts: { programme: string; input: CostSplitInput }): Promise<CostSplitPreview> {
  const p = await resolveProgramme(db, opts.programme);
  return previewCostSplit(db, opts.input, p.id);
}

const view = (r: CostSplitRow): CostSplitView => ({
  id: r.id,
  title: r.title,
  nodeId: r.nodeId,
  regionId: r.regionId,
  key: r.distributionKey as DistributionKey,
  referenceYear: r.referenceYear,
  totalCents: r.totalCents,
  rows: r.shares,
  decidedAt: r.decidedAt.toISOString(),
  note: r.note,
});

/** Computes the split and stores it as a decision (key, reference data, shares, who, when). */
export async function saveCostSplit(
  db: Db,
  actor: Actor,
  opts: { programme: string; title: string; note?: string | null; input: CostSplitInput },
  clock: Clock,
): Promise<CostSplitView> {
  return inTransaction(db, async (tx) => {
    const p = await resolveProgramme(tx, opts.programme);
    if (opts.title.trim() === '') throw invalid('title', 'geef de verdeling een naam');
    if (opts.input.nodeId) {
      // A decision recorded under a node is a write on that node: it must be the actor's to change.
      const n = await resolveNode(tx, p.id, opts.input.nodeId);
      assertOwnScope(actor, p.id, n.ownerOrganisationId, 'redacteur', `Element '${n.title}'`);
    }
    const preview = await previewCostSplit(tx, opts.input, p.id);
    const row = await insertCostSplit(tx, {
      programmeId: p.id,
      nodeId: opts.input.nodeId ?? null,
      regionId: opts.input.regionId ?? null,
      title: opts.title.trim(),
      totalCents: preview.totalCents,
      distributionKey: preview.key,
      referenceYear: preview.referenceYear,
      shares: preview.rows,
      decidedAt: clock.now(),
      decidedBy: actor.id,
      note: opts.note?.trim() || null,
    });
    await recordAudit(
      tx,
      actor,
      { action: 'create', entityType: 'cost_split', entityId: row.id, programmeId: p.id, after: view(row) },
      clock,
    );
    return view(row);
  });
}

export async function listCostSplits(db: Db, opts: { programme: string }): Promise<CostSplitView[]> {
  const p = await resolveProgramme(db, opts.programme);
  return (await costSplitsOfProgramme(db, p.id)).map(view);
}

/**
 * The CLI's `allocate`: a split over a region named by its key, with weights given per gemeente
 * by CBS code or name (a weights file) instead of by organisation id.
 */
export async function previewRegionCostSplit(
  db: Db,
  opts: {
    regionKey: string;
    totalCents: number;
    key: DistributionKey;
    year?: number | null;
    weightsByGemeente?: { gemeente: string; weight: string }[];
  },
): Promise<CostSplitPreview> {
  const [r] = await regionsByKeys(db, [opts.regionKey]);
  if (!r) {
    const known = (await listRegions(db)).map((x) => x.key).join(', ');
    throw invalid('region', `onbekende regio '${opts.regionKey}' (bekend: ${known})`);
  }
  let weights: Record<string, string> | undefined;
  if (opts.weightsByGemeente) {
    const members = await organisationsByIds(
      db,
      (await regionMembersOf(db, [r.id])).map((m) => m.organisationId),
    );
    weights = {};
    for (const w of opts.weightsByGemeente) {
      const label = w.gemeente.toLowerCase();
      const m = members.find((o) => o.cbsCode === w.gemeente.padStart(4, '0') || o.name.toLowerCase() === label);
      if (!m) throw invalid('weights', `'${w.gemeente}' is geen gemeente van ${r.name}`);
      weights[m.id] = w.weight;
    }
  }
  return previewCostSplit(db, {
    totalCents: opts.totalCents,
    key: opts.key,
    regionId: r.id,
    year: opts.year ?? null,
    ...(weights ? { weights } : {}),
  });
}
