import type { Db } from '../../../db/database';
import { listProgrammes as queryProgrammes, type ProgrammeRow } from '../../../db/queries/programme';
import { listPublishedProgrammes } from '../../../db/queries/publication';
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

/**
 * The programmes the actor may see: a visitor without an account sees only published programmes
 * (read through the public read model's query); signed-in people see every programme.
 */
export async function listProgrammes(db: Db, actor: Actor): Promise<ProgrammeSummary[]> {
  if (actor.kind === 'anonymous') {
    return (await listPublishedProgrammes(db)).map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      shortName: p.shortName,
      levelLabels: p.levelLabels,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      status: p.status,
    }));
  }
  return (await queryProgrammes(db)).map(toSummary);
}
