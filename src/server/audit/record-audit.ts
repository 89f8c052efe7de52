import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { auditLog } from '../../db/schema';
import type { ChainCheck } from '../../domain/audit/responses';
import type { Clock } from '../../domain/shared/clock';
import { canonicalJson } from '../../domain/shared/canonical-json';
import type { Actor } from '../auth/actor';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  programmeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Arbitrary constant: serialises chain appends across app servers sharing one PostgreSQL. */
const AUDIT_CHAIN_LOCK = 727_002;
const GENESIS = '0'.repeat(64);

function chainHash(prevHash: string, row: Record<string, unknown>): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(row)).digest('hex');
}

function hashedFields(r: {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  programmeId: string | null;
  before: unknown;
  after: unknown;
}): Record<string, unknown> {
  return {
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    programmeId: r.programmeId,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}

/** Append one entry to the audit chain. Call it inside the transaction that makes the change. */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry, clock: Clock): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const row = {
    at: clock.now(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    programmeId: entry.programmeId ?? null,
    // Round-trip through JSON so what we hash is exactly what jsonb will give back.
    before: entry.before === undefined ? null : (JSON.parse(JSON.stringify(entry.before)) as unknown),
    after: entry.after === undefined ? null : (JSON.parse(JSON.stringify(entry.after)) as unknown),
  };
  const prevHash = last?.hash ?? GENESIS;
  await tx.insert(auditLog).values({ ...row, prevHash, hash: chainHash(prevHash, hashedFields(row)) });
}

/** Recompute the whole chain: any edited, removed or inserted row shows up as a break. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
  let prev = GENESIS;
  for (const r of rows) {
    if (r.prevHash !== prev || chainHash(prev, hashedFields(r)) !== r.hash) {
      return { ok: false, entries: rows.length, brokenAt: r.id };
    }
    prev = r.hash;
  }
  return { ok: true, entries: rows.length };
}

/**
 * Append several entries in one go (one lock, one insert), in the given order. For imports that
 * create hundreds of rows in one transaction; the chain is the same as with recordAudit per entry.
 */
export async function recordAudits(tx: Db, actor: Actor, entries: AuditEntry[], clock: Clock): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last?.hash ?? GENESIS;
  const rows = entries.map((entry) => {
    const row = {
      at: clock.now(),
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      programmeId: entry.programmeId ?? null,
      before: entry.before === undefined ? null : (JSON.parse(JSON.stringify(entry.before)) as unknown),
      after: entry.after === undefined ? null : (JSON.parse(JSON.stringify(entry.after)) as unknown),
    };
    const hash = chainHash(prevHash, hashedFields(row));
    const out = { ...row, prevHash, hash };
    prevHash = hash;
    return out;
  });
  // Chunks keep each statement well below the parameter limit; ids follow insertion order.
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
}
