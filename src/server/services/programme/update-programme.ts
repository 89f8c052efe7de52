import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { partnersOf } from '../../../db/queries/programme';
import { programme } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { getProgramme, type ProgrammeDetail } from './get-programme';
import { programmeColumns, writePartners, type ProgrammeFieldsInput } from './programme-fields';
import { resolveProgramme, versionConflict } from './resolve';

export interface UpdateProgrammeOptions {
  programme: string;
  version: number;
  fields: ProgrammeFieldsInput;
}

export async function updateProgramme(db: Db, actor: Actor, opts: UpdateProgrammeOptions, clock: Clock): Promise<ProgrammeDetail> {
  const id = await inTransaction(db, async (tx) => {
    const row = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    if (row.version !== opts.version) {
      throw versionConflict(`Programma '${row.title}'`, opts.version, row.version, await getProgramme(tx, actor, { programme: row.id }));
    }
    const before = { ...row, partnerIds: (await partnersOf(tx, row.id)).map((x) => x.organisationId) };
    const cols = await programmeColumns(tx, opts.fields, row.id);
    const [updated] = await tx
      .update(programme)
      .set({ ...cols, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(programme.id, row.id))
      .returning();
    if (!updated) throw new Error('update programme returned no row');
    await writePartners(tx, row.id, opts.fields.partnerIds);
    const after = { ...updated, partnerIds: (await partnersOf(tx, row.id)).map((x) => x.organisationId) };
    await recordAudit(
      tx,
      actor,
      { action: 'update', entityType: 'programme', entityId: row.id, programmeId: row.id, before, after },
      clock,
    );
    return row.id;
  });
  return getProgramme(db, actor, { programme: id });
}

export async function deleteProgramme(db: Db, actor: Actor, opts: { programme: string; version: number }, clock: Clock): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await resolveProgramme(tx, opts.programme, { forUpdate: true });
    if (row.version !== opts.version) {
      throw versionConflict(`Programma '${row.title}'`, opts.version, row.version, await getProgramme(tx, actor, { programme: row.id }));
    }
    await tx.delete(programme).where(eq(programme.id, row.id));
    await recordAudit(tx, actor, { action: 'delete', entityType: 'programme', entityId: row.id, programmeId: row.id, before: row }, clock);
  });
}
