import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { organisationById } from '../../../db/queries/organisation';
import { membersOf } from '../../../db/queries/organisation-member';
import { organisationMember } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

/**
 * Set the members of a group organisation ("Groninger gemeenten" holds its gemeenten): the list
 * replaces the previous one, audited with before and after. A group cannot hold itself.
 */
export async function setGroupMembers(db: Db, actor: Actor, opts: { groupId: string; memberIds: string[] }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const group = await organisationById(tx, opts.groupId, { forUpdate: true });
    if (!group) throw notFound('Organisatie', opts.groupId);
    const ids = [...new Set(opts.memberIds)];
    const problems = [];
    for (const [i, id] of ids.entries()) {
      if (id === group.id) problems.push({ row: i + 1, field: 'memberIds', reason: 'Een groep kan niet lid zijn van zichzelf.' });
      else if (!(await organisationById(tx, id)))
        problems.push({ row: i + 1, field: 'memberIds', reason: `Organisatie '${id}' bestaat niet.` });
    }
    if (problems.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Leden van '${group.name}' ongeldig: ${problems.map((p) => `rij ${p.row}: ${p.reason}`).join(' ')}`,
        problems,
      );
    const before = await membersOf(tx, group.id);
    await tx.delete(organisationMember).where(eq(organisationMember.groupId, group.id));
    if (ids.length > 0) await tx.insert(organisationMember).values(ids.map((memberId) => ({ groupId: group.id, memberId })));
    await recordAudit(
      tx,
      actor,
      { action: 'set-members', entityType: 'organisation_member', entityId: group.id, before: before.map((m) => m.id), after: ids },
      clock,
    );
  });
}
