import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import { loadKnowledgeDemo } from '../../seeds/knowledge-demo';
import { goodPractice, initiative, initiativeLink, sideList } from '../../src/db/schema';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

type Json = Record<string, unknown>;

describe(`knowledge demo: good practices, initiatives and lists the documents name (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadDemo(t.database.db, t.clock);
  }, 600_000);
  afterAll(async () => t?.close());

  it('holds the named practices with adoption where a document says so, and loading twice adds nothing', async () => {
    const db = t.database.db;
    const count = async () => ({
      practices: (await db.select().from(goodPractice)).length,
      initiatives: (await db.select().from(initiative)).length,
      links: (await db.select().from(initiativeLink)).length,
      lists: (await db.select().from(sideList)).length,
    });
    const before = await count();
    expect(before.practices).toBe(5);
    await loadKnowledgeDemo(db, t.clock);
    expect(await count()).toEqual(before);

    const list = (await t.app.inject({ method: 'GET', url: '/api/practices?q=herstel' })).json() as { items: Json[] };
    const svh = list.items.find((p) => p.title === 'Samen voor Herstel') as
      { adoptions: { organisationName: string; status: string }[]; relatedNodes: { title: string }[]; contact: string | null } | undefined;
    expect(svh?.contact).toBeNull();
    expect(svh?.adoptions.map((a) => [a.organisationName, a.status])).toEqual([
      ['Oldambt', 'in-voorbereiding'],
      ['Westerkwartier', 'in-voorbereiding'],
    ]);
    expect(svh?.relatedNodes.map((n) => n.title).sort()).toEqual(['Betere integrale zorg', 'Meer goede voorbeelden']);
  });

  it('keeps the Windesheim pilot as one initiative on two themes, with an unknown contact', async () => {
    const res = (await t.app.inject({ method: 'GET', url: '/api/programmes/zorglandschap-wmo-flevoland/initiatives' })).json() as {
      items: { name: string; contact: string | null; links: { node: { title: string } | null }[] }[];
    };
    const pilot = res.items.filter((i) => i.name === 'Pilot zachte landing in de wijk');
    expect(pilot).toHaveLength(1);
    expect(pilot[0]?.contact).toBeNull();
    expect(pilot[0]?.links.map((l) => l.node?.title).sort()).toEqual([
      'Draagkracht en draagvlak in de wijk',
      'Ondersteuning in eigen woonomgeving',
    ]);
    const lists = (await t.app.inject({ method: 'GET', url: '/api/programmes/mjp-pkp-groningen/lists?nodeId=programma' })).json() as {
      items: { title: string; items: unknown[] }[];
    };
    expect(lists.items.map((l) => [l.title, l.items.length])).toEqual([['Uitgangspunten van het MJP', 3]]);
  });
});
