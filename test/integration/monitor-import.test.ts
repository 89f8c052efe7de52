import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { queryRows } from '../../src/db/database';
import { fixedClock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { importEpisodesCsv } from '../../src/server/services/monitor/import-episodes-csv';
import { createTestDatabase } from '../support/test-db';
import { Readable } from 'node:stream';

const clock = fixedClock('2026-03-15T10:00:00Z');
const SECRET = 'import-test-secret-0123456789';
const HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb';

describe('episode CSV import', () => {
  let database: Database;
  const imp = (text: string | Readable, secret: string | undefined = SECRET) =>
    importEpisodesCsv(database.db, SYSTEM_ACTOR, text, { fileName: 'e.csv', pseudonymSecret: secret, clock });
  const count = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from monitor_episode`))[0]?.n;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => database.close());

  it('imports, then reports unchanged on a re-import and updated when an episode got its end', async () => {
    const v1 = `${HEADER}\nk1,0363,A1,BW,2024-01-01,,,nee\nk2,0363,A1,MO,01-02-2024,,,ja\n`;
    expect(await imp(v1)).toMatchObject({ imported: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await imp(Readable.from([v1]))).toMatchObject({ imported: 0, unchanged: 2 });
    const v2 = `${HEADER}\nk1,0363,A1,BW,2024-01-01,2024-03-01,19,nee\nk2,0363,A1,MO,01-02-2024,,,ja\n`;
    expect(await imp(v2)).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
    expect(await count()).toBe(2);
    const audit = await queryRows<{ action: string; entity_type: string }>(database.db, sql`select action, entity_type from audit_log`);
    expect(audit.filter((a) => a.entity_type === 'monitor_episodes')).toHaveLength(3);
  });

  it('rejects the whole file when one row is wrong, naming row, field and reason in Dutch', async () => {
    const text = `${HEADER}\nk1,0363,A1,BW,2024-01-01,,,nee\nk2,03a3,A1,BW,2024-13-01,2023-01-01,,misschien\nk3,0363,,XX,2024-01-01,2024-01-05,20,ja\n`;
    const r = await imp(text);
    expect(r.imported).toBe(0);
    expect(r.rejected).toBe(2);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { row: 3, field: 'gemeente', reason: "'03a3' is geen CBS-gemeentecode van 4 cijfers" },
        { row: 3, field: 'start', reason: "'2024-13-01' is geen datum (jjjj-mm-dd of dd-mm-jjjj)" },
        { row: 3, field: 'pgb', reason: "'misschien' is geen ja of nee" },
        { row: 4, field: 'aanbieder', reason: 'aanbieder ontbreekt' },
      ]),
    );
    expect(await count()).toBe(0);
  });

  it('turns a BSN into a keyed pseudonym after the elfproef, and never keeps the BSN', async () => {
    const text = `${HEADER}\n999900006,0363,A1,BW,2024-01-01,,,nee\n12345672,0363,A2,BW,2024-01-01,,,nee\n`;
    expect(await imp(text)).toMatchObject({ imported: 2 });
    const rows = await queryRows<{ client: string }>(database.db, sql`select distinct client from monitor_episode`);
    // 12345672 is 012345672 with its leading zero lost in a spreadsheet: accepted and pseudonymised.
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.client.startsWith('h:') && !r.client.includes('9999') && !r.client.includes('12345672'))).toBe(true);
    const bad = await imp(`${HEADER}\n999900007,0363,A1,BW,2024-01-01,,,nee\n`);
    expect(bad.errors).toEqual([{ row: 2, field: 'client', reason: 'lijkt een BSN maar voldoet niet aan de elfproef' }]);
    const noKey = await importEpisodesCsv(database.db, SYSTEM_ACTOR, `${HEADER}\n999900006,0363,A1,BW,2024-05-01,,,nee\n`, {
      fileName: 'e.csv',
      pseudonymSecret: undefined,
      clock,
    });
    expect(noKey.errors[0]?.reason).toMatch(/REGIETAFEL_PSEUDONYM_SECRET/);
  });

  it('gives the same pseudonym for the same BSN with the same key only', async () => {
    await imp(`${HEADER}\n999900006,0363,A1,BW,2024-01-01,,,nee\n`);
    await imp(`${HEADER}\n999900006,0363,A1,MO,2024-01-01,,,nee\n`);
    await importEpisodesCsv(database.db, SYSTEM_ACTOR, `${HEADER}\n999900006,0363,A1,MO,2024-02-01,,,nee\n`, {
      fileName: 'x',
      pseudonymSecret: 'another-secret-0123456789',
      clock,
    });
    const rows = await queryRows<{ client: string }>(database.db, sql`select distinct client from monitor_episode`);
    expect(rows).toHaveLength(2);
  });

  it('rejects a duplicate row with different facts', async () => {
    const r = await imp(`${HEADER}\nk1,0363,A1,BW,2024-01-01,,,nee\nk1,0363,A1,BW,2024-01-01,,,ja\n`);
    expect(r.errors).toEqual([
      { row: 3, field: 'start', reason: 'zelfde cliënt, gemeente, aanbieder, product en start als regel 2, maar andere gegevens' },
    ]);
  });
});
