import { createHash } from 'node:crypto';
import { inTransaction, type Db } from '../../../db/database';
import { listZrmAssessments } from '../../../db/queries/kpi';
import { organisationsByIds } from '../../../db/queries/organisation';
import { kpiZrmAssessment } from '../../../db/schema';
import { mayActOnOwnedEntity } from '../../../domain/access/rules';
import { aggregateZrm, isValidZrmScores, pairAssessments, ZRM_DOMAINS, type ZrmScores } from '../../../domain/kpi/zrm';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { ZrmView } from '../../../domain/kpi/responses';

/** ZRM outcomes of a programme: % improved / stable / declined per domain, per provider and in total, suppressed. */
export async function getZrm(db: Db, opts: { programmeId: string; threshold: number }): Promise<ZrmView> {
  const list = await listZrmAssessments(db, opts.programmeId);
  const pairs = pairAssessments(
    list.map((a) => ({
      client: a.clientPseudonym,
      provider: a.providerOrganisationId,
      kind: a.kind as 'start' | 'vervolg',
      date: a.assessedOn,
      scores: a.scores as ZrmScores,
    })),
  );
  const ids = [...new Set(list.map((a) => a.providerOrganisationId))];
  const orgs = (await organisationsByIds(db, ids)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const name = new Map(orgs.map((o) => [o.id, o.name]));
  const rows = aggregateZrm(
    pairs,
    orgs.map((o) => o.id),
    opts.threshold,
  );
  return {
    domains: [...ZRM_DOMAINS],
    threshold: opts.threshold,
    pairs: pairs.length,
    providers: orgs.map((o) => ({ id: o.id, name: o.name })),
    rows: rows.map((r) => ({ ...r, unitName: r.unit === 'totaal' ? 'Totaal' : (name.get(r.unit) ?? r.unit) })),
    isDemo: list.some((a) => a.isDemo),
  };
}

/** Pseudonym of a provider's own client reference: no readable reference is stored. */
export const zrmPseudonym = (providerId: string, clientRef: string) =>
  createHash('sha256').update(`${providerId}:${clientRef}`).digest('hex');

export interface RecordZrmOptions {
  programmeId: string;
  providerOrganisationId: string;
  assessments: { clientRef: string; kind: 'start' | 'vervolg'; date: string; scores: (number | null)[] }[];
  isDemo?: boolean;
}

/** Store a provider's ZRM assessments (the provider itself, or a beheerder), all or nothing. */
export async function recordZrmAssessments(db: Db, actor: Actor, opts: RecordZrmOptions, clock: Clock): Promise<number> {
  return inTransaction(db, (tx) => insertZrmAssessments(tx, actor, opts, clock));
}

/** As recordZrmAssessments, inside the caller's transaction (an import writes several providers at once). */
export async function insertZrmAssessments(tx: Db, actor: Actor, opts: RecordZrmOptions, clock: Clock): Promise<number> {
  if (!mayActOnOwnedEntity(actor, opts.programmeId, opts.providerOrganisationId, 'rapporteur')) {
    throw new DomainError('FORBIDDEN', 'U mag alleen ZRM-metingen van uw eigen organisatie invoeren.', { reason: 'organisation-scope' });
  }
  const bad = opts.assessments
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => !isValidZrmScores(a.scores) || !/^\d{4}-\d{2}-\d{2}$/.test(a.date));
  if (bad.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `ZRM-meting ongeldig: ${bad.length} meting(en) zonder 13 scores van 1 tot 5 of zonder datum.`,
      bad.map(({ i }) => ({ row: i + 1, field: 'scores', reason: '13 scores van 1 tot 5 (of leeg) en een datum' })),
    );
  if (opts.assessments.length === 0) return 0;
  const rows = await tx
    .insert(kpiZrmAssessment)
    .values(
      opts.assessments.map((a) => ({
        programmeId: opts.programmeId,
        providerOrganisationId: opts.providerOrganisationId,
        clientPseudonym: zrmPseudonym(opts.providerOrganisationId, a.clientRef),
        kind: a.kind,
        assessedOn: a.date,
        scores: a.scores,
        isDemo: opts.isDemo ?? false,
        createdAt: clock.now(),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: kpiZrmAssessment.id });
  await recordAudit(
    tx,
    actor,
    {
      action: 'create',
      entityType: 'kpi_zrm_assessment',
      entityId: opts.providerOrganisationId,
      programmeId: opts.programmeId,
      after: { assessments: rows.length },
    },
    clock,
  );
  return rows.length;
}
