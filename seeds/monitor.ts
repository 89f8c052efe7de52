import type { Db } from '../src/db/database';
import type { Clock } from '../src/domain/shared/clock';
import { listUnits } from '../src/db/queries/monitor';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { importEpisodesCsv } from '../src/server/services/monitor/import-episodes-csv';
import { importRegisterCsv } from '../src/server/services/monitor/import-register-csv';
import { DomainError } from '../src/domain/shared/errors';
import { demoCapacityCsv, demoEpisodes, demoEpisodesCsv, demoRegionCsv } from './monitor-demo';

export interface MonitorDemoResult {
  /** Episodes imported now: 0 when the database already holds monitor data. */
  monitorEpisodes: number;
}

/**
 * Import the synthetic monitor data through the same services an analyst's upload uses: region
 * register, capacity register, episodes. Skipped when any episode is present, so demo data is
 * never mixed into real data and a second run writes nothing (not even an audit entry).
 */
export async function loadMonitorDemo(db: Db, clock: Clock): Promise<MonitorDemoResult> {
  if ((await listUnits(db, 'gemeente')).length > 0) return { monitorEpisodes: 0 };
  const episodes = demoEpisodes();
  const files = [
    {
      fileName: 'demo-regio.csv',
      run: () => importRegisterCsv(db, SYSTEM_ACTOR, 'regio', demoRegionCsv(), { fileName: 'demo-regio.csv', clock }),
    },
    {
      fileName: 'demo-capaciteit.csv',
      run: () => importRegisterCsv(db, SYSTEM_ACTOR, 'capaciteit', demoCapacityCsv(episodes), { fileName: 'demo-capaciteit.csv', clock }),
    },
    {
      fileName: 'demo-zorgepisodes.csv',
      run: () =>
        importEpisodesCsv(db, SYSTEM_ACTOR, demoEpisodesCsv(episodes), {
          fileName: 'demo-zorgepisodes.csv',
          pseudonymSecret: undefined,
          clock,
        }),
    },
  ];
  for (const f of files) {
    const report = await f.run();
    if (report.rejected > 0) {
      throw new DomainError('IMPORT_ROW_INVALID', `Demobestand ${f.fileName} werd geweigerd.`, { errors: report.errors.slice(0, 5) });
    }
  }
  return { monitorEpisodes: episodes.length };
}
