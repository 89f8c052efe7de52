import type { Db } from '../../../db/database';
import type { IsoDate } from '../../../domain/progress/dates';
import type { GovernanceSection } from '../../../domain/report/view-model';

export interface GovernanceSectionOptions {
  programmeId: string;
  /** Only this body's decisions and actions (a report for a body's meeting). */
  bodyId?: string | null;
  from: IsoDate | null;
  to: IsoDate;
}

/**
 * Decisions requested and open actions for the board report. Governance (bodies, meetings,
 * decisions, actions) is built in its own branch; when it lands this function maps
 * `listDecisionsAndActions(db, { programmeId, bodyId, from, to })` onto these two lists.
 * Until then it returns empty lists, and the report shows "Geen besluiten gevraagd" /
 * "Geen openstaande acties".
 */
export async function loadGovernanceSection(_db: Db, _opts: GovernanceSectionOptions): Promise<GovernanceSection> {
  return { decisions: [], actions: [] };
}
