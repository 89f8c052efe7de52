import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import { queryRows } from '../../src/db/database';
import { parseProgrammeDocument } from '../../src/domain/programme/document-check';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Doc = {
  programme: { slug: string; title: string };
  nodes: { key: string; deadline: unknown }[];
  efforts: unknown[];
  links: unknown[];
} & Record<string, unknown>;

describe(`programme document export / import (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadDemo(t.database.db, t.clock);
  });
  afterAll(async () => t.close());

  const exportDoc = async (slug: string): Promise<Doc> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${slug}/document` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`${slug}.json`);
    return res.json() as Doc;
  };
  const counts = async () =>
    (
      await queryRows<{ p: number; n: number; e: number; o: number; a: number }>(
        t.database.db,
        sql`select (select count(*)::int from programme) as p, (select count(*)::int from node) as n, (select count(*)::int from effort) as e,
                   (select count(*)::int from organisation) as o, (select count(*)::int from audit_log) as a`,
      )
    )[0];

  it('loads the three demo programmes with their structure', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/programmes' })).json() as {
      items: { slug: string; levelLabels: string[] }[];
    };
    expect(list.items.map((p) => p.slug).sort()).toEqual(['meedoen-en-wonen-nml', 'mjp-pkp-groningen', 'zorglandschap-wmo-flevoland']);
    for (const slug of ['meedoen-en-wonen-nml', 'mjp-pkp-groningen', 'zorglandschap-wmo-flevoland']) {
      const doc = await exportDoc(slug);
      expect(doc.nodes.length, slug).toBeGreaterThan(10);
    }
  });

  it('ships the gemeenten with CBS code and the inhabitants of domain-facts §4, unknown where it has none', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations?kind=gemeente' });
    const items = res.json().items as {
      key: string;
      cbsCode: string;
      population: { year: number; inhabitants: number | null; source: string | null }[];
    }[];
    expect(items).toHaveLength(30);
    expect(items.every((g) => /^\d{4}$/.test(g.cbsCode))).toBe(true);
    const pop = (key: string) => items.find((g) => g.key === key)?.population ?? [];
    // Figures typed over from shared/reference/domain-facts.md §4.
    expect(pop('venlo')).toEqual([expect.objectContaining({ year: 2024, inhabitants: 103785, source: expect.stringContaining('CBS') })]);
    expect(pop('almere')).toEqual([expect.objectContaining({ year: 2016, inhabitants: 198145 })]);
    expect(pop('pekela').find((x) => x.year === 2021)?.inhabitants).toBe(12176);
    for (const unknown of ['bergen-l', 'gennep', 'horst-aan-de-maas', 'venray']) {
      expect(
        pop(unknown).map((x) => x.inhabitants),
        unknown,
      ).toEqual([null]);
    }
    const regions = (await t.app.inject({ method: 'GET', url: '/api/regions' })).json().items as {
      name: string;
      municipalities: unknown[];
    }[];
    expect(Object.fromEntries(regions.map((r) => [r.name, r.municipalities.length]))).toMatchObject({
      'Noord-Limburg': 7,
      'Midden-Limburg': 7,
      'Noord- en Midden-Limburg': 14,
      Flevoland: 6,
      Groningen: 10,
    });
  });

  it('round-trips every demo programme losslessly: export → import as copy → export', async () => {
    for (const slug of ['meedoen-en-wonen-nml', 'mjp-pkp-groningen', 'zorglandschap-wmo-flevoland']) {
      const original = await exportDoc(slug);
      // The exported document is itself a valid document.
      expect(() => parseProgrammeDocument(original)).not.toThrow();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/programmes/import',
        payload: { document: original, slug: `${slug}-kopie`, title: 'Kopie' },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        slug: `${slug}-kopie`,
        nodes: original.nodes.length,
        efforts: original.efforts.length,
        organisationsCreated: 0,
      });
      const copy = await exportDoc(`${slug}-kopie`);
      expect({ ...copy, programme: { ...copy.programme, slug, title: original.programme.title } }).toEqual(original);
    }
  });

  it('refuses an invalid document with Dutch errors naming path, field and reason, and writes nothing', async () => {
    const doc = await exportDoc('meedoen-en-wonen-nml');
    const before = await counts();
    const broken = structuredClone(doc);
    broken.programme.slug = 'gebroken';
    const n0 = broken.nodes[0] as Record<string, unknown>;
    const n1 = broken.nodes[1] as Record<string, unknown>;
    n0.deadline = 'voorjaar 2023';
    n1.parentKey = 'bestaat-niet';
    n1.onbekendVeld = 1;
    const res = await t.app.inject({ method: 'POST', url: '/api/programmes/import', payload: { document: broken } });
    expect(res.statusCode).toBe(422);
    const err = res.json().error as { code: string; message: string; details: { path: string; field: string; reason: string }[] };
    expect(err.code).toBe('IMPORT_FILE_INVALID');
    expect(err.message).toMatch(/niets opgeslagen/);
    expect(err.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: `nodes[0] (${String(n0.key)}).deadline`,
          field: 'deadline',
          reason: expect.stringContaining("onbekende termijn 'voorjaar 2023'"),
        }),
        expect.objectContaining({ path: `nodes[1] (${String(n1.key)})`, reason: expect.stringMatching(/onbekendVeld/) }),
      ]),
    );
    // Schema errors come first; fix them and the reference error shows.
    delete n1.onbekendVeld;
    n0.deadline = 'Q1 2023';
    const res2 = await t.app.inject({ method: 'POST', url: '/api/programmes/import', payload: { document: broken } });
    expect(res2.statusCode).toBe(422);
    expect(res2.json().error.details).toEqual([
      { path: `nodes[1] (${String(n1.key)})`, field: 'parentKey', reason: "onbekend bovenliggend element 'bestaat-niet'" },
    ]);
    // Same slug again is refused too, with a hint to import as a copy.
    const res3 = await t.app.inject({ method: 'POST', url: '/api/programmes/import', payload: { document: doc } });
    expect(res3.json().error.details).toEqual([expect.objectContaining({ field: 'slug', reason: expect.stringMatching(/als kopie/) })]);
    expect(await counts()).toEqual(before);
  });

  it('publishes the JSON Schema of the document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/schemas/programme-document.json' });
    expect(res.statusCode).toBe(200);
    const schema = res.json() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['programme', 'nodes', 'efforts', 'links', 'organisations']));
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'programme', 'nodes']));
  });

  it('gives exactly one winner when two editors save the same version at once', async () => {
    const tree = (await t.app.inject({ method: 'GET', url: '/api/programmes/mjp-pkp-groningen/tree?shape=flat' })).json() as {
      nodes: { id: string; version: number }[];
    };
    const target = tree.nodes[0];
    if (!target) throw new Error('no node');
    const [a, b] = await Promise.all(
      ['A', 'B'].map((who) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/programmes/mjp-pkp-groningen/nodes/${target.id}`,
          payload: { version: target.version, description: `door ${who}` },
        }),
      ),
    );
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 409]);
    const loser = a?.statusCode === 409 ? a : b;
    const winner = a?.statusCode === 200 ? a : b;
    expect(loser?.json().error.details.current.description).toBe(winner?.json().description);
  });
});
