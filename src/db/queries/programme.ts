import { asc, eq } from 'drizzle-orm';
import type { Db } from '../database';
import { programme, programmePartner } from '../schema';

export type ProgrammeRow = typeof programme.$inferSelect;

export function listProgrammes(db: Db): Promise<ProgrammeRow[]> {
  return db.select().from(programme).orderBy(asc(programme.title));
}

export async function programmeById(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<ProgrammeRow | undefined> {
  const q = db.select().from(programme).where(eq(programme.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function programmeBySlug(db: Db, slug: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programme).where(eq(programme.slug, slug));
  return row;
}

export function partnersOf(db: Db, programmeId: string): Promise<(typeof programmePartner.$inferSelect)[]> {
  return db.select().from(programmePartner).where(eq(programmePartner.programmeId, programmeId)).orderBy(asc(programmePartner.position));
}

/** The id of the programme named by its id or its slug (routes accept both); null when none exists. */
export async function programmeIdByIdOrSlug(db: Db, idOrSlug: string): Promise<string | null> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  const row = isUuid ? await programmeById(db, idOrSlug) : await programmeBySlug(db, idOrSlug);
  return row?.id ?? null;
}
