import type { Db } from '../src/db/database';
import { listProgrammes } from '../src/db/queries/programme';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { ensureReferenceData } from '../src/server/services/organisation/ensure-reference-data';
import { importProgramme } from '../src/server/services/programme/import-programme';
import { demoDocuments } from './programmes/index';
import { demoReferenceData } from './reference-data';
import { loadProgressDemo } from './progress-demo';
import { loadMonitorDemo } from './monitor';
import { loadKpiDemo } from './kpi-demo';
import { loadFinanceDemo } from './finance-demo';
import { loadGovernanceDemo } from './governance-demo';
import { loadPublicationDemo } from './publication-demo';
import { loadGroupMembers } from './groups';
import { loadSocialMapDemo } from './social-map-demo';
import { loadKnowledgeDemo } from './knowledge-demo';

export interface DemoResult {
  programmesCreated: number;
  programmesPresent: number;
  organisationsCreated: number;
  regionsCreated: number;
  /** Synthetic care episodes for the regional monitor (seeds/monitor-demo.ts). */
  monitorEpisodes: number;
}

/**
 * Load the demo: reference data (organisations, regions, inhabitants) and the three seed
 * programmes (built from the documents in shared/seeds, in our own words), through the same
 * import service as `regietafel import programme`. Idempotent: existing keys and slugs are left
 * alone. Shared by `npm start` and the e2e tests.
 */
export async function loadDemo(db: Db, clock: Clock): Promise<DemoResult> {
  const ref = await ensureReferenceData(db, SYSTEM_ACTOR, demoReferenceData(), clock);
  await loadGroupMembers(db, clock); // group organisations and their members (seeds/groups.ts)
  const existing = new Set((await listProgrammes(db)).map((p) => p.slug));
  let created = 0;
  for (const doc of demoDocuments) {
    if (existing.has(doc.programme.slug)) continue;
    await importProgramme(db, SYSTEM_ACTOR, { document: doc }, clock);
    created++;
  }
  await loadProgressDemo(db, clock); // demo milestones, periods and updates (seeds/progress-demo.ts)
  await loadFinanceDemo(db, clock); // budget lines from the documents' finance facts (seeds/finance-demo.ts)
  await loadGovernanceDemo(db, clock); // bodies, seats and meetings the documents name (seeds/governance-demo.ts)
  await loadPublicationDemo(db, clock); // the demo programmes are public (seeds/publication-demo.ts)
  const monitor = await loadMonitorDemo(db, clock); // synthetic care episodes (seeds/monitor-demo.ts)
  await loadKpiDemo(db, clock); // KPIs of the seeds with their targets, demo figures and ZRM (seeds/kpi-demo.ts)
  await loadSocialMapDemo(db, clock); // services the seed programmes name, per municipality (seeds/social-map-demo.ts)
  await loadKnowledgeDemo(db, clock); // good practices, related initiatives and lists the documents name (seeds/knowledge-demo.ts)
  return {
    programmesCreated: created,
    programmesPresent: existing.size,
    organisationsCreated: ref.organisationsCreated,
    regionsCreated: ref.regionsCreated,
    monitorEpisodes: monitor.monitorEpisodes,
  };
}
