import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, kpiMeasurement, organisation } from '../../src/db/schema';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { saveIndicator } from '../../src/server/services/kpi/save-indicator';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { signIn, type SignedIn } from '../support/auth';
import { uploadOf, windows1252 } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** Partners enter their own figures; import all or nothing; re-import updates on (indicator, period, unit). */
describe(`KPI entry, import and figures (${testDriver})`, () => {
  let t: TestApp;
  let programmeId = '';
  let indicatorId = '';
  const org: Record<string, string> = {};
  let venlo: SignedIn;
  let horst: SignedIn;
  let lezer: SignedIn;
  const base = '/api/programmes/kpi-test/kpi';

  beforeAll(async () => {
    t = await buildTestApp(); // clock: 15-03-2026, so the last complete quarter is Q4 2025
    const db = t.database.db;
    programmeId = await createProgramme(db, SYSTEM_ACTOR, { slug: 'kpi-test', title: 'KPI-test', levelLabels: ['Thema'] }, t.clock);
    for (const [key, name] of [
      ['t-venlo', 'Venlo'],
      ['t-horst', 'Horst aan de Maas'],
    ] as const) {
      const [row] = await db.insert(organisation).values({ key, name, kind: 'gemeente' }).returning();
      if (row) org[key] = row.id;
    }
    indicatorId = await saveIndicator(
      db,
      SYSTEM_ACTOR,
      {
        programmeId,
        code: 'UITSTROOM',
        name: 'Duurzame uitstroom',
        unit: 'percent',
        direction: 'hoger',
        ratio: { numerator: 'duurzaam uitgestroomd', denominator: 'uitgestroomd' },
        baseline: { value: 40, date: '2025-01-01' },
        dimension: 'gemeente',
        grain: 'kwartaal',
        unitOrganisationIds: [org['t-venlo'] ?? '', org['t-horst'] ?? ''],
        targets: [{ scope: 'totaal', form: { kind: 'absoluut', value: 60, by: '2026-12-31' } }],
      },
      t.clock,
    );
    venlo = await signIn(t, 'rapporteur-venlo@kpi.test', {
      memberships: [{ programmeId, role: 'rapporteur', organisationId: org['t-venlo'] ?? null }],
    });
    horst = await signIn(t, 'redacteur-horst@kpi.test', {
      memberships: [{ programmeId, role: 'redacteur', organisationId: org['t-horst'] ?? null }],
    });
    lezer = await signIn(t, 'lezer@kpi.test', { memberships: [{ programmeId, role: 'lezer' }] });
  });
  afterAll(async () => t?.close());

  it('shows a partner only the figures it owes, for the last complete period', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${base}/entry`, headers: venlo.headers });
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as { unitName: string; periodLabel: string }[];
    expect(rows).toEqual([expect.objectContaining({ unitName: 'Venlo', periodLabel: 'Q4 2025' })]);
    expect((await t.app.inject({ method: 'GET', url: `${base}/entry`, headers: lezer.headers })).statusCode).toBe(403);
  });

  it("lets a partner save its own figures and refuses another organisation's, writing nothing", async () => {
    const entry = (unit: string, numerator: number, denominator: number) => ({
      indicatorId,
      grain: 'kwartaal',
      periodStart: '2025-10-01',
      unitKey: unit,
      numerator,
      denominator,
    });
    const own = await t.app.inject({
      method: 'PUT',
      url: `${base}/measurements`,
      headers: venlo.headers,
      payload: { entries: [entry(org['t-venlo'] ?? '', 3, 4)] },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const other = await t.app.inject({
      method: 'PUT',
      url: `${base}/measurements`,
      headers: horst.headers,
      payload: { entries: [entry(org['t-horst'] ?? '', 1, 2), entry(org['t-venlo'] ?? '', 0, 4)] },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toMatch(/Venlo/);
    const rows = await t.database.db.select().from(kpiMeasurement).where(eq(kpiMeasurement.indicatorId, indicatorId));
    expect(rows.map((r) => [r.numerator, r.denominator])).toEqual([[3, 4]]);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'kpi_measurement'));
    expect(audits).toHaveLength(1);
  });

  it('refuses a bad file whole, naming every bad row in Dutch', async () => {
    const csv = [
      'indicator;periode;eenheid;teller;noemer',
      'UITSTROOM;Q3 2025;Horst aan de Maas;12;30',
      'ONBEKEND;Q3 2025;Horst aan de Maas;1;2',
      'UITSTROOM;2025;Horst aan de Maas;1;2',
      'UITSTROOM;Q2 2025;Horst aan de Maas;2.5;4',
    ].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/import/preview`,
      ...uploadOf(csv, 'bestand.csv', horst.headers),
    });
    expect(res.statusCode).toBe(422);
    const details = res.json().error.details as { row: number; field: string; reason: string }[];
    expect(details.map((d) => d.row)).toEqual([3, 4, 5]);
    expect(details[0]?.reason).toMatch(/onbekende indicator 'ONBEKEND'/);
    expect(details[1]?.reason).toMatch(/per kwartaal/);
    expect(details[2]?.reason).toMatch(/komma/);
    const imp = await t.app.inject({ method: 'POST', url: `${base}/import`, ...uploadOf(csv, 'bestand.csv', horst.headers) });
    expect(imp.statusCode).toBe(422);
    const rows = await t.database.db.select().from(kpiMeasurement).where(eq(kpiMeasurement.indicatorId, indicatorId));
    expect(rows).toHaveLength(1);
  });

  it("refuses an import with another organisation's rows", async () => {
    const csv = 'indicator;periode;eenheid;teller;noemer\nUITSTROOM;Q3 2025;Venlo;1;2\n';
    const res = await t.app.inject({ method: 'POST', url: `${base}/import`, ...uploadOf(csv, 'bestand.csv', horst.headers) });
    expect(res.statusCode).toBe(403);
  });

  it('imports, previews the action per row, and updates on re-import instead of duplicating', async () => {
    const file = (n: string) =>
      `\ufeffindicator;periode;eenheid;teller;noemer;toelichting\nUITSTROOM;Q3 2025;Horst aan ` +
      `de Maas;${n};30;\nUITSTROOM;Q4 2025;Horst aan de Maas;onbekend;onbekend;niet aangeleverd\n`;
    const first = await t.app.inject({
      method: 'POST',
      url: `${base}/import`,
      ...uploadOf(file('12'), 'horst.csv', horst.headers),
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: 2, updated: 0, rows: 2 });
    const preview = await t.app.inject({
      method: 'POST',
      url: `${base}/import/preview`,
      ...uploadOf(file('1.2'), 'bestand.csv', horst.headers),
    });
    // "1.2" is not three digits after the dot: refused, not read as 1,2 or 12
    expect(preview.statusCode).toBe(422);
    const preview2 = await t.app.inject({
      method: 'POST',
      url: `${base}/import/preview`,
      ...uploadOf(file('15'), 'bestand.csv', horst.headers),
    });
    expect(preview2.json().rows.map((r: { action: string }) => r.action)).toEqual(['bijwerken', 'ongewijzigd']);
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/import`,
      ...uploadOf(file('15'), 'bestand.csv', horst.headers),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const rows = await t.database.db.select().from(kpiMeasurement).where(eq(kpiMeasurement.indicatorId, indicatorId));
    expect(rows).toHaveLength(3);
    const unknown = rows.find((r) => r.periodStart === '2025-10-01' && r.unitKey === org['t-horst']);
    expect(unknown).toMatchObject({ numerator: null, denominator: null, note: 'niet aangeleverd' });
  });

  it('reads the bytes of a Windows-1252 file (Excel "CSV"), and refuses a file over 10 MB with a Dutch 413', async () => {
    const csv = windows1252(
      'indicator;periode;eenheid;teller;noemer;toelichting\r\nUITSTROOM;Q3 2025;Horst aan de Maas;15;30;één bron, geschat\r\n',
    );
    expect(csv.includes(0xe9)).toBe(true); // é as one byte: not UTF-8
    const preview = await t.app.inject({ method: 'POST', url: `${base}/import/preview`, ...uploadOf(csv, 'horst.csv', horst.headers) });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().rows.map((r: { note: string | null }) => r.note)).toEqual(['één bron, geschat']);
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    for (const url of [`${base}/import/preview`, `${base}/import`, `${base}/zrm/import/preview`, `${base}/zrm/import`]) {
      const res = await t.app.inject({ method: 'POST', url, ...uploadOf(big, 'groot.csv', horst.headers) });
      expect(res.statusCode, url).toBe(413);
      expect(res.json().error.message).toMatch(/^Het bestand 'groot\.csv' is groter dan 10 MB, de grens voor deze import\./);
    }
  });

  it('gives a reader the pooled total, the status and the numbers behind the chart', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${base}/indicators/${indicatorId}`, headers: lezer.headers });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.periods).toEqual(['Q3 2025', 'Q4 2025']);
    // Q3: Horst alone 15/30 = 50%; Q4: Venlo 3/4 = 75% (Horst unknown, left out and counted as missing)
    expect(v.total.actual[0]).toBeCloseTo(50, 9);
    expect(v.total.actual[1]).toBeCloseTo(75, 9);
    expect(v.table.rows[1]).toContain('75% (zonder 1)');
    expect(v.status).toBe('op-koers');
    const overview = await t.app.inject({ method: 'GET', url: base, headers: lezer.headers });
    expect(overview.json().items[0]).toMatchObject({
      code: 'UITSTROOM',
      statusLabel: 'op koers',
      latest: { period: 'Q4 2025', valueText: '75%' },
    });
    const csv = await t.app.inject({ method: 'GET', url: `${base}/indicators/${indicatorId}/export?format=csv`, headers: lezer.headers });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Q4 2025;75% (zonder 1)');
    const xlsx = await t.app.inject({ method: 'GET', url: `${base}/indicators/${indicatorId}/export?format=xlsx`, headers: lezer.headers });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('offers a template with the indicator codes', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${base}/template?format=csv`, headers: horst.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('indicator;periode;eenheid;waarde;teller;noemer;bron;toelichting');
    expect(res.body).toContain('UITSTROOM;Q4 2025;Horst aan de Maas');
    expect(res.body).not.toContain('Venlo');
  });
});
