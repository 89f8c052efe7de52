import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { queryRows } from '../../src/db/database';
import { fixedClock } from '../../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { computeMonitor } from '../../src/server/services/monitor/compute-monitor';
import { importMonitorFile, importMonitorFiles } from '../../src/server/services/monitor/import-monitor-file';
import { createTestDatabase } from '../support/test-db';

const fixture = (f: string) => readFileSync(new URL(`../fixtures/iwmo/${f}`, import.meta.url), 'utf8');
const clock = fixedClock('2026-03-15T10:00:00Z');
const SECRET = 'iwmo-test-secret-0123456789';
/** The samples use category 01; the monitor counts 15 (BW) and 16 (MO). */
const start305 = fixture('WMO305.xml')
  .replace('<iwmo:Categorie>01</iwmo:Categorie>', '<iwmo:Categorie>15</iwmo:Categorie>')
  .replace('<iwmo:Categorie>01</iwmo:Categorie>', '<iwmo:Categorie>16</iwmo:Categorie>');
const stop307 = fixture('WMO307.xml')
  .replace('<iwmo:Categorie>01</iwmo:Categorie>', '<iwmo:Categorie>15</iwmo:Categorie>')
  .replace('<iwmo:Categorie>01</iwmo:Categorie>', '<iwmo:Categorie>16</iwmo:Categorie>');

describe('iWmo 305/307 import', { timeout: 90_000 }, () => {
  let database: Database;
  const imp = (xml: string, name = 'bericht.xml') =>
    importMonitorFile(database.db, SYSTEM_ACTOR, xml, { fileName: name, pseudonymSecret: SECRET, clock });
  const episodes = () =>
    queryRows<{
      client: string;
      gemeente: string;
      aanbieder: string;
      product: string;
      start: string;
      einde: string | null;
      reden_einde: string | null;
    }>(
      database.db,
      sql`select client, gemeente::text, aanbieder, product, start::text, einde::text, reden_einde from monitor_episode order by toewijzing_nummer`,
    );
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => database.close());

  it('validates the sample messages and skips products outside BW/MO', async () => {
    const r = await imp(fixture('WMO305.xml'));
    expect(r).toMatchObject({ kind: 'iwmo', rejected: 0, imported: 0, skipped: 2 });
    expect(await episodes()).toEqual([]);
  });

  it('opens episodes with a start, closes them with a stop, and changes nothing when imported again', async () => {
    expect(await imp(start305)).toMatchObject({ imported: 2, unchanged: 0, rejected: 0 });
    const opened = await episodes();
    expect(opened).toHaveLength(2);
    expect(opened[0]).toMatchObject({ gemeente: '0363', aanbieder: '65656055', product: 'BW', start: '2025-04-03', einde: null });
    expect(opened[1]).toMatchObject({ product: 'MO', start: '2025-04-04' });
    expect(opened.every((e) => e.client.startsWith('h:') && !e.client.includes('999900006'))).toBe(true);
    expect(await imp(start305)).toMatchObject({ imported: 0, unchanged: 2 });

    expect(await imp(stop307)).toMatchObject({ imported: 2, updated: 2, unchanged: 0 });
    const closed = await episodes();
    expect(closed.map((e) => [e.einde, e.reden_einde])).toEqual([
      ['2025-07-18', '31'],
      ['2025-07-18', '31'],
    ]);
    // Again, in any order: nothing changes and the stop stays.
    expect(await imp(stop307)).toMatchObject({ imported: 0, unchanged: 2 });
    expect(await imp(start305)).toMatchObject({ imported: 0, unchanged: 2 });
    expect(await episodes()).toEqual(closed);

    const m = await computeMonitor(database.db, { from: '2025-04-01', to: '2025-09-30', per: 'kwartaal', by: 'gemeente', suppress: false });
    const q3 = m.rows.find((r) => r.period.key === '2025-Q3' && r.product === 'totaal');
    expect(q3).toMatchObject({ unit_code: '0363', in_zorg: 1, uitstroom: 1, zorgdagen: 18 + 18, redenen_einde: { '31': 2 } });
  });

  it('removes a started episode when the provider withdraws the start (StatusAanlevering 3)', async () => {
    await imp(start305);
    const withdrawn = start305.replaceAll(
      '<wmo305:StatusAanlevering>1</wmo305:StatusAanlevering>',
      '<wmo305:StatusAanlevering>3</wmo305:StatusAanlevering>',
    );
    expect(await imp(withdrawn)).toMatchObject({ imported: 2, updated: 2, rejected: 0 });
    expect(await episodes()).toEqual([]);
    expect(await imp(withdrawn)).toMatchObject({ imported: 0, unchanged: 2 });
  });

  it('reads the message by namespace, whatever the prefix', async () => {
    const renamed = start305.replaceAll('wmo305:', 'bericht:').replace('xmlns:wmo305=', 'xmlns:bericht=');
    expect(await imp(renamed)).toMatchObject({ imported: 2, rejected: 0 });
  });

  it('rejects a message that does not match the XSD, naming line, element and reason, and stores nothing', async () => {
    const broken = start305.replace(
      '<wmo305:Begindatum>2025-04-03</wmo305:Begindatum>',
      '<wmo305:Begindatum>2025-13-45</wmo305:Begindatum>',
    );
    const r = await imp(broken);
    expect(r.rejected).toBeGreaterThan(0);
    expect(r.imported).toBe(0);
    expect(r.errors[0]).toMatchObject({ field: 'Begindatum' });
    expect(r.errors[0]?.reason).toMatch(/voldoet niet aan het WMO305-schema/);
    expect(r.errors[0]?.row).toBeGreaterThan(1);
    expect(await episodes()).toEqual([]);
  });

  it('rejects a BSN that fails the elfproef without repeating it', async () => {
    const r = await imp(start305.replace('<wmo305:Bsn>999900006</wmo305:Bsn>', '<wmo305:Bsn>999900007</wmo305:Bsn>'));
    expect(r.rejected).toBe(2);
    expect(r.errors[0]).toMatchObject({ row: 1, field: 'Bsn' });
    expect(JSON.stringify(r)).not.toContain('999900007');
    expect(await episodes()).toEqual([]);
  });

  it('rejects a stop without its start, as a whole', async () => {
    const r = await imp(stop307);
    expect(r.rejected).toBe(2);
    expect(r.errors[0]?.field).toBe('ToewijzingNummer');
    expect(await episodes()).toEqual([]);
  });

  it('redacts numbers the validator would quote', async () => {
    const r = await imp(start305.replace('<wmo305:Geslacht>1</wmo305:Geslacht>', '<wmo305:Geslacht>123456789</wmo305:Geslacht>'));
    expect(r.rejected).toBeGreaterThan(0);
    expect(JSON.stringify(r)).not.toContain('123456789');
  });

  it('imports several files in the order that fits: a start before its stop, whatever their names', async () => {
    // By name the stop comes first; alone, a stop without its start is rejected (test above).
    const reports = await importMonitorFiles(
      database.db,
      SYSTEM_ACTOR,
      [
        { fileName: 'a-stop.xml', bytes: new TextEncoder().encode(stop307) },
        { fileName: 'b-start.xml', bytes: new TextEncoder().encode(start305) },
      ],
      { pseudonymSecret: SECRET, clock },
    );
    expect(reports.map((r) => [r.file, r.rejected, r.imported])).toEqual([
      ['b-start.xml', 0, 2],
      ['a-stop.xml', 0, 2],
    ]);
    expect((await episodes()).map((e) => e.einde)).toEqual(['2025-07-18', '2025-07-18']);
  });
});
