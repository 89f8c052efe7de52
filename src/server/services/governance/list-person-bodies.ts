import type { Db } from '../../../db/database';
import { seatOrganisationsOf, seatsOfPerson } from '../../../db/queries/governance';
import { organisationsByIds, personById } from '../../../db/queries/organisation';
import { decide } from '../../../domain/access/rules';
import type { PersonBodiesView } from '../../../domain/governance/responses';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { kindOf } from './load-governance';

/** The bodies a person sits in, in the programmes the actor may read (others are left out, not hinted at). */
export async function listPersonBodies(db: Db, actor: Actor, opts: { personId: string }): Promise<PersonBodiesView> {
  const p = await personById(db, opts.personId);
  if (!p) throw notFound('Persoon', opts.personId);
  const seats = (await seatsOfPerson(db, p.id)).filter((s) => decide(actor, { programme: 'lezer' }, s.programmeId) === 'allow');
  const links = await seatOrganisationsOf(
    db,
    seats.map((s) => s.seatId),
  );
  const orgs = new Map(
    (await organisationsByIds(db, [...new Set(links.map((l) => l.organisationId))])).map((o) => [o.id, { id: o.id, name: o.name }]),
  );
  return {
    personId: p.id,
    personName: p.name,
    seats: seats.map((s) => ({
      seatId: s.seatId,
      role: s.role,
      body: { id: s.bodyId, name: s.bodyName, kind: kindOf(s.bodyKind), programmeId: s.programmeId, programmeTitle: s.programmeTitle },
      programmeSlug: s.programmeSlug,
      programmeTitle: s.programmeTitle,
      organisations: links.filter((l) => l.seatId === s.seatId).flatMap((l) => orgs.get(l.organisationId) ?? []),
    })),
  };
}
