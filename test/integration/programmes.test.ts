import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadDemo } from '../../seeds';
import { queryRows } from '../../src/db/database';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`programme list and audit (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('starts empty, then lists the demo programmes with their own level names', async () => {
    const empty = await t.app.inject({ method: 'GET', url: '/api/programmes' });
    expect(empty.json()).toEqual({ items: [] });

    const first = await loadDemo(t.database.db, t.clock);
    expect(first.programmesCreated).toBe(3);
    const again = await loadDemo(t.database.db, t.clock);
    expect(again).toEqual({ programmesCreated: 0, programmesPresent: 3, organisationsCreated: 0, regionsCreated: 0, monitorEpisodes: 0 });

    const res = await t.app.inject({ method: 'GET', url: '/api/programmes' });
    const labels = res.json().items.map((p: { levelLabels: string[] }) => p.levelLabels.join(' > '));
    expect(labels).toEqual(
      expect.arrayContaining(['Pijler > Ambitie > Activiteit', 'Hoofddoel > Fundament > Resultaat', 'Preventie > Project > Inspanning']),
    );
  });

  it('audits every creation in an intact hash chain, and detects tampering', async () => {
    const chain = await verifyAuditChain(t.database.db);
    const [{ n } = { n: -1 }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`);
    expect(chain).toEqual({ ok: true, entries: n });
    // One entry per created organisation, region, node, effort, link and programme of the demo.
    expect(n).toBeGreaterThan(100);
    await t.database.db.execute(
      // Tamper with the middle entry the way someone with database access might.
      (await import('drizzle-orm')).sql`update audit_log set actor_label = 'iemand anders' where id = (select min(id) + 1 from audit_log)`,
    );
    const after = await verifyAuditChain(t.database.db);
    expect(after.ok).toBe(false);
  });
});

describe(`test support: signed-in test app (${testDriver})`, () => {
  it('sends a real session with every inject unless the request brings its own cookie', async () => {
    const t = await buildTestApp({ signedInAs: 'beheerder' });
    try {
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
      expect(me.json().account).not.toBeNull();
      const anon = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: '' } });
      expect(anon.json().account).toBeNull();
    } finally {
      await t.close();
    }
  });
});
