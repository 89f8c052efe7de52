import type { Db } from '../../../db/database';
import {
  getProgressSettings,
  listLifecycle,
  listMilestones,
  listOverrides,
  listPeriods,
  listSnapshots,
  listUpdates,
  listWeights,
} from '../../../db/queries/progress';
import type { DocProgress } from '../../../domain/programme/document';
import type { PercentRule, PeriodKind, ProgressStatus, StatusRule } from '../../../domain/progress';
import type { LifecycleStatus } from '../../../domain/progress/lifecycle';
import type { DeadlineGrain } from '../../../domain/shared/deadline';

/** Node ids in a roll-up explanation → keys (export) or keys → ids (import); other values stay. */
export function mapExplanationNodes(explanation: unknown, map: (idOrKey: string) => string): unknown {
  if (explanation === null || typeof explanation !== 'object') return explanation;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(explanation as Record<string, unknown>)) {
    if (Array.isArray(v))
      out[k] = v.map((x) =>
        typeof x === 'string' ? map(x) : x && typeof x === 'object' && 'id' in x ? { ...x, id: map(String((x as { id: unknown }).id)) } : x,
      );
    else out[k] = v;
  }
  return out;
}

export interface ProgressExportContext {
  programmeId: string;
  nodeKey: ReadonlyMap<string, string>;
  /** Depth-first position of each node id: the order of everything per node. */
  order: ReadonlyMap<string, number>;
  orgKey(id: string | null): string | null;
  orgName(id: string | null): string | null;
  /** With personal data: authors' names and who locked or withdrew; without: organisations instead. */
  personalData: boolean;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The progress part of the programme document, in an order that depends on content only (not on ids). */
export async function exportProgress(db: Db, c: ProgressExportContext): Promise<DocProgress> {
  const key = (nodeId: string) => c.nodeKey.get(nodeId) ?? '';
  const pos = (nodeId: string) => c.order.get(nodeId) ?? 0;
  const cmp = (...pairs: [string | number | null, string | number | null][]) => {
    for (const [a, b] of pairs) {
      if (a === b) continue;
      if (a === null) return -1;
      if (b === null) return 1;
      return a < b ? -1 : 1;
    }
    return 0;
  };
  const settings = await getProgressSettings(db, c.programmeId);
  const weights = (await listWeights(db, c.programmeId)).sort((a, b) => pos(a.nodeId) - pos(b.nodeId));
  const milestones = (await listMilestones(db, c.programmeId)).sort((a, b) =>
    cmp(
      [pos(a.nodeId), pos(b.nodeId)],
      [a.deadlineEnd, b.deadlineEnd],
      [a.title, b.title],
      [a.doneDate, b.doneDate],
      [a.deadlineWording, b.deadlineWording],
    ),
  );
  const updates = (await listUpdates(db, c.programmeId)).sort((a, b) =>
    cmp(
      [pos(a.nodeId), pos(b.nodeId)],
      [a.reportDate, b.reportDate],
      [a.createdAt.getTime(), b.createdAt.getTime()],
      [a.status, b.status],
      [a.results, b.results],
    ),
  );
  const updateIndex = new Map(updates.map((u, i) => [u.id, i]));
  const overrides = (await listOverrides(db, c.programmeId)).sort((a, b) =>
    cmp([pos(a.nodeId), pos(b.nodeId)], [a.createdAt.getTime(), b.createdAt.getTime()], [a.reason, b.reason]),
  );
  const periods = (await listPeriods(db, c.programmeId)).sort((a, b) =>
    cmp([a.startDate, b.startDate], [a.endDate, b.endDate], [a.label, b.label]),
  );
  const snapshots = await listSnapshots(db, c.programmeId);
  const lifecycle = (await listLifecycle(db, c.programmeId)).sort((a, b) =>
    cmp([pos(a.nodeId), pos(b.nodeId)], [a.since, b.since], [a.createdAt.getTime(), b.createdAt.getTime()], [a.status, b.status]),
  );
  const author = (label: string, organisationId: string | null) =>
    c.personalData ? label : (c.orgName(organisationId) ?? 'programmabeheer');

  return {
    rule: settings ? { status: settings.statusRule as StatusRule, percent: settings.percentRule as PercentRule } : null,
    weights: weights.map((w) => ({ node: key(w.nodeId), weight: w.weightHundredths / 100 })),
    periods: periods.map((p) => ({
      label: p.label,
      kind: p.kind as PeriodKind,
      startDate: p.startDate,
      endDate: p.endDate,
      dueDate: p.dueDate,
      locked: p.lockedAt
        ? {
            at: p.lockedAt.toISOString(),
            by: c.personalData ? p.lockedBy : null,
            snapshot: snapshots
              .filter((s) => s.periodId === p.id)
              .sort((a, b) => pos(a.nodeId) - pos(b.nodeId))
              .map((s) => ({
                node: key(s.nodeId),
                status: s.status as ProgressStatus | null,
                percent: s.percent,
                statusSource: s.statusSource,
                percentSource: s.percentSource,
                derivedStatus: s.derivedStatus as ProgressStatus | null,
                derivedPercent: s.derivedPercent,
                overrideStatus: s.overrideStatus as ProgressStatus | null,
                overridePercent: s.overridePercent,
                overrideReason: s.overrideReason,
                lastUpdate: s.lastUpdateId ? (updateIndex.get(s.lastUpdateId) ?? null) : null,
                lastUpdateDate: s.lastUpdateDate,
                explanation: mapExplanationNodes(s.explanation ?? null, key),
              })),
          }
        : null,
    })),
    milestones: milestones.map((m) => ({
      node: key(m.nodeId),
      title: m.title,
      deadline: { grain: m.deadlineGrain as DeadlineGrain, wording: m.deadlineWording, start: m.deadlineStart, end: m.deadlineEnd },
      doneDate: m.doneDate,
      ...(m.planYear !== null && m.planQuarter !== null ? { planYear: m.planYear, planQuarter: m.planQuarter } : {}),
      ...(m.isPlaceholder ? { isPlaceholder: true } : {}),
      isDemo: m.isDemo,
    })),
    updates: updates.map((u) => ({
      node: key(u.nodeId),
      organisation: c.orgKey(u.organisationId),
      reportDate: u.reportDate,
      status: u.status as ProgressStatus,
      percent: u.percent,
      results: u.results,
      attentionPoints: u.attentionPoints,
      author: author(u.authorLabel, u.organisationId),
      createdAt: u.createdAt.toISOString(),
      isDemo: u.isDemo,
      ...(u.correctsId ? { corrects: updateIndex.get(u.correctsId) ?? null, correctionReason: u.correctionReason } : {}),
      ...(u.withdrawnAt
        ? {
            withdrawnAt: u.withdrawnAt.toISOString(),
            withdrawnBy: c.personalData ? u.withdrawnBy : null,
            withdrawnReason: u.withdrawnReason,
          }
        : {}),
    })),
    overrides: overrides.map((o) => ({
      node: key(o.nodeId),
      status: o.status as ProgressStatus | null,
      percent: o.percent,
      reason: o.reason,
      author: author(o.authorLabel, null),
      createdAt: o.createdAt.toISOString(),
      withdrawnAt: iso(o.withdrawnAt),
      withdrawnBy: c.personalData ? o.withdrawnBy : null,
    })),
    lifecycle: lifecycle.map((l) => ({
      node: key(l.nodeId),
      status: l.status as LifecycleStatus,
      since: l.since,
      reason: l.reason,
      author: c.personalData ? l.authorLabel : 'programmabeheer',
      createdAt: l.createdAt.toISOString(),
    })),
  };
}
