import type { Db } from '../../../db/database';
import { listProgrammes as queryProgrammes, type ProgrammeRow } from '../../../db/queries/programme';
import { listRegions } from '../../../db/queries/organisation';
import { listPublishedProgrammes } from '../../../db/queries/publication';
import type { ProgrammeSummary } from '../../../domain/programme/responses';
import type { Actor } from '../../auth/actor';

export type { ProgrammeSummary };

function toSummary(p: ProgrammeRow, regions: Map<string, string>): ProgrammeSummary {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    shortName: p.shortName,
    levelLabels: p.levelLabels,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    status: p.status,
    region: p.regionId ? { id: p.regionId, name: regions.get(p.regionId) ?? '' } : null,
  };
}

/**
 * The programmes the actor may see: a visitor without an account sees only published programmes
 * (read through the public read model's query; which region a programme serves is public); signed-in
 * people see every programme.
 */
export async function listProgrammes(db: Db, actor: Actor): Promise<ProgrammeSummary[]> {
  const names = new Map((await listRegions(db)).map((r) => [r.id, r.name]));
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
      region: p.regionId ? { id: p.regionId, name: names.get(p.regionId) ?? '' } : null,
    }));
  }
  return (await queryProgrammes(db)).map((p) => toSummary(p, names));
}
