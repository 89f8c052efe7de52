import type { Db } from '../../../db/database';
import { effortGoalsOf, effortsOfProgramme, linksTouching, nodeHistory, nodeRefs } from '../../../db/queries/node';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import type { HistoryEntry, LinkView, NodeDetail } from '../../../domain/programme/responses';
import { effortViews, gapAnalysisOf, nodeViews } from './node-view';

export type { HistoryEntry, LinkView, NodeDetail };

import { resolveNode, resolveProgramme } from './resolve';

export async function getNodeHistory(db: Db, nodeId: string): Promise<HistoryEntry[]> {
  return (await nodeHistory(db, nodeId)).map((h) => ({
    id: h.id,
    at: new Date(h.at).toISOString(),
    actorLabel: h.actorLabel,
    action: h.action,
    entityType: h.entityType,
    entityId: h.entityId,
    before: h.before,
    after: h.after,
  }));
}

/** A node with everything that hangs off it: efforts, gap analysis, links, history. */
export async function getNode(db: Db, _actor: Actor, opts: { programme: string; nodeId: string }, clock: Clock): Promise<NodeDetail> {
  const p = await resolveProgramme(db, opts.programme);
  const row = await resolveNode(db, p.id, opts.nodeId);
  const [view] = await nodeViews(db, p, [row], clock);
  if (!view) throw new Error('node view missing');
  const allEfforts = await effortsOfProgramme(db, p.id);
  const goals = await effortGoalsOf(
    db,
    allEfforts.map((e) => e.id),
  );
  const mine = new Set(goals.filter((g) => g.nodeId === row.id).map((g) => g.effortId));
  const links = await linksTouching(db, [row.id]);
  const refs = new Map(
    (
      await nodeRefs(
        db,
        links.map((l) => (l.fromNodeId === row.id ? l.toNodeId : l.fromNodeId)),
      )
    ).map((r) => [r.id, r]),
  );
  return {
    ...view,
    programmeSlug: p.slug,
    efforts: await effortViews(
      db,
      allEfforts.filter((e) => mine.has(e.id)),
    ),
    gapAnalysis: await gapAnalysisOf(db, row.id),
    links: links.flatMap((l) => {
      const out = l.fromNodeId === row.id;
      const other = refs.get(out ? l.toNodeId : l.fromNodeId);
      return other ? [{ id: l.id, direction: out ? ('uit' as const) : ('in' as const), kind: l.kind, note: l.note, node: other }] : [];
    }),
    history: await getNodeHistory(db, row.id),
  };
}
