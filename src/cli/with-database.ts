import { openDatabase, type Database, type OpenOptions } from '../db/client';
import type { AppConfig } from '../server/config';

/** Open (and lock) the configured database for one command, and always close it again. */
export async function withDatabase<T>(config: AppConfig, work: (db: Database) => Promise<T>, opts: OpenOptions = {}): Promise<T> {
  const database = await openDatabase(config.database, opts);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
