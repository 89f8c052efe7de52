import type { Db } from '../../../db/database';
import {
  latestLockedPeriod,
  listPublishedProgrammes,
  publicMilestones,
  publicNodes,
  publicSnapshot,
  publicUpdates,
  publishedProgrammeBySlug,
  type PublishedProgrammeRow,
} from '../../../db/queries/publication';
import { depthFirst } from '../../../domain/programme/tree';
import { milestoneState, reportingEnd, type MilestoneInput } from '../../../domain/progress';
import { nodePaths } from '../../../domain/report/build-report';
import { normalisePublicationFields } from '../../../domain/publication/fields';
import type { PublicNodeView, PublicProgrammeSummary, PublicProgrammeView } from '../../../domain/publication/responses';
import { formatDeadline } from '../../../domain/shared/deadline';
import { notFound } from '../../../domain/shared/errors';
import { deadlineOf, toStatus } from '../progress/load-progress';

/*
 * The public read models: computed as an anonymous visitor, from queries that read only published
 * programmes and only the columns their beheerder published. Nothing here starts from an editor's
 * view; a field that is not published is never read and is absent from the answer.
 */

function summary(p: PublishedProgrammeRow): PublicProgrammeSummary {
  const fields = normalisePublicationFields(p.fields);
  return {
    slug: p.slug,
    title: p.title,
    shortName: p.shortName,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    ...(fields.programmeDescription ? { description: p.description } : {}),
  };
}

export async function listPublicProgrammes(db: Db): Promise<PublicProgrammeSummary[]> {
  return (await listPublishedProgrammes(db)).map(summary);
}

/** Raw material of one published programme, for the page and the public report. */
export async function loadPublicProgramme(db: Db, slug: string) {
  const p = await publishedProgrammeBySlug(db, slug);
  // Not published and not existing give the same answer: a visitor learns nothing from it.
  if (!p) throw notFound('Programma', slug);
  const fields = normalisePublicationFields(p.fields);
  // The latest locked period: what its board saw. It dates the statuses, texts and milestone states.
  const period = await latestLockedPeriod(db, p.id);
  const until = period ? reportingEnd(period) : null;
  const [nodes, snapshot, updates, milestones] = await Promise.all([
    publicNodes(db, p.id, fields.nodeDescriptions),
    period && fields.statuses ? publicSnapshot(db, period.id) : Promise.resolve([]),
    until && (fields.results || fields.attentionPoints)
      ? publicUpdates(db, p.id, until, { results: fields.results, attentionPoints: fields.attentionPoints })
      : Promise.resolve([]),
    fields.milestones ? publicMilestones(db, p.id) : Promise.resolve([]),
  ]);
  const milestoneInputs: MilestoneInput[] = milestones.map((m) => {
    const d = deadlineOf(m);
    return {
      id: m.id,
      nodeId: m.nodeId,
      title: m.title,
      due: d.grain === 'geen' ? null : { start: d.start, end: d.end, label: formatDeadline(d) },
      doneDate: m.doneDate,
    };
  });
  return { programme: p, fields, period, until, nodes, snapshot, updates, milestones: milestoneInputs };
}

export async function getPublicProgramme(db: Db, slug: string, today: string): Promise<PublicProgrammeView> {
  const { programme: p, fields, period, until, nodes, snapshot, updates, milestones } = await loadPublicProgramme(db, slug);
  const ordered = depthFirst(nodes);
  const paths = nodePaths(ordered);
  const depth = new Map<string, number>();
  for (const n of ordered) depth.set(n.id, n.parentId === null ? 0 : (depth.get(n.parentId) ?? 0) + 1);
  const states = new Map(snapshot.map((s) => [s.nodeId, s]));
  const latest = new Map<string, (typeof updates)[number]>();
  for (const u of updates) if (u.results?.trim() || u.attentionPoints?.trim()) latest.set(u.nodeId, u);
  const asOf = until ?? today;

  const out: PublicNodeView[] = ordered.map((n) => {
    const view: PublicNodeView = {
      id: n.id,
      parentId: n.parentId,
      level: n.level,
      depth: depth.get(n.id) ?? 0,
      code: n.code,
      title: n.title,
      path: paths.get(n.id) ?? n.title,
    };
    if (fields.nodeDescriptions) view.description = n.description;
    if (fields.statuses) {
      const s = states.get(n.id);
      view.status = s ? toStatus(s.status) : null;
      view.percent = s?.percent ?? null;
    }
    if (fields.results || fields.attentionPoints) {
      const u = latest.get(n.id);
      view.latest = u
        ? {
            date: u.reportDate,
            ...(fields.results ? { results: u.results } : {}),
            ...(fields.attentionPoints ? { attentionPoints: u.attentionPoints } : {}),
          }
        : null;
    }
    if (fields.milestones) {
      view.milestones = milestones
        .filter((m) => m.nodeId === n.id)
        .map((m) => ({
          title: m.title,
          dueLabel: m.due?.label ?? '',
          state: milestoneState({ ...m, doneDate: m.doneDate && m.doneDate <= asOf ? m.doneDate : null }, asOf),
        }));
    }
    return view;
  });
  return {
    ...summary(p),
    levelLabels: p.levelLabels,
    fields,
    period: period ? { label: period.label, startDate: period.startDate, endDate: period.endDate } : null,
    nodes: out,
  };
}
