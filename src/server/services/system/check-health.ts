import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { migrationState } from '../../../db/migrate';

export interface DatabaseHealth {
  kind: Database['kind'];
  reachable: boolean;
  migrations: { applied: number; known: number; current: boolean };
}

/** Is the database reachable, and are all known migrations applied? Never throws. */
export async function checkHealth(database: Database): Promise<DatabaseHealth> {
  let reachable = true;
  try {
    await database.db.execute(sql`select 1`);
  } catch {
    reachable = false;
  }
  const migrations = reachable ? await migrationState(database) : { applied: 0, known: 0, current: false };
  return { kind: database.kind, reachable, migrations };
}
