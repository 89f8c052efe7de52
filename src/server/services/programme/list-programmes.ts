import type { Db } from '../../../db/database';
import { listProgrammes as queryProgrammes, type ProgrammeRow } from '../../../db/queries/programme';
import type { Actor } from '../../auth/actor';

export interface ProgrammeSummary {
  id: string;
  slug: string;
  title: string;
  shortName: string | null;
  levelLabels: string[];
  periodStart: string | null;
  periodEnd: string | null;
  status: string;
}

function toSummary(p: ProgrammeRow): ProgrammeSummary {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    shortName: p.shortName,
    levelLabels: p.levelLabels,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    status: p.status,
  };
}

/** The programmes the actor may see. Until accounts exist every programme is visible. */
export async function listProgrammes(db: Db, _actor: Actor): Promise<ProgrammeSummary[]> {
  return (await queryProgrammes(db)).map(toSummary);
}
