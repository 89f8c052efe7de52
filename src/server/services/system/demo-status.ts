import type { Db } from '../../../db/database';
import { monitorHasDemoEpisodes } from '../../../db/queries/demo';

/** Which parts of this installation hold invented (demo) data. */
export async function demoStatus(db: Db): Promise<{ monitor: boolean }> {
  return { monitor: await monitorHasDemoEpisodes(db) };
}
