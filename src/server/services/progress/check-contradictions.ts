import type { Db } from '../../../db/database';
import { listCheckDismissals } from '../../../db/queries/progress';
import { contradictionsOf, type IsoDate, type ProgressStatus } from '../../../domain/progress';
import type { CheckView } from '../../../domain/progress/responses';
import { evaluateAt, milestoneInput, parentIds, toStatus, type ProgressContext } from './load-progress';

/**
 * Every node's status checked against its milestones, updates and reporting periods as of `asOf`
 * (src/domain/progress/contradictions.ts), in tree order, each with the note of whoever ignored it.
 */
export async function checkContradictions(db: Db, ctx: ProgressContext, asOf: IsoDate, nodeId?: string): Promise<CheckView[]> {
  const { states } = evaluateAt(ctx, asOf);
  const dismissals = new Map((await listCheckDismissals(db, ctx.programme.id)).map((d) => [`${d.nodeId}|${d.checkKey}`, d]));
  const parents = parentIds(ctx.nodes);
  const milestones = ctx.milestones.map(milestoneInput);
  const periods = ctx.periods.filter((p) => p.startDate <= asOf);
  const updates = new Map<string, { id: string; date: IsoDate; status: ProgressStatus }[]>();
  for (const u of ctx.updates) {
    const status = toStatus(u.status);
    if (status) updates.set(u.nodeId, [...(updates.get(u.nodeId) ?? []), { id: u.id, date: u.reportDate, status }]);
  }
  return ctx.nodes
    .filter((n) => nodeId === undefined || n.id === nodeId)
    .flatMap((n) => {
      const s = states.get(n.id);
      const found = contradictionsOf(
        {
          nodeId: n.id,
          status: s?.status ?? null,
          percent: s?.percent ?? null,
          reportsItself: !parents.has(n.id),
          updates: updates.get(n.id) ?? [],
        },
        milestones.filter((m) => m.nodeId === n.id),
        periods,
        asOf,
      );
      return found.map((c) => {
        const d = dismissals.get(`${n.id}|${c.key}`);
        return {
          ...c,
          code: n.code,
          title: n.title,
          path: ctx.paths.get(n.id) ?? [],
          dismissal: d ? { note: d.note, authorLabel: d.authorLabel, at: d.createdAt.toISOString() } : null,
        };
      });
    });
}
