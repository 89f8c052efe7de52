import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../database';
import { auditLog, monitorEpisode } from '../schema';

/** Whether the monitor holds the synthetic demo episodes (seeds/monitor.ts imports them as demo-*.csv files). */
export async function monitorHasDemoEpisodes(db: Db): Promise<boolean> {
  const [episode] = await db.select({ id: monitorEpisode.id }).from(monitorEpisode).limit(1);
  if (!episode) return false;
  const [imported] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'monitor_episodes'), like(auditLog.entityId, 'demo-%')))
    .limit(1);
  return imported !== undefined;
}
