import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiZrmAssessment, organisation } from '../../src/db/schema';
import { ZRM_DOMAINS } from '../../src/domain/kpi/zrm';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { signIn, type SignedIn } from '../support/auth';
import { uploadOf } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** The indicator form's API (create, edit, 409 with the current state, field errors) and the ZRM import. */
describe(`KPI indicator editing and ZRM import (${testDriver})`, () => {
  let t: TestApp;
  let programmeId = '';
  const org: Record<string, string> = {};
  let beheerder: SignedIn;
  let aanbiederA: SignedIn;
  let lezer: SignedIn;
  const base = '/api/programmes/kpi-edit/kpi';
  const previousSecret = process.env.REGIETAFEL_PSEUDONYM_SECRET;

  beforeAll(async () => {
    process.env.REGIETAFEL_PSEUDONYM_SECRET = 'sleutel-voor-de-zrm-test';
    t = await buildTestApp();
    const db = t.database.db;
    programmeId = await createProgramme(db, SYSTEM_ACTOR, { slug: 'kpi-edit', title: 'KPI-bewerken', levelLabels: ['Thema'] }, t.clock);
    for (const [key, name] of [
      ['z-a', 'Zorg A'],
      ['z-b', 'Zorg B'],
    ] as const) {
      const [row] = await db.insert(organisation).values({ key, name, kind: 'aanbieder' }).returning();
      if (row) org[key] = row.id;
    }
    beheerder = await signIn(t, 'beheerder@kpi-edit.test', { memberships: [{ programmeId, role: 'beheerder' }] });
    aanbiederA = await signIn(t, 'rapporteur-a@kpi-edit.test', {
      memberships: [{ programmeId, role: 'rapporteur', organisationId: org['z-a'] ?? null }],
    });
    lezer = await signIn(t, 'lezer@kpi-edit.test', { memberships: [{ programmeId, role: 'lezer' }] });
  });
  afterAll(async () => {
    if (previousSecret === undefined) delete process.env.REGIETAFEL_PSEUDONYM_SECRET;
    else process.env.REGIETAFEL_PSEUDONYM_SECRET = previousSecret;
    await t?.close();
  });

  const smokers = {
    code: 'ROKEN',
    name: 'Volwassenen die roken',
    unit: 'percent',
    direction: 'lager',
    baseline: { value: 21, date: '2020-12-31' },
    dimension: 'totaal',
    grain: 'jaar',
    targets: [{ name: null, scope: 'totaal', form: { kind: 'relatief', change: { unit: 'procentpunt', value: -2.5 }, by: '2025-12-31' } }],
  };

  it('creates, reads back and edits an indicator; a stale version or a taken code gives 409 with the current definition', async () => {
    const created = await t.app.inject({
      method: 'PUT',
      url: `${base}/indicators`,
      headers: beheerder.headers,
      payload: { ...smokers, expectedVersion: null },
    });
    expect(created.statusCode).toBe(200);
    const id = created.json().id as string;
    const def = await t.app.inject({ method: 'GET', url: `${base}/indicators/${id}/definition`, headers: lezer.headers });
    expect(def.statusCode).toBe(200);
    expect(def.json()).toMatchObject({ code: 'ROKEN', version: 1, baseline: { value: 21, date: '2020-12-31' }, targets: smokers.targets });

    // A second "new" indicator with the same code does not overwrite the first.
    const again = await t.app.inject({
      method: 'PUT',
      url: `${base}/indicators`,
      headers: beheerder.headers,
      payload: { ...smokers, name: 'Anders', expectedVersion: null },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.current).toMatchObject({ id, name: 'Volwassenen die roken' });

    // Edit by id: the code may change.
    const edit = { ...smokers, id, code: 'ROKEN-18', expectedVersion: 1 };
    const saved = await t.app.inject({ method: 'PUT', url: `${base}/indicators`, headers: beheerder.headers, payload: edit });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().id).toBe(id);
    const stale = await t.app.inject({
      method: 'PUT',
      url: `${base}/indicators`,
      headers: beheerder.headers,
      payload: { ...edit, name: 'Oud' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ code: 'ROKEN-18', version: 2 });
    // The status follows the relative target in procentpunten: 21% − 2,5 = 18,5% at the end of 2025.
    const view = await t.app.inject({ method: 'GET', url: `${base}/indicators/${id}`, headers: lezer.headers });
    expect(view.json().targets[0].description).toMatch(/procentpunt/);
  });

  it('names the field of a server-side error: procentpunten on a count, unknown node', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `${base}/indicators`,
      headers: beheerder.headers,
      payload: { ...smokers, code: 'TEL', unit: 'aantal', expectedVersion: null },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'targets[0]', reason: expect.stringMatching(/procentpunten/) }),
    ]);
    expect(res.json().error.message).toMatch(/Indicator ongeldig/);
    const lezerTry = await t.app.inject({
      method: 'PUT',
      url: `${base}/indicators`,
      headers: lezer.headers,
      payload: { ...smokers, code: 'X' },
    });
    expect(lezerTry.statusCode).toBe(403);
  });

  const header = ['client', 'aanbieder', 'datum', 'meting', ...ZRM_DOMAINS].join(';');
  const line = (client: string, provider: string, date: string, kind: string, score: number) =>
    [client, provider, date, kind, ...ZRM_DOMAINS.map(() => String(score))].join(';');

  it('imports ZRM assessments after a preview, stores only pseudonyms, and refuses a bad file or another provider whole', async () => {
    const file = [
      header,
      line('c1', 'Zorg A', '01-02-2025', 'start', 2),
      line('c1', 'Zorg A', '01-08-2025', 'vervolg', 3),
      line('111222333', 'z-a', '02-02-2025', 'start', 3),
      line('111222333', 'z-a', '02-08-2025', 'vervolg', 2),
    ].join('\n');
    const preview = await t.app.inject({
      method: 'POST',
      url: `${base}/zrm/import/preview`,
      ...uploadOf(file, 'bestand.csv', aanbiederA.headers),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().rows).toHaveLength(4);
    expect(preview.json().pairsAfter).toBe(2);
    expect(preview.body).not.toContain('111222333');
    expect(await t.database.db.select().from(kpiZrmAssessment)).toHaveLength(0);

    const bad = [header, line('c2', 'Zorg A', '01-02-2025', 'start', 2), line('c3', 'Zorg A', '2025-13-01', 'start', 7)].join('\n');
    const refused = await t.app.inject({
      method: 'POST',
      url: `${base}/zrm/import`,
      ...uploadOf(bad, 'bestand.csv', aanbiederA.headers),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/Rij 3/);
    const other = await t.app.inject({
      method: 'POST',
      url: `${base}/zrm/import`,
      ...uploadOf([header, line('c9', 'Zorg B', '01-02-2025', 'start', 2)].join('\n'), 'bestand.csv', aanbiederA.headers),
    });
    expect(other.statusCode).toBe(403);
    expect(await t.database.db.select().from(kpiZrmAssessment)).toHaveLength(0);

    const done = await t.app.inject({
      method: 'POST',
      url: `${base}/zrm/import`,
      ...uploadOf(file, 'zrm.csv', aanbiederA.headers),
    });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toEqual({ rows: 4, created: 4, existing: 0 });
    const stored = await t.database.db
      .select()
      .from(kpiZrmAssessment)
      .where(eq(kpiZrmAssessment.providerOrganisationId, org['z-a'] ?? ''));
    expect(stored).toHaveLength(4);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.clientPseudonym))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('111222333');
    // Re-import keeps what is there.
    const re = await t.app.inject({
      method: 'POST',
      url: `${base}/zrm/import`,
      ...uploadOf(file, 'bestand.csv', aanbiederA.headers),
    });
    expect(re.json()).toEqual({ rows: 4, created: 0, existing: 4 });
    // Two pairs (one improved on every domain, one declined): below the threshold of 5, so the counts are suppressed.
    const zrm = await t.app.inject({ method: 'GET', url: `${base}/zrm`, headers: lezer.headers });
    expect(zrm.json().pairs).toBe(2);
    const total = (zrm.json().rows as { unit: string; domain: string; n: number | string; verbeterd: number | string }[]).find(
      (r) => r.unit === 'totaal' && r.domain === ZRM_DOMAINS[0],
    );
    expect(typeof total?.n).toBe('string');
    expect(typeof total?.verbeterd).toBe('string');
  });
});
