import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import type { Database } from '../../src/db/client';
import { createBackup, parseBackup, restoreBackup, schemaTableNames, type Backup } from '../../src/db/backup';
import { queryRows } from '../../src/db/database';
import { account, auditLog, oidcLoginState, programme } from '../../src/db/schema';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { recordAudit, verifyAuditChain } from '../../src/server/audit/record-audit';
import { signIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, testDriver } from '../support/test-db';

/** Rows in a stable order, so two backups compare by content. */
function normalised(b: Backup): Record<string, string[]> {
  return Object.fromEntries(Object.entries(b.tables).map(([name, rows]) => [name, rows.map((r) => JSON.stringify(r)).sort()]));
}

describe(`backup → restore into a fresh database → equal (${testDriver})`, () => {
  let t: TestApp;
  let fresh: Database;
  let backup: Backup;
  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    await loadDemo(db, t.clock);
    const admin = await signIn(t, 'beheer@regio-nml.nl', { platformRoles: ['beheerder', 'monitor-analist'] });
    const [p] = await db
      .execute(sql`select id from programme order by slug limit 1`)
      .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    await signIn(t, 'jan@gemeente-venlo.nl', {
      memberships: [{ programmeId: String(p?.id), role: 'redacteur', organisationId: '22222222-2222-4222-8222-222222222222' }],
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': 'x' },
      payload: { email: 'jan@gemeente-venlo.nl', password: 'helemaal niet juist hoor' },
    });
    await db.insert(oidcLoginState).values({ stateHash: 'abc', codeVerifier: 'v', nonce: 'n', returnTo: '/x', createdAt: t.clock.now() });
    // Values that are easy to lose on the way: microseconds, quotes, newlines, non-ASCII, JSON strings.
    await db.execute(
      sql`update programme set updated_at = '2026-03-15 10:00:00.123456+00',
        description = ${'Regel één\n"citaat" \\ backslash – €'}, level_labels = ${JSON.stringify(['Pijler', 'Ambitie "x"', 'ß'])}::jsonb
        where slug = 'meedoen-en-wonen-nml'`,
    );
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: admin.headers });
    backup = parseBackup(JSON.stringify(await createBackup(db, t.clock.now())));
    fresh = await createTestDatabase();
  });
  afterAll(async () => {
    await fresh?.close();
    await t?.close();
  });

  it('contains every table of the schema, with rows in the ones this test filled', () => {
    expect(Object.keys(backup.tables).sort()).toEqual(schemaTableNames().sort());
    for (const name of ['programme', 'audit_log', 'account', 'session', 'programme_membership', 'login_attempt', 'oidc_login_state']) {
      expect(backup.tables[name]?.length, name).toBeGreaterThan(0);
    }
  });

  it('restores into a fresh database so that a new backup is equal, with an intact audit chain that continues', async () => {
    const counts = await restoreBackup(fresh.db, backup);
    expect(counts.account).toBe(backup.tables.account?.length);
    const again = await createBackup(fresh.db, t.clock.now());
    expect(normalised(again)).toEqual(normalised(backup));
    // Read back through Drizzle as well (typed values: Dates with microseconds cut the same way, jsonb, numbers).
    for (const table of [programme, account, auditLog]) {
      const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
      expect(sorted(await fresh.db.select().from(table))).toEqual(sorted(await t.database.db.select().from(table)));
    }
    const [meedoen] = await fresh.db
      .select()
      .from(programme)
      .where(sql`slug = 'meedoen-en-wonen-nml'`);
    expect(meedoen?.description).toBe('Regel één\n"citaat" \\ backslash – €');
    expect(meedoen?.levelLabels).toEqual(['Pijler', 'Ambitie "x"', 'ß']);
    const [micro] = await queryRows<{ t: string }>(
      fresh.db,
      sql`select to_char(updated_at at time zone 'UTC', 'US') as t from programme where slug = 'meedoen-en-wonen-nml'`,
    );
    expect(micro?.t).toBe('123456');
    expect(await verifyAuditChain(fresh.db)).toEqual({ ok: true, entries: backup.tables.audit_log?.length });
    await recordAudit(fresh.db, SYSTEM_ACTOR, { action: 'restore', entityType: 'database', entityId: 'test' }, t.clock);
    expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
  });

  it('refuses a non-empty target unless asked to replace, and restores all or nothing', async () => {
    await expect(restoreBackup(fresh.db, backup)).rejects.toMatchObject({ code: 'CONFLICT' });
    const broken: Backup = {
      ...backup,
      tables: {
        ...backup.tables,
        session: [
          {
            token_hash: 'x',
            account_id: '00000000-0000-4000-8000-000000000000',
            csrf_token: 'c',
            method: 'password',
            created_at: 'geen datum',
            last_seen_at: null,
            expires_at: null,
          },
        ],
      },
    };
    const before = normalised(await createBackup(fresh.db, t.clock.now()));
    await expect(restoreBackup(fresh.db, broken, { replace: true })).rejects.toThrow();
    expect(normalised(await createBackup(fresh.db, t.clock.now()))).toEqual(before);
    await restoreBackup(fresh.db, backup, { replace: true });
    expect(normalised(await createBackup(fresh.db, t.clock.now()))).toEqual(normalised(backup));
  });

  it('rejects files that are not a backup of this version', () => {
    expect(() => parseBackup('{"format":"iets anders"}')).toThrow(/geen Regietafel-back-up/);
    expect(() => parseBackup('niet json')).toThrow(/geen geldige JSON/);
  });
});
