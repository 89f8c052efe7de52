import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../database';
import { organisation, organisationMember } from '../schema';

/** The groups an organisation belongs to ("Groninger gemeenten" for a Groninger gemeente). */
export function groupsOf(db: Db, memberId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisationMember)
    .innerJoin(organisation, eq(organisation.id, organisationMember.groupId))
    .where(eq(organisationMember.memberId, memberId))
    .orderBy(asc(organisation.name));
}

/** The members of a group organisation. */
export function membersOf(db: Db, groupId: string): Promise<{ id: string; name: string; kind: string }[]> {
  return db
    .select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
    .from(organisationMember)
    .innerJoin(organisation, eq(organisation.id, organisationMember.memberId))
    .where(eq(organisationMember.groupId, groupId))
    .orderBy(asc(organisation.name));
}

export function membershipRowsOfGroups(db: Db, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db.select().from(organisationMember).where(inArray(organisationMember.groupId, groupIds));
}
