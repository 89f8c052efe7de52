import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import {
  budgetLine,
  goodPractice,
  initiative,
  initiativeLink,
  node,
  organisation,
  programme,
  sideList,
  sideListItem,
  socialService,
  socialServiceMunicipality,
} from '../../src/db/schema';
import { PUBLICATION_FIELDS, type PublicationFields } from '../../src/domain/publication/fields';
import { FOLD_FROM, foldText } from '../../src/domain/search/fold';
import type { SearchItem, SearchResponse } from '../../src/domain/search/responses';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { createNode } from '../../src/server/services/programme/create-node';
import { saveGapAnalysis } from '../../src/server/services/programme/save-gap-analysis';
import { updateNode } from '../../src/server/services/programme/update-node';
import { postUpdate } from '../../src/server/services/progress/post-update';
import { saveMilestone } from '../../src/server/services/progress/save-milestone';
import { getPublication } from '../../src/server/services/publication/get-publication';
import { setPublication } from '../../src/server/services/publication/set-publication';
import { signIn } from '../support/auth';
import { buildReportFixture, FIXTURE_TEXT, type ReportFixture } from '../support/report-fixture';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

const ANON = { cookie: '' };

/** Every item of the answer, with the text of its matches and the marked words. */
function items(r: SearchResponse): (SearchItem & { text: string; marked: string[] })[] {
  return r.groups.flatMap((g) =>
    g.items.map((i) => ({
      ...i,
      text: i.matches.map((m) => m.segments.map((s) => s.text).join('')).join(' | '),
      marked: i.matches.flatMap((m) => m.segments.filter((s) => s.match).map((s) => s.text)),
    })),
  );
}

