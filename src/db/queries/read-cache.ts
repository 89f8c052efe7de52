import { eq } from 'drizzle-orm';
import type { Db } from '../database';
import { contentRevision } from '../schema';

/** The database's content revision (moved by a trigger on every change that a read model shows). */
export async function readContentRevision(db: Db): Promise<number> {
  const [row] = await db.select({ revision: contentRevision.revision }).from(contentRevision).where(eq(contentRevision.id, 1));
  return row?.revision ?? 0;
}
