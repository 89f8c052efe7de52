import type { Db } from '../src/db/database';
import { organisationsByKeys } from '../src/db/queries/organisation';
import { membersOf } from '../src/db/queries/organisation-member';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { setGroupMembers } from '../src/server/services/organisation/set-group-members';
import { referenceGroups } from './reference/organisations';

/** Group memberships of the demo ("Groninger gemeenten" holds the ten gemeenten); a group that has members is left alone. */
export async function loadGroupMembers(db: Db, clock: Clock): Promise<number> {
  let set = 0;
  for (const g of referenceGroups) {
    const orgs = new Map((await organisationsByKeys(db, [g.group, ...g.members])).map((o) => [o.key, o]));
    const group = orgs.get(g.group);
    if (!group || (await membersOf(db, group.id)).length > 0) continue;
    await setGroupMembers(db, SYSTEM_ACTOR, { groupId: group.id, memberIds: g.members.flatMap((k) => orgs.get(k)?.id ?? []) }, clock);
    set++;
  }
  return set;
}
