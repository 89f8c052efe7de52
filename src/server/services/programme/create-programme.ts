import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { programme } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { mayCreateProgramme } from '../../../domain/access/rules';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { programmeColumns, writePartners, type ProgrammeFieldsInput } from './programme-fields';

export type CreateProgrammeOptions = ProgrammeFieldsInput & { slug: string; title: string; levelLabels: string[] };

/** The right to create programmes (domain/access: CREATE_PROGRAMME_ACCESS); the routes declare it too. */
export function assertMayCreateProgramme(actor: Actor): void {
  if (!mayCreateProgramme(actor))
    throw new DomainError('FORBIDDEN', 'Alleen een platformbeheerder mag een nieuw programma aanmaken.', { reason: 'create-programme' });
}

/** Create an empty programme with its own level labels. Returns its id. */
export async function createProgramme(db: Db, actor: Actor, opts: CreateProgrammeOptions, clock: Clock): Promise<string> {
  assertMayCreateProgramme(actor);
  return inTransaction(db, async (tx) => {
    const cols = await programmeColumns(tx, opts, null);
    const [row] = await tx
      .insert(programme)
      .values({
        ...cols,
        slug: opts.slug,
        title: opts.title.trim(),
        levelLabels: opts.levelLabels,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!row) throw new Error('insert programme returned no row');
    await writePartners(tx, row.id, opts.partnerIds);
    await recordAudit(
      tx,
      actor,
      {
        action: 'create',
        entityType: 'programme',
        entityId: row.id,
        programmeId: row.id,
        after: { ...row, partnerIds: opts.partnerIds ?? [] },
      },
      clock,
    );
    return row.id;
  });
}
