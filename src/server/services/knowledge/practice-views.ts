import type { Db } from '../../../db/database';
import { adoptionsOf, organisationNames, practiceNodesOf, regionNames, type PracticeRow } from '../../../db/queries/knowledge';
import type { PracticeView } from '../../../domain/knowledge/responses';
import type { AdoptionStatus } from '../../../domain/knowledge/vocabulary';
import type { Actor } from '../../auth/actor';
import { programmeVisibility } from './visibility';

/** Rows → what the reader may see: related nodes only in programmes they may read; no contact for visitors. */
export async function practiceViews(db: Db, actor: Actor, rows: PracticeRow[]): Promise<PracticeView[]> {
  const ids = rows.map((r) => r.id);
  const [nodes, adoptions, orgs, regions, visible] = await Promise.all([
    practiceNodesOf(db, ids),
    adoptionsOf(db, ids),
    organisationNames(db, [...new Set(rows.flatMap((r) => (r.originOrganisationId ? [r.originOrganisationId] : [])))]),
    regionNames(db, [...new Set(rows.flatMap((r) => (r.originRegionId ? [r.originRegionId] : [])))]),
    programmeVisibility(db, actor),
  ]);
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const regionName = new Map(regions.map((o) => [o.id, o.name]));
  const visitor = actor.kind === 'anonymous';
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    workingComponents: r.workingComponents,
    targetGroup: r.targetGroup,
    origin: {
      organisation: r.originOrganisationId ? { id: r.originOrganisationId, name: orgName.get(r.originOrganisationId) ?? '' } : null,
      region: r.originRegionId ? { id: r.originRegionId, name: regionName.get(r.originRegionId) ?? '' } : null,
      text: r.originText,
    },
    contact: visitor ? null : r.contact,
    links: r.links,
    tags: r.tags,
    relatedNodes: nodes.filter((n) => n.practiceId === r.id && visible(n.programmeId)).map(({ practiceId: _p, ...n }) => n),
    adoptions: adoptions
      .filter((a) => a.practiceId === r.id)
      .map((a) => ({
        organisationId: a.organisationId,
        organisationName: a.organisationName,
        status: a.status as AdoptionStatus,
        statusDate: a.statusDate,
        note: a.note,
      })),
    published: r.published,
    isDemo: r.isDemo,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