describe(`search: Dutch full-text search over what the searcher may read (${testDriver})`, () => {
  let t: TestApp;
  let programmeId = '';
  let top = '';
  let fall = '';
  let admin: Record<string, string> = {};
  const find = async (q: string, headers: Record<string, string> = admin) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SearchResponse;
  };

  beforeAll(async () => {
    t = await buildTestApp();
    admin = (await signIn(t, 'platform@example.test', { platformRoles: ['beheerder'] })).headers;
    const db = t.database.db;
    programmeId = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'zoeken-test', title: 'Meedoen en Wonen Zoektest', levelLabels: ['Pijler', 'Ambitie'] },
      t.clock,
    );
    top = (
      await createNode(
        db,
        SYSTEM_ACTOR,
        { programme: programmeId, parentId: null, fields: { code: 'A', title: 'Wonen en zorg', level: 0 } },
        t.clock,
      )
    ).id;
    fall = (
      await createNode(
        db,
        SYSTEM_ACTOR,
        {
          programme: programmeId,
          parentId: top,
          fields: {
            code: '1',
            title: 'Valpreventie',
            level: 1,
            description: 'Samen met de crèche en de cliënten van de wijkteams',
            expectedResult: 'Over vijf jaar 2.500 valpartijen voorkomen bij thuiswonende ouderen',
            aliases: ['Vallen voorkomen'],
            sections: [{ title: 'Reikwijdte', body: 'Alle woningen van de corporatie' }],
          },
        },
        t.clock,
      )
    ).id;
    await saveGapAnalysis(
      db,
      SYSTEM_ACTOR,
      {
        programme: programmeId,
        nodeId: fall,
        version: 1,
        gapAnalysis: {
          currentPractices: ['Beweeggroepen in het buurthuis'],
          hiaat: 'Geen dekkend aanbod voor reïntegratie',
          voorstel: null,
          budget: { kind: 'onbekend', note: 'Raming 2500 euro per gemeente' },
        },
      },
      t.clock,
    );
    await postUpdate(
      db,
      SYSTEM_ACTOR,
      {
        programmeId,
        nodeId: fall,
        reportDate: '2026-02-01',
        status: 'groen',
        percent: 40,
        results: 'Valpreventie-workshops gegeven',
        attentionPoints: null,
      },
      t.clock,
    );
    await saveMilestone(
      db,
      SYSTEM_ACTOR,
      { programmeId, nodeId: fall, title: 'Campagne valpreventie gestart', dueText: 'Q3 2026' },
      t.clock,
    );
    await db.insert(budgetLine).values({ programmeId, nodeId: fall, moneyStream: 'Wmo', year: 2026, note: 'Subsidie voor valpreventie' });
  });
  afterAll(async () => t?.close());

  it('finds "2500" inside an intended result (written "2.500") and in a gap-analysis budget note, with the path in the tree', async () => {
    const r = await find('2500');
    const [hit, ...rest] = items(r).filter((i) => i.kind === 'node');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ entityId: fall, nodeId: fall, title: '1 Valpreventie', path: 'A › 1 Valpreventie', public: false });
    expect(hit?.matches.map((m) => m.field).sort()).toEqual(['budgetNote', 'expectedResult']);
    expect(hit?.marked).toEqual(['2500', '2.500']);
    expect(hit?.text).toContain('Over vijf jaar 2.500 valpartijen voorkomen');
  });

  it('groups results by kind in a fixed order, each item with its highlighted words', async () => {
    const r = await find('valpreventie');
    expect(r.state).toBe('ok');
    expect(r.groups.map((g) => g.kind)).toEqual(['node', 'update', 'milestone', 'budget']);
    const byKind = Object.fromEntries(r.groups.map((g) => [g.kind, g]));
    expect(byKind.node?.items.map((i) => i.title)).toEqual(['1 Valpreventie']);
    expect(byKind.update?.items[0]).toMatchObject({ title: '1 Valpreventie', detail: '2026-02-01', nodeId: fall });
    expect(byKind.milestone?.items[0]).toMatchObject({ title: 'Campagne valpreventie gestart', path: 'A › 1 Valpreventie' });
    expect(byKind.budget?.items[0]?.detail).toBe('Wmo 2026');
    for (const i of items(r)) expect(i.marked.map((m) => m.toLowerCase())).toContain('valpreventie');
  });

  it('Dutch stemming as pinned in docs/search.md: plural ↔ singular yes, "wonen" ↔ "woning" no, a prefix with *', async () => {
    const fields = async (q: string) => items(await find(q)).flatMap((i) => i.matches.map((m) => `${i.kind}:${m.field}`));
    // woning / woningen: one stem.
    expect(await fields('woning')).toEqual(['node:sections']);
    // wonen → "won", woning → "woning": different stems, so "wonen" does not find "woningen" …
    expect((await fields('wonen')).sort()).toEqual(['node:title', 'programme:title']);
    // … but "thuiswonende" is one word of its own, and a prefix finds all three.
    expect((await fields('won*')).sort()).toEqual(['node:sections', 'node:title', 'programme:title']);
    // Verbs and plurals: "voorkomen" (aliases and intended result) found from "voorkomt"? No: pinned.
    expect(await fields('valpartij')).toEqual(['node:expectedResult']);
  });

  it('is accent-insensitive both ways, in any case', async () => {
    for (const q of ['creche', 'CRÈCHE', 'crèche']) expect(items(await find(q)).map((i) => i.entityId)).toEqual([fall]);
    for (const q of ['clienten', 'cliënten', 'reintegratie', 'reïntegratie'])
      expect(
        items(await find(q)).map((i) => i.entityId),
        q,
      ).toEqual([fall]);
    const [hit] = items(await find('creche'));
    expect(hit?.marked).toEqual(['crèche']);
  });

  it('searches aliases, sections, current practices; phrases and exclusions', async () => {
    expect(items(await find('"vallen voorkomen"')).map((i) => i.entityId)).toEqual([fall]);
    expect(items(await find('buurthuis')).map((i) => i.matches[0]?.field)).toEqual(['currentPractices']);
    expect(items(await find('"voorkomen vallen"'))).toEqual([]);
    expect(items(await find('valpreventie -workshops')).map((i) => i.kind)).toEqual(['node', 'milestone', 'budget']);
  });

  it('keeps the index current in the same transaction as the change, and forgets deleted rows', async () => {
    const db = t.database.db;
    const [row] = await db.select().from(node).where(eq(node.id, fall));
    await updateNode(
      db,
      SYSTEM_ACTOR,
      { programme: programmeId, nodeId: fall, version: row?.version ?? 0, fields: { title: 'Valbeleid' } },
      t.clock,
    );
    expect(items(await find('valbeleid')).map((i) => i.title)).toEqual(['1 Valbeleid']);
    expect(items(await find('valpreventie')).filter((i) => i.kind === 'node')).toEqual([]);
    const tmp = await createNode(
      db,
      SYSTEM_ACTOR,
      { programme: programmeId, parentId: top, fields: { title: 'Tijdelijk xylofoon', level: 1 } },
      t.clock,
    );
    expect(items(await find('xylofoon'))).toHaveLength(1);
    await db.delete(node).where(eq(node.id, tmp.id));
    expect(items(await find('xylofoon'))).toEqual([]);
  });

  it('answers hostile and empty input safely: text stays text, common words only is "empty", long input is a 400', async () => {
    const db = t.database.db;
    await createNode(
      db,
      SYSTEM_ACTOR,
      { programme: programmeId, parentId: top, fields: { title: '<img src=x onerror=alert(1)> kwaadaardig', level: 1 } },
      t.clock,
    );
    const [hit] = items(await find('kwaadaardig'));
    expect(hit?.title).toBe('<img src=x onerror=alert(1)> kwaadaardig');
    expect(hit?.matches[0]?.segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'kwaadaardig', match: true },
    ]);
    for (const q of ["'", '"', '\\', ':*', '!', '&|', "a'b:*c", 'x <-> y', '(((', '***', '-', '- -de']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}`, headers: admin });
      expect(res.statusCode, q).toBe(200);
    }
    expect((await find('de het een')).state).toBe('empty');
    expect((await t.app.inject({ method: 'GET', url: `/api/search?q=${'a'.repeat(201)}`, headers: admin })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/search?q=' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/search?q=zorg&limit=51' })).statusCode).toBe(400);
  });

  it('random input never breaks the query (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: fc.constantFrom(...'aé2 .-*"\'!&|:()<>\\'.split('')) }), async (q) => {
        const res = await t.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}`, headers: admin });
        expect([200, 400]).toContain(res.statusCode);
      }),
      { numRuns: 40 },
    );
  });

  it("the database's folding is the same as domain/search/fold.ts (the highlighting relies on it)", async () => {
    const [row] = await queryRows<{ f: string }>(t.database.db, sql`select search_fold(${FOLD_FROM}) as f`);
    expect(row?.f).toBe(foldText(FOLD_FROM));
    expect([...(row?.f ?? '')].length).toBe([...FOLD_FROM].length);
  });

  it('a visitor finds nothing of an unpublished programme; once published, only the public fields', async () => {
    expect(items(await find('valbeleid', ANON))).toEqual([]);
    expect(items(await find('2500', ANON))).toEqual([]);
    expect(items(await find('zoektest', ANON))).toEqual([]);
    const { version, fields } = await getPublication(t.database.db, SYSTEM_ACTOR, { programmeId });
    await setPublication(t.database.db, SYSTEM_ACTOR, { programmeId, published: true, fields, version }, t.clock);
    expect(items(await find('zoektest', ANON)).map((i) => [i.kind, i.public])).toEqual([['programme', true]]);
    expect(items(await find('valbeleid', ANON)).map((i) => `${i.kind}:${i.matches.map((m) => m.field).join()}`)).toEqual(['node:title']);
    // Intended results, gap analyses, budget notes, sections and aliases are for members only.
    for (const q of ['2500', 'buurthuis', 'reintegratie', 'subsidie', 'woningen', '"vallen voorkomen"'])
      expect(items(await find(q, ANON)), q).toEqual([]);
    // No locked period yet: the public version shows no progress texts, so neither does the search.
    expect(items(await find('workshops', ANON))).toEqual([]);
  });

  it('rows of a kind without a programme: "public" for everyone, "signed-in" for accounts (the pattern for services and practices)', async () => {
    const entity = '11111111-2222-3333-4444-555555555555';
    await queryRows(
      t.database.db,
      sql`select search_put('test_source', ${entity}::uuid, 'node', ${entity}::uuid, null, null,
        '[["name", "public", "Inloophuis Zonnebloem"], ["note", "signed-in", "Sleutel bij de buren"]]'::jsonb)`,
    );
    const [pub] = items(await find('zonnebloem', ANON));
    expect(pub).toMatchObject({ entityId: entity, programme: null, public: true, marked: ['Zonnebloem'] });
    expect(items(await find('sleutel', ANON))).toEqual([]);
    expect(items(await find('sleutel')).map((i) => i.entityId)).toEqual([entity]);
    await queryRows(t.database.db, sql`delete from search_document where source = 'test_source'`);
  });

  it('finds services of the social map: a visitor only published ones, with the kind and the gemeenten served', async () => {
    const db = t.database.db;
    const [venlo] = await db
      .insert(organisation)
      .values({ key: 'zoek-venlo', name: 'Venlo', kind: 'gemeente', cbsCode: '0983' })
      .returning();
    const rows = await db
      .insert(socialService)
      .values([
        { name: 'Inloophuis De Zonnewijzer', kind: 'inloop', targetGroup: 'volwassenen met psychische klachten', published: true },
        { name: 'Herstelgroep Zonnewijzer', kind: 'zelfhulpgroep', waitingTimeNote: 'geen wachttijd', published: false },
      ])
      .returning();
    if (!venlo) throw new Error('gemeente');
    await db.insert(socialServiceMunicipality).values(rows.map((r) => ({ serviceId: r.id, organisationId: venlo.id })));
    const [open, closed] = rows;
    const visitor = items(await find('zonnewijzer', ANON));
    expect(visitor.map((i) => [i.kind, i.entityId, i.title, i.public])).toEqual([['service', open?.id, 'Inloophuis De Zonnewijzer', true]]);
    expect(visitor[0]?.detail).toContain('Venlo');
    expect(
      items(await find('zonnewijzer'))
        .map((i) => i.entityId)
        .sort(),
    ).toEqual([open?.id, closed?.id].sort());
    // Publishing is a change the index follows in the same transaction.
    await db
      .update(socialService)
      .set({ published: true })
      .where(eq(socialService.id, closed?.id ?? ''));
    expect(items(await find('wachttijd', ANON)).map((i) => i.entityId)).toEqual([closed?.id]);
    await db.delete(socialServiceMunicipality);
    await db.delete(socialService);
    expect(items(await find('zonnewijzer'))).toEqual([]);
  });

  it('finds good practices (visitors: published only, never the contact), initiatives and lists beside the tree (members)', async () => {
    const db = t.database.db;
    const [open, closed] = await db
      .insert(goodPractice)
      .values([
        {
          title: 'Herstelacademie Noord',
          summary: 'Cursussen door ervaringsdeskundigen',
          contact: 'Kwartiermaker Jansen',
          published: true,
        },
        { title: 'Herstelacademie Zuid', workingComponents: ['lotgenotencontact'], published: false },
      ])
      .returning();
    expect(items(await find('herstelacademie', ANON)).map((i) => [i.kind, i.entityId])).toEqual([['practice', open?.id]]);
    expect(items(await find('kwartiermaker', ANON))).toEqual([]);
    expect(
      items(await find('herstelacademie'))
        .map((i) => i.entityId)
        .sort(),
    ).toEqual([open?.id, closed?.id].sort());
    expect(items(await find('lotgenotencontact')).map((i) => i.kind)).toEqual(['practice']);

    const [ini] = await db
      .insert(initiative)
      .values({ name: 'Regionaal Netwerk Zorgmijders', kind: 'netwerk', goal: 'Vroegsignalering' })
      .returning();
    await db.insert(initiativeLink).values([{ initiativeId: ini?.id ?? '', programmeId, nodeId: top }]);
    const [list] = await db.insert(sideList).values({ programmeId, title: 'Uitgangspunten', description: null }).returning();
    await db
      .insert(sideListItem)
      .values({ listId: list?.id ?? '', position: 0, title: 'Eerst een dak', text: 'Wonen als basis voor herstel' });
    const lezer = await signIn(t, 'kennis-lezer@example.test', { memberships: [{ programmeId, role: 'lezer' }] });
    expect(items(await find('zorgmijders', lezer.headers)).map((i) => [i.kind, i.entityId, i.nodeId])).toEqual([
      ['initiative', ini?.id, top],
    ]);
    expect(items(await find('dak', lezer.headers)).map((i) => [i.kind, i.entityId, i.nodeId])).toEqual([['list', list?.id, null]]);
    // A list moved to a node takes its items along: the item is found under the list's new node.
    await db
      .update(sideList)
      .set({ nodeId: top })
      .where(eq(sideList.id, list?.id ?? ''));
    expect(items(await find('dak', lezer.headers)).map((i) => [i.kind, i.entityId, i.nodeId])).toEqual([['list', list?.id, top]]);
    // An initiative's new name is found at once; who is no member finds neither.
    await db
      .update(initiative)
      .set({ name: 'Regionaal Netwerk Buitenslapers' })
      .where(eq(initiative.id, ini?.id ?? ''));
    expect(items(await find('buitenslapers', lezer.headers)).map((i) => i.entityId)).toEqual([ini?.id]);
    expect(items(await find('zorgmijders', lezer.headers))).toEqual([]);
    const outsider = await signIn(t, 'kennis-buiten@example.test', {});
    expect(items(await find('buitenslapers', outsider.headers))).toEqual([]);
    expect(items(await find('dak', ANON))).toEqual([]);
    await db.delete(sideList);
    await db.delete(initiative);
    await db.delete(goodPractice);
    expect(items(await find('buitenslapers', lezer.headers))).toEqual([]);
  });

  it('a signed-in person who is not a member sees programme titles, and of a published programme only its public part', async () => {
    const other = await createProgramme(
      t.database.db,
      SYSTEM_ACTOR,
      { slug: 'besloten', title: 'Besloten Zoekprogramma', levelLabels: ['Thema'] },
      t.clock,
    );
    await createNode(
      t.database.db,
      SYSTEM_ACTOR,
      { programme: other, parentId: null, fields: { title: 'Besloten onderdeel', level: 0 } },
      t.clock,
    );
    const outsider = await signIn(t, 'buitenstaander@example.test', {});
    expect(items(await find('besloten', outsider.headers)).map((i) => i.kind)).toEqual(['programme']);
    expect(items(await find('2500', outsider.headers))).toEqual([]);
    const member = await signIn(t, 'lezer@example.test', { memberships: [{ programmeId, role: 'lezer' }] });
    expect(items(await find('2500', member.headers)).map((i) => i.kind)).toEqual(['node']);
    expect(items(await find('besloten', member.headers)).map((i) => i.kind)).toEqual(['programme']);
  });
});

