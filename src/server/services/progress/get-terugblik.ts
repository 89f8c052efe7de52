import type { Db } from '../../../db/database';
import { dutchDate, previousPeriod, reportingEnd, terugblik, type TerugblikUpdate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { loadProgressContext, toStatus } from './load-progress';
import type { TerugblikView } from '../../../domain/progress/responses';

export type { TerugblikView };

/**
 * Terugblik: per theme (top-level node), the results and points of attention reported since the
 * previous period. Without a period: the latest period that has started, else everything up to today.
 */
export async function getTerugblik(
  db: Db,
  _actor: Actor,
  opts: { programmeId: string; periodId?: string | null },
  clock: Clock,
): Promise<TerugblikView> {
  const ctx = await loadProgressContext(db, opts.programmeId);
  const today = dutchDate(clock.now());
  const started = ctx.periods.filter((p) => p.startDate <= today);
  const period = opts.periodId ? ctx.periods.find((p) => p.id === opts.periodId) : started[started.length - 1];
  if (opts.periodId && !period) throw notFound('Rapportageperiode', opts.periodId);
  const prev = period ? previousPeriod(ctx.periods, period) : null;
  const since = prev ? reportingEnd(prev) : null;
  const until = period ? reportingEnd(period) : today;
  const nodes = new Map(ctx.nodes.map((n) => [n.id, n]));
  const demo = new Set(ctx.updates.filter((u) => u.isDemo).map((u) => u.id));
  const corrections = new Map(ctx.updates.map((u) => [u.id, u.correctionReason]));
  const updates: TerugblikUpdate[] = ctx.updates.flatMap((u) => {
    const status = toStatus(u.status);
    return status
      ? [
          {
            id: u.id,
            nodeId: u.nodeId,
            date: u.reportDate,
            status,
            percent: u.percent,
            results: u.results,
            attentionPoints: u.attentionPoints,
            authorLabel: u.authorLabel,
          },
        ]
      : [];
  });
  const themes = terugblik(
    ctx.nodes,
    updates,
    since,
    until,
    ctx.nodes.filter((n) => n.parentId === null).map((n) => n.id),
    ctx.rank,
  );
  return {
    period: period ? { id: period.id, label: period.label } : null,
    since,
    until,
    themes: themes.map((t) => ({
      themeId: t.themeId,
      code: nodes.get(t.themeId)?.code ?? null,
      title: nodes.get(t.themeId)?.title ?? '',
      updates: t.updates.map((u) => ({
        ...u,
        nodeTitle: nodes.get(u.nodeId)?.title ?? '',
        nodeCode: nodes.get(u.nodeId)?.code ?? null,
        path: ctx.paths.get(u.nodeId) ?? [],
        isDemo: demo.has(u.id),
        correctionReason: corrections.get(u.id) ?? null,
      })),
    })),
  };
}
