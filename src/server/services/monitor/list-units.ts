import type { Db } from '../../../db/database';
import { listUnits as unitsOf } from '../../../db/queries/monitor';
import type { MonitorUnitKind } from '../../../domain/monitor/figures';

/** The units (gemeenten, regio's or aanbieders) one can choose from in the monitor. */
export async function listMonitorUnits(db: Db, by: MonitorUnitKind): Promise<{ code: string; name: string }[]> {
  return unitsOf(db, by);
}
