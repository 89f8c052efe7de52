import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { queryRows } from '../../src/db/database';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../src/domain/shared/clock';
import type { MonitorUnitKind } from '../../src/domain/monitor/figures';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { computeMonitor } from '../../src/server/services/monitor/compute-monitor';
import { importMonitorFile } from '../../src/server/services/monitor/import-monitor-file';
import { createTestDatabase } from '../support/test-db';

const dir = new URL('../golden/monitor/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');
const expected = JSON.parse(read('expected.json')) as Record<MonitorUnitKind, Record<string, Record<string, unknown>>>;
const clock = fixedClock('2026-03-15T10:00:00Z');
const SECRET = 'golden-test-secret-0123456789';

describe('monitor golden dataset (hand-computed figures)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (const f of ['regio.csv', 'capaciteit.csv', 'episodes.csv']) {
      const r = await importMonitorFile(database.db, SYSTEM_ACTOR, read(f), { fileName: f, pseudonymSecret: SECRET, clock });
      expect(r.rejected, f).toBe(0);
    }
  });
  afterAll(async () => database.close());

  it('skips the category-17 episode and stores no BSN', async () => {
    const rows = await queryRows<{ client: string }>(database.db, sql`select client from monitor_episode`);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.client)).not.toContain('999900006');
    expect(JSON.stringify(await queryRows(database.db, sql`select * from audit_log`))).not.toContain('999900006');
  });

  for (const by of ['gemeente', 'regio', 'aanbieder'] as const) {
    it(`gives the hand-computed raw figures per ${by}`, async () => {
      const result = await computeMonitor(database.db, { from: '2024-01-01', to: '2024-06-30', per: 'kwartaal', by, suppress: false });
      const got: Record<string, Record<string, unknown>> = {};
      for (const r of result.rows) {
        const { period, unit_kind: _k, unit_code, unit_name: _n, product, ...figures } = r;
        got[`${period.key}|${unit_code}|${product}`] = figures;
      }
      expect(got).toEqual(expected[by]);
    });
  }

  it('hides every small count for the public, and the figures that would reveal them', async () => {
    const result = await computeMonitor(database.db, {
      from: '2024-01-01',
      to: '2024-06-30',
      per: 'kwartaal',
      by: 'regio',
      suppress: true,
    });
    expect(result.rows.length).toBe(Object.keys(expected.regio).length);
    for (const r of result.rows) {
      for (const v of [r.in_zorg, r.instroom, r.uitstroom, r.pgb, ...Object.values(r.redenen_einde)])
        expect(v === 0 || v === '<5').toBe(true);
      expect(r.zorgdagen).toBeNull();
      expect(r.doorlooptijd_mediaan).toBeNull();
    }
  });
});
