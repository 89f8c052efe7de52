import type { Db } from '../../../db/database';
import {
  effortGoalsOf,
  effortsOfProgramme,
  gapAnalysesOf,
  linksTouching,
  municipalitiesOf,
  nodeRefs,
  nodesOfProgramme,
  trekkersOf,
} from '../../../db/queries/node';
import { organisationsByIds, personsByIds, populationOf, regionById, regionMembersOf } from '../../../db/queries/organisation';
import { partnersOf } from '../../../db/queries/programme';
import { listUpdates } from '../../../db/queries/progress';
import { PROGRAMME_DOCUMENT_FORMAT, type ProgrammeDocument } from '../../../domain/programme/document';
import type { OrganisationKind, PersonRole, ProgrammeStatus, NodeScope, BudgetKind, LinkKind } from '../../../domain/programme/vocabulary';
import { depthFirst } from '../../../domain/programme/tree';
import type { Actor } from '../../auth/actor';
import { exportProgress } from './export-progress';
import { deadlineOf } from './node-view';
import { resolveProgramme } from './resolve';

type DocNodeOut = ProgrammeDocument['nodes'][number];

/**
 * The programme as an interchange document, every field written out, in a stable order
 * (nodes depth-first, organisations by key, links sorted, progress by node and content), so
 * export → import → export is identical. Personal data (authors' names, who locked a period or
 * withdrew an override, persons' e-mail and phone) stays out unless `personalData` is asked for:
 * an author is then named by the organisation they reported for.
 */
