import type { Db } from '../../../db/database';
import { listSnapshot } from '../../../db/queries/progress';
import { dutchDate, reportingEnd, type RollUpExplanation, type StateSource } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, notFound } from '../../../domain/shared/errors';
import type { Actor } from '../../auth/actor';
import { evaluateAt, lifecycleView, loadProgressContext, toStatus, type ProgressContext } from './load-progress';
import type { NodeProgressView, ProgressView } from '../../../domain/progress/responses';
import { overrideView } from './set-override';

export type { NodeProgressView, ProgressView };

function liveView(ctx: ProgressContext, today: string): NodeProgressView[] {
  const { states, latest } = evaluateAt(ctx, null);
  const lifecycle = lifecycleView(ctx, today);
  const overrides = new Map(ctx.overrides.map((o) => [o.nodeId, o]));
  return ctx.nodes.map((n) => {
    const s = states.get(n.id);
    const u = latest.get(n.id);
    const o = overrides.get(n.id);
    return {
      nodeId: n.id,
      parentId: n.parentId,
      level: n.level,
      code: n.code,
      title: n.title,
      lifecycle: lifecycle.get(n.id) ?? null,
      status: s?.status ?? null,
      percent: s?.percent ?? null,
      statusSource: s?.statusSource ?? 'geen',
      percentSource: s?.percentSource ?? 'geen',
      derived: s?.derived ? { status: s.derived.status, percent: s.derived.percent, explanation: s.derived.explanation } : null,
      override: o ? overrideView(o) : null,
      lastUpdate: u
        ? {
            id: u.id,
            date: u.reportDate,
            status: toStatus(u.status),
            percent: u.percent,
            authorLabel: u.authorLabel,
            isDemo: u.isDemo,
            correctionReason: u.correctionReason,
          }
        : null,
    };
  });
}

const SOURCES: StateSource[] = ['override', 'afgeleid', 'eigen', 'geen'];
const toSource = (s: string): StateSource => SOURCES.find((x) => x === s) ?? 'geen';

async function snapshotView(db: Db, ctx: ProgressContext, periodId: string, asOf: string): Promise<NodeProgressView[]> {
  const lifecycle = lifecycleView(ctx, asOf);
  const rows = new Map((await listSnapshot(db, periodId)).map((r) => [r.nodeId, r]));
  const updates = new Map(ctx.allUpdates.map((u) => [u.id, u]));
  // Nodes added after the lock are not in the snapshot and are left out.
  return ctx.nodes.flatMap((n) => {
    const r = rows.get(n.id);
    if (!r) return [];
    const u = r.lastUpdateId ? updates.get(r.lastUpdateId) : undefined;
    const explanation = r.explanation as RollUpExplanation | null;
    return [
      {
        nodeId: n.id,
        parentId: n.parentId,
        level: n.level,
        code: n.code,
        title: n.title,
        lifecycle: lifecycle.get(n.id) ?? null,
        status: toStatus(r.status),
        percent: r.percent,
        statusSource: toSource(r.statusSource),
        percentSource: toSource(r.percentSource),
        derived: explanation ? { status: toStatus(r.derivedStatus), percent: r.derivedPercent, explanation } : null,
        override:
          r.overrideReason !== null
            ? {
                status: toStatus(r.overrideStatus),
                percent: r.overridePercent,
                reason: r.overrideReason,
                authorLabel: null,
                at: null,
                id: null,
              }
            : null,
        lastUpdate: u
          ? {
              id: u.id,
              date: u.reportDate,
              status: toStatus(u.status),
              percent: u.percent,
              authorLabel: u.authorLabel,
              isDemo: u.isDemo,
              correctionReason: u.correctionReason,
            }
          : null,
      },
    ];
  });
}

/** Every node's state with its explanation: now, or frozen as of a locked period. */
export async function getProgress(
  db: Db,
  _actor: Actor,
  opts: { programmeId: string; periodId?: string | null },
  clock: Clock,
  /** The context when the caller loaded it already (the dashboard): loaded once per request. */
  loaded?: ProgressContext,
): Promise<ProgressView> {
  const ctx = loaded ?? (await loadProgressContext(db, opts.programmeId));
  const base = {
    programmeId: ctx.programme.id,
    programmeTitle: ctx.programme.title,
    levelLabels: ctx.programme.levelLabels,
    rule: ctx.rule,
    today: dutchDate(clock.now()),
  };
  if (!opts.periodId) return { ...base, period: null, nodes: liveView(ctx, base.today) };
  const period = ctx.periods.find((p) => p.id === opts.periodId);
  if (!period) throw notFound('Rapportageperiode', opts.periodId);
  if (!period.lockedAt) {
    throw new DomainError('CONFLICT', `Periode '${period.label}' is nog niet vergrendeld; er is alleen een actuele stand.`, {
      periodId: period.id,
    });
  }
  return {
    ...base,
    period: { id: period.id, label: period.label, lockedAt: period.lockedAt.toISOString() },
    nodes: await snapshotView(db, ctx, period.id, reportingEnd(period)),
  };
}
