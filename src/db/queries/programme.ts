import { asc, eq, sql, type SQL } from 'drizzle-orm';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The condition of programmeByIdOrSlug on the programme table, for a statement that reads more in one go (request-context.ts). */
export function programmeIdOrSlugIs(idOrSlug: string): SQL {
  return UUID.test(idOrSlug) ? eq(programme.id, idOrSlug) : eq(programme.slug, idOrSlug);
}

/**
 * The same condition with the value as the placeholder `programme`, and its form (by id or by slug),
 * so a prepared statement is built once per form (request-context.ts).
 */
export function programmeIdOrSlugMatch(idOrSlug: string): { form: string; condition: SQL } {
  return UUID.test(idOrSlug)
    ? { form: 'id', condition: eq(programme.id, sql.placeholder('programme')) }
    : { form: 'slug', condition: eq(programme.slug, sql.placeholder('programme')) };
}

/**
 * THE lookup of a programme named by its id or its slug (routes, the CLI and documents accept
 * both); undefined when none exists. A slug never has the shape of a uuid, so one query answers.
 */
export async function programmeByIdOrSlug(db: Db, idOrSlug: string, opts: { forUpdate?: boolean } = {}): Promise<ProgrammeRow | undefined> {
  const q = db.select().from(programme).where(programmeIdOrSlugIs(idOrSlug));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}