describe(`search as a visitor matches the public version (${testDriver})`, () => {
  let t: TestApp;
  const programmes: ReportFixture[] = [];
  beforeAll(async () => {
    t = await buildTestApp();
    for (const slug of ['zoek-a', 'zoek-b']) programmes.push(await buildReportFixture(t.database.db, t.clock, slug));
  });
  afterAll(async () => t?.close());

  // Each text of the fixture, as a search query that finds only that text.
  const probes: [string, string][] = [
    [FIXTURE_TEXT.description, 'Programmabeschrijving-ZICHTBAAR'],
    [FIXTURE_TEXT.nodeDescription, 'Onderdeelbeschrijving-ZICHTBAAR'],
    [FIXTURE_TEXT.resultsQ2, 'huisartsenpraktijken'],
    [FIXTURE_TEXT.attentionQ2, 'wachtlijst'],
    [FIXTURE_TEXT.milestone, 'Mijlpaal-Coördinatie'],
    ['Resultaat-Q1 startbijeenkomst', 'startbijeenkomst'],
    ['Aandachtspunt-Q1 capaciteit', 'capaciteit'],
    ['Rookvrije generatie', 'rookvrije'],
  ];

  it('property: over random publication settings a visitor finds a text exactly when the public page shows it', async () => {
    const db = t.database.db;
    const fieldsArb = fc.record(
      Object.fromEntries(PUBLICATION_FIELDS.map((f) => [f, fc.boolean()])) as Record<keyof PublicationFields, fc.Arbitrary<boolean>>,
    );
    const settingArb = fc.record({ published: fc.boolean(), fields: fieldsArb });
    await fc.assert(
      fc.asyncProperty(fc.tuple(settingArb, settingArb), async (settings) => {
        for (const [i, p] of programmes.entries()) {
          const s = settings[i];
          if (!s) continue;
          const { version } = await getPublication(db, SYSTEM_ACTOR, { programmeId: p.programmeId });
          await setPublication(
            db,
            SYSTEM_ACTOR,
            { programmeId: p.programmeId, published: s.published, fields: s.fields, version },
            t.clock,
          );
        }
        const pages = new Map<string, string>();
        for (const p of programmes) {
          const res = await t.app.inject({ method: 'GET', url: `/api/public/programmes/${p.slug}`, headers: ANON });
          pages.set(p.programmeId, res.statusCode === 200 ? res.body : '');
        }
        for (const [text, q] of probes) {
          const res = await t.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}`, headers: ANON });
          const found = new Set(items(res.json() as SearchResponse).map((i) => i.programme?.id));
          for (const p of programmes)
            expect(found.has(p.programmeId), `${q} in ${p.slug}`).toBe((pages.get(p.programmeId) ?? '').includes(text));
        }
        // And no result ever names a person.
        const res = await t.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('Persoon-Geheim')}`, headers: ANON });
        expect((res.json() as SearchResponse).groups).toEqual([]);
      }),
      { numRuns: 10 },
    );
    // Each run publishes twice and asks ten questions: slow on a loaded machine.
  }, 240_000);

  it('the programme row keeps its search rows when only other columns change', async () => {
    const [p] = programmes;
    if (!p) throw new Error('fixture');
    await t.database.db.update(programme).set({ status: 'afgerond' }).where(eq(programme.id, p.programmeId));
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from search_document where source = 'programme' and source_id = ${p.programmeId}`,
    );
    expect(Number(rows[0]?.n)).toBe(2);
  });
});
