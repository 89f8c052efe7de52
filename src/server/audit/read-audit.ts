import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { auditLog } from '../../db/schema';
import type { AuditView } from '../../domain/audit/responses';
import { neutraliseFormula } from '../../domain/shared/spreadsheet-cell';

export interface AuditFilter {
  programmeId?: string;
  entityType?: string;
  entityId?: string;
  /** Paging: entries after this id (the chain is ordered by id). */
  afterId?: number;
  limit?: number;
}

/** Audit entries in chain order, filtered per programme and/or entity (e.g. one node's history). */
export async function listAudit(db: Db, f: AuditFilter): Promise<AuditView[]> {
  const where: SQL[] = [];
  if (f.programmeId) where.push(eq(auditLog.programmeId, f.programmeId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.afterId !== undefined) where.push(gt(auditLog.id, f.afterId));
  const q = db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(auditLog.id));
  const rows = f.limit === undefined ? await q : await q.limit(f.limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    programmeId: r.programmeId,
    before: r.before,
    after: r.after,
    hash: r.hash,
  }));
}

const COLUMNS: (keyof AuditView)[] = [
  'id',
  'at',
  'actorId',
  'actorLabel',
  'action',
  'entityType',
  'entityId',
  'programmeId',
  'before',
  'after',
  'hash',
];

/**
 * RFC 4180 CSV (comma, quoted where needed) with before/after as JSON. A cell that a spreadsheet
 * would run as a formula gets a leading apostrophe (neutraliseFormula).
 */
export function auditToCsv(entries: AuditView[]): string {
  const cell = (v: unknown): string => {
    const s = neutraliseFormula(v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [COLUMNS.join(','), ...entries.map((e) => COLUMNS.map((c) => cell(e[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