export async function exportProgramme(
  db: Db,
  _actor: Actor,
  opts: { programme: string; personalData?: boolean },
): Promise<ProgrammeDocument> {
  const personalData = opts.personalData ?? false;
  const p = await resolveProgramme(db, opts.programme);
  const nodes = depthFirst(await nodesOfProgramme(db, p.id));
  const ids = nodes.map((n) => n.id);
  const trekkers = await trekkersOf(db, ids);
  const municipalities = await municipalitiesOf(db, ids);
  const gaps = await gapAnalysesOf(db, ids);
  const efforts = await effortsOfProgramme(db, p.id);
  const partners = await partnersOf(db, p.id);
  const links = await linksTouching(db, ids);
  const goals = await effortGoalsOf(
    db,
    efforts.map((e) => e.id),
  );
  const region = p.regionId ? await regionById(db, p.regionId) : undefined;
  const members = region ? await regionMembersOf(db, [region.id]) : [];
  const persons = await personsByIds(db, [...new Set(trekkers.flatMap((t) => (t.personId ? [t.personId] : [])))]);

  const orgIds = new Set<string>([
    ...(p.ownerOrganisationId ? [p.ownerOrganisationId] : []),
    ...partners.map((x) => x.organisationId),
    ...members.map((m) => m.organisationId),
    ...nodes.flatMap((n) => (n.ownerOrganisationId ? [n.ownerOrganisationId] : [])),
    ...trekkers.flatMap((t) => (t.organisationId ? [t.organisationId] : [])),
    ...municipalities.map((m) => m.organisationId),
    ...efforts.flatMap((e) => (e.partnerOrganisationId ? [e.partnerOrganisationId] : [])),
    ...persons.flatMap((x) => (x.organisationId ? [x.organisationId] : [])),
    ...(await listUpdates(db, p.id)).flatMap((u) => (u.organisationId ? [u.organisationId] : [])),
  ]);
  const orgs = (await organisationsByIds(db, [...orgIds])).sort((a, b) => a.key.localeCompare(b.key));
  const population = await populationOf(
    db,
    orgs.map((o) => o.id),
  );
  const orgKey = new Map(orgs.map((o) => [o.id, o.key]));
  const key = (id: string | null) => (id === null ? null : (orgKey.get(id) ?? null));
  const nodeKey = new Map(nodes.map((n) => [n.id, n.key]));
  const personKey = new Map(persons.map((x) => [x.id, x.key]));
  const order = new Map(ids.map((id, i) => [id, i]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const progress = await exportProgress(db, {
    programmeId: p.id,
    nodeKey,
    order,
    orgKey: key,
    orgName: (id) => (id ? (orgName.get(id) ?? null) : null),
    personalData,
  });

  const docNodes: DocNodeOut[] = nodes.map((n) => {
    const g = gaps.find((x) => x.nodeId === n.id);
    return {
      key: n.key,
      parentKey: n.parentId === null ? null : (nodeKey.get(n.parentId) ?? null),
      code: n.code,
      title: n.title,
      description: n.description,
      level: n.level,
      scope: n.scope as NodeScope | null,
      owner: key(n.ownerOrganisationId),
      trekkers: trekkers
        .filter((t) => t.nodeId === n.id)
        .flatMap((t): ({ person: string } | { organisation: string })[] => {
          if (t.personId) return [{ person: personKey.get(t.personId) ?? '' }];
          const o = key(t.organisationId);
          return o ? [{ organisation: o }] : [];
        }),
      municipalities: municipalities.filter((m) => m.nodeId === n.id && !m.excluded).flatMap((m) => key(m.organisationId) ?? []),
      // Written only when present, so documents without them stay as they were.
      ...(municipalities.some((m) => m.nodeId === n.id && m.excluded)
        ? {
            excludedMunicipalities: municipalities
              .filter((m) => m.nodeId === n.id && m.excluded)
              .flatMap((m) => key(m.organisationId) ?? []),
          }
        : {}),
      ...(n.aliases.length > 0 ? { aliases: n.aliases } : {}),
      deadline: deadlineOf(n),
      doelstelling: n.doelstelling,
      expectedResult: n.expectedResult,
      sections: n.sections,
      gapAnalysis: g
        ? {
            currentPractices: g.currentPractices,
            hiaat: g.hiaat,
            voorstel: g.voorstel,
            budget: g.budgetKind
              ? { kind: g.budgetKind as BudgetKind, cents: g.budgetCents, fund: g.budgetFund, note: g.budgetNote }
              : null,
          }
        : null,
    };
  });

  const outLinks = links.filter((l) => order.has(l.fromNodeId));
  const targets = new Map(
    (
      await nodeRefs(
        db,
        outLinks.map((l) => l.toNodeId),
      )
    ).map((r) => [r.id, r]),
  );
  const docLinks = outLinks
    .flatMap((l) => {
      const from = nodeKey.get(l.fromNodeId);
      const t = targets.get(l.toNodeId);
      if (!from || !t) return [];
      const to = t.programmeId === p.id ? t.key : { programme: t.programmeSlug, node: t.key };
      return [{ from, to, kind: l.kind as LinkKind, note: l.note }];
    })
    .sort((a, b) => JSON.stringify([a.from, a.to, a.kind]).localeCompare(JSON.stringify([b.from, b.to, b.kind])));

  return {
    format: PROGRAMME_DOCUMENT_FORMAT,
    formatVersion: 1,
    programme: {
      slug: p.slug,
      title: p.title,
      shortName: p.shortName,
      description: p.description,
      levelLabels: p.levelLabels,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      status: p.status as ProgrammeStatus,
      region: region?.key ?? null,
      owner: key(p.ownerOrganisationId),
      partners: partners.flatMap((x) => key(x.organisationId) ?? []),
      // Written only when filled in, so documents without them stay as they were.
      ...Object.fromEntries(
        (['documentVersion', 'adoptedOn', 'adoptedBy', 'replaces', 'vision', 'goal'] as const).flatMap((k) =>
          p[k] !== null ? [[k, p[k]]] : [],
        ),
      ),
    },
    organisations: orgs.map((o) => ({
      key: o.key,
      name: o.name,
      kind: o.kind as OrganisationKind,
      description: o.description,
      cbsCode: o.cbsCode,
      population: population
        .filter((x) => x.organisationId === o.id)
        .map((x) => ({
          year: x.year,
          inhabitants: x.inhabitants,
          referenceDate: x.referenceDate,
          source: x.source,
          sourceUrl: x.sourceUrl,
          note: x.note,
        })),
    })),
    regions: region ? [{ key: region.key, name: region.name, municipalities: members.flatMap((m) => key(m.organisationId) ?? []) }] : [],
    persons: persons
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((x) => ({
        key: x.key,
        name: x.name,
        organisation: key(x.organisationId),
        email: personalData ? x.email : null,
        phone: personalData ? x.phone : null,
        roles: x.roles as PersonRole[],
      })),
    nodes: docNodes,
    efforts: efforts.map((e) => ({
      key: e.key,
      partner: e.partnerOrganisationId ? { organisation: key(e.partnerOrganisationId) ?? '' } : { group: e.partnerGroup ?? '' },
      goals: goals
        .filter((g) => g.effortId === e.id)
        .sort((a, b) => (order.get(a.nodeId) ?? 0) - (order.get(b.nodeId) ?? 0))
        .flatMap((g) => nodeKey.get(g.nodeId) ?? []),
      text: e.text,
      geen: e.isNone,
    })),
    links: docLinks,
    progress,
  };
}
