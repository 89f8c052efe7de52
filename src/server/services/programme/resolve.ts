import type { Db } from '../../../db/database';
import { programmeByIdOrSlug, type ProgrammeRow } from '../../../db/queries/programme';
import { nodeById, type NodeRow } from '../../../db/queries/node';
import { firstOutOfScope, type ScopeTouch } from '../../../domain/access/rules';
import { DomainError, notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** A programme by id or slug; NOT_FOUND otherwise. */
export async function resolveProgramme(db: Db, idOrSlug: string, opts: { forUpdate?: boolean } = {}): Promise<ProgrammeRow> {
  const row = await programmeByIdOrSlug(db, idOrSlug, opts);
  if (!row) throw notFound('Programma', idOrSlug);
  return row;
}

/** A node that belongs to the programme named in the route. */
export async function resolveNode(db: Db, programmeId: string, nodeId: string, opts: { forUpdate?: boolean } = {}): Promise<NodeRow> {
  const row = isUuid(nodeId) ? await nodeById(db, nodeId, opts) : undefined;
  if (!row || row.programmeId !== programmeId) throw notFound('Element', nodeId);
  return row;
}

/** 409 with the current state: the edit was based on an older version. */
export function versionConflict(what: string, expected: number, actual: number, current: unknown): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    `${what} is intussen gewijzigd door iemand anders (u bewerkte versie ${expected}, de ` +
      `huidige is ${actual}). Bekijk de huidige inhoud en breng uw wijziging opnieuw aan.`,
    { expectedVersion: expected, currentVersion: actual, current },
  );
}

/**
 * Organisation scope, the one place services enforce it: a redacteur edits, and a rapporteur
 * reports on, only what the organisation they act for owns; programme and platform beheerders act on
 * everything (domain/access/rules). A write passes EVERY entity it touches: the node itself, the
 * parent it writes under, the new owner or partner, every node it renumbers or deletes.
 */
export function assertScope(actor: Actor, programmeId: string, touches: readonly ScopeTouch[], required: 'redacteur' | 'rapporteur'): void {
  const outside = firstOutOfScope(actor, programmeId, touches, required);
  if (!outside) return;
  throw new DomainError(
    'FORBIDDEN',
    `${outside.what} hoort niet bij uw organisatie: u mag alleen wijzigen wat van uw eigen organisatie is.`,
    { reason: 'organisation-scope' },
  );
}

/** One touch: see assertScope. */
export function assertOwnScope(
  actor: Actor,
  programmeId: string,
  ownerOrganisationId: string | null,
  required: 'redacteur' | 'rapporteur',
  what: string,
): void {
  assertScope(actor, programmeId, [{ what, ownerOrganisationId }], required);
}
