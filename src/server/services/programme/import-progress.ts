import type { Db } from '../../../db/database';
import { eq } from 'drizzle-orm';
import {
  milestone,
  nodeLifecycle,
  periodSnapshot,
  progressOverride,
  progressSettings,
  progressUpdate,
  progressWeight,
  reportingPeriod,
} from '../../../db/schema';
import type { DocProgress } from '../../../domain/programme/document';
import type { Clock } from '../../../domain/shared/clock';
import type { AuditEntry } from '../../audit/record-audit';
import { toDeadline } from './node-fields';
import { mapExplanationNodes } from './export-progress';

/** Rows per multi-row insert, well below PostgreSQL's 65,535 parameters per statement. */
const ROWS_PER_INSERT = 1000;

export interface ProgressImportContext {
  programmeId: string;
  nodeId(key: string): string;
  orgId(key: string | null | undefined): string | null;
  clock: Clock;
}

/**
 * Writes the progress part of a programme document (already checked) into a new programme:
 * roll-up rule and weights, milestones, updates, overrides, reporting periods with their locks
 * and frozen states. Returns the audit entries (written with the import's one audit batch).
 */
export async function importProgress(tx: Db, pr: DocProgress | undefined, c: ProgressImportContext): Promise<AuditEntry[]> {
  if (!pr) return [];
  const audits: AuditEntry[] = [];
  const now = c.clock.now();
  const programmeId = c.programmeId;
  if (pr.rule) {
    await tx.insert(progressSettings).values({ programmeId, statusRule: pr.rule.status, percentRule: pr.rule.percent, updatedAt: now });
    audits.push({ action: 'import', entityType: 'progress-settings', entityId: programmeId, programmeId, after: pr.rule });
  }
  if (pr.weights?.length)
    await tx
      .insert(progressWeight)
      .values(pr.weights.map((w) => ({ nodeId: c.nodeId(w.node), weightHundredths: Math.round(w.weight * 100) })));
  if (pr.milestones?.length) {
    const rows = await tx
      .insert(milestone)
      .values(
        pr.milestones.map((m) => {
          const d = toDeadline(m.deadline ?? null);
          return {
            programmeId,
            nodeId: c.nodeId(m.node),
            title: m.title,
            deadlineGrain: d.grain,
            deadlineWording: d.wording,
            deadlineStart: d.start,
            deadlineEnd: d.end,
            doneDate: m.doneDate ?? null,
            planYear: m.planYear ?? null,
            planQuarter: m.planQuarter ?? null,
            isPlaceholder: m.isPlaceholder ?? false,
            isDemo: m.isDemo ?? false,
            createdAt: now,
            updatedAt: now,
          };
        }),
      )
      .returning();
    for (const row of rows) audits.push({ action: 'import', entityType: 'milestone', entityId: row.id, programmeId, after: row });
  }
  const updateIds: string[] = [];
  if (pr.updates?.length) {
    const values = pr.updates.map((u) => ({
      programmeId,
      nodeId: c.nodeId(u.node),
      organisationId: c.orgId(u.organisation),
      reportDate: u.reportDate,
      status: u.status,
      percent: u.percent ?? null,
      results: u.results ?? null,
      attentionPoints: u.attentionPoints ?? null,
      authorId: null,
      authorLabel: u.author,
      isDemo: u.isDemo ?? false,
      createdAt: new Date(u.createdAt),
      correctionReason: u.correctionReason ?? null,
      withdrawnAt: u.withdrawnAt ? new Date(u.withdrawnAt) : null,
      withdrawnBy: u.withdrawnBy ?? null,
      withdrawnReason: u.withdrawnReason ?? null,
    }));
    // In slices: one statement has at most 65,535 parameters (16 a row), and a programme can have more updates.
    const rows = [];
    for (let i = 0; i < values.length; i += ROWS_PER_INSERT)
      rows.push(
        ...(await tx
          .insert(progressUpdate)
          .values(values.slice(i, i + ROWS_PER_INSERT))
          .returning()),
      );
    // Multi-row insert … returning gives the rows in the order of the values.
    updateIds.push(...rows.map((r) => r.id));
    // A correction names the update it replaces by index: set once every update has its id.
    for (const [i, u] of pr.updates.entries()) {
      const replaced = u.corrects === null || u.corrects === undefined ? undefined : updateIds[u.corrects];
      const id = updateIds[i];
      if (replaced && id) await tx.update(progressUpdate).set({ correctsId: replaced }).where(eq(progressUpdate.id, id));
    }
    for (const row of rows) audits.push({ action: 'import', entityType: 'progress-update', entityId: row.id, programmeId, after: row });
  }
  if (pr.overrides?.length) {
    const rows = await tx
      .insert(progressOverride)
      .values(
        pr.overrides.map((o) => ({
          programmeId,
          nodeId: c.nodeId(o.node),
          status: o.status,
          percent: o.percent,
          reason: o.reason,
          authorId: null,
          authorLabel: o.author,
          createdAt: new Date(o.createdAt),
          withdrawnAt: o.withdrawnAt ? new Date(o.withdrawnAt) : null,
          withdrawnBy: o.withdrawnBy ?? null,
        })),
      )
      .returning();
    for (const row of rows) audits.push({ action: 'import', entityType: 'progress-override', entityId: row.id, programmeId, after: row });
  }
  if (pr.lifecycle?.length) {
    const rows = await tx
      .insert(nodeLifecycle)
      .values(
        pr.lifecycle.map((l) => ({
          programmeId,
          nodeId: c.nodeId(l.node),
          status: l.status,
          since: l.since,
          reason: l.reason ?? null,
          authorLabel: l.author,
          createdAt: new Date(l.createdAt),
        })),
      )
      .returning();
    for (const row of rows) audits.push({ action: 'import', entityType: 'node_lifecycle', entityId: row.id, programmeId, after: row });
  }
  for (const p of pr.periods ?? []) {
    const [row] = await tx
      .insert(reportingPeriod)
      .values({
        programmeId,
        label: p.label,
        kind: p.kind,
        startDate: p.startDate,
        endDate: p.endDate,
        dueDate: p.dueDate,
        lockedAt: p.locked ? new Date(p.locked.at) : null,
        lockedBy: p.locked?.by ?? null,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('insert reporting_period returned no row');
    audits.push({ action: 'import', entityType: 'reporting-period', entityId: row.id, programmeId, after: row });
    const snapshot = p.locked?.snapshot ?? [];
    if (snapshot.length > 0) {
      await tx.insert(periodSnapshot).values(
        snapshot.map((s) => ({
          periodId: row.id,
          nodeId: c.nodeId(s.node),
          programmeId,
          status: s.status,
          percent: s.percent,
          statusSource: s.statusSource,
          percentSource: s.percentSource,
          derivedStatus: s.derivedStatus,
          derivedPercent: s.derivedPercent,
          overrideStatus: s.overrideStatus,
          overridePercent: s.overridePercent,
          overrideReason: s.overrideReason,
          lastUpdateId: s.lastUpdate === null ? null : (updateIds[s.lastUpdate] ?? null),
          lastUpdateDate: s.lastUpdateDate,
          explanation: mapExplanationNodes(s.explanation ?? null, c.nodeId),
        })),
      );
    }
  }
  return audits;
}
