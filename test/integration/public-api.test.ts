import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLICATION_FIELDS, type PublicationFields } from '../../src/domain/publication/fields';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { getPublication } from '../../src/server/services/publication/get-publication';
import { setPublication } from '../../src/server/services/publication/set-publication';
import { auditLog, person } from '../../src/db/schema';
import { eq } from 'drizzle-orm';
import { buildReportFixture, FIXTURE_TEXT, type ReportFixture } from '../support/report-fixture';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** Visitor requests: no cookie, no session. */
const ANON = { cookie: '' };

describe(`public version: only published programmes and fields (${testDriver})`, () => {
  let t: TestApp;
  const programmes: ReportFixture[] = [];
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: ANON });

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    for (const slug of ['publiek-a', 'publiek-b', 'publiek-c']) programmes.push(await buildReportFixture(t.database.db, t.clock, slug));
    // Governance with a person as an action's owner and a decision: members see them, the public version never.
    for (const p of programmes) {
      const [who] = await t.database.db
        .select()
        .from(person)
        .where(eq(person.key, `trekker-${p.slug}`));
      const base = `/api/programmes/${p.programmeId}`;
      const bodyId = (await t.app.inject({ method: 'POST', url: `${base}/bodies`, payload: { name: 'Tafel', kind: 'bestuurlijk' } })).json()
        .id;
      const meetingId = (
        await t.app.inject({ method: 'POST', url: `${base}/bodies/${bodyId}/meetings`, payload: { date: '2022-05-20' } })
      ).json().id;
      const action = await t.app.inject({
        method: 'POST',
        url: `${base}/meetings/${meetingId}/actions`,
        payload: { text: 'Actie-INTERN', ownerPersonId: who?.id ?? null },
      });
      expect(action.statusCode, action.body).toBe(201);
      await t.app.inject({ method: 'POST', url: `${base}/meetings/${meetingId}/decisions`, payload: { text: 'Besluit-INTERN' } });
      // The members' report for this meeting does show the owner (so the public check below can fail).
      const members = await t.app.inject({ method: 'GET', url: `${base}/report?format=html&meeting=${meetingId}` });
      expect(members.body).toContain(FIXTURE_TEXT.trekker);
    }
  });
  afterAll(async () => t?.close());

  it('a new programme is not public; publishing is for its beheerder, audited, with a version', async () => {
    const [a] = programmes;
    if (!a) throw new Error('fixture');
    expect((await get('/api/public/programmes')).json().items).toEqual([]);
    expect((await get('/api/programmes')).json().items).toEqual([]);
    expect((await get(`/api/public/programmes/${a.slug}`)).statusCode).toBe(404);
    const visitorWrite = await t.app.inject({ method: 'PUT', url: `/api/programmes/${a.slug}/publication`, headers: ANON, payload: {} });
    expect([401, 403]).toContain(visitorWrite.statusCode);

    const current = (await t.app.inject({ method: 'GET', url: `/api/programmes/${a.slug}/publication` })).json();
    expect(current).toMatchObject({ published: false, version: 0, fields: { nodeDescriptions: true, attentionPoints: false } });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/programmes/${a.slug}/publication`,
      payload: { published: true, fields: current.fields, version: 0 },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ published: true, version: 1 });
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/programmes/${a.slug}/publication`,
      payload: { published: false, fields: current.fields, version: 0 },
    });
    expect(stale.statusCode).toBe(409);
    const persons = await t.app.inject({
      method: 'PUT',
      url: `/api/programmes/${a.slug}/publication`,
      payload: { published: true, fields: { ...current.fields, persons: true }, version: 1 },
    });
    expect(persons.statusCode).toBe(400);
    expect(persons.json().error.message).toContain('personen worden nooit gepubliceerd');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'programme_publication'));
    expect(audit.map((r) => r.action)).toEqual(['publish']);

    const list = (await get('/api/public/programmes')).json().items;
    expect(list.map((p: { slug: string }) => p.slug)).toEqual([a.slug]);
    expect((await get('/api/programmes')).json().items.map((p: { slug: string }) => p.slug)).toEqual([a.slug]);
    const page = (await get(`/api/public/programmes/${a.slug}`)).json();
    expect(page.period.label).toBe('Q2 2022');
    expect(page.nodes.map((n: { path: string }) => n.path)).toEqual([
      'P',
      'P › 1',
      'P › 2',
      'S',
      'S › 1',
      'S › 1 › I',
      'S › Project zonder code',
    ]);
    // Programme pages for members stay closed to visitors.
    expect((await get(`/api/programmes/${a.slug}`)).statusCode).toBe(401);
  });

  it('the visitor list names the region a published programme serves, as members see it', async () => {
    const [a] = programmes;
    if (!a) throw new Error('fixture');
    const region = await t.app.inject({
      method: 'POST',
      url: '/api/regions',
      payload: { key: 'regio-publiek', name: 'Regio Publiek', municipalityIds: [] },
    });
    expect(region.statusCode, region.body).toBe(201);
    const member = (await t.app.inject({ method: 'GET', url: `/api/programmes/${a.slug}` })).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/programmes/${a.slug}`,
      payload: { version: member.version, regionId: region.json().id },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const visitorItem = ((await get('/api/programmes')).json().items as { slug: string; region: unknown }[]).find((p) => p.slug === a.slug);
    expect(visitorItem?.region).toEqual({ id: region.json().id, name: 'Regio Publiek' });
  });

  it('property: over random publication settings the public API never returns an unpublished programme or field, nor a person', async () => {
    const db = t.database.db;
    const fieldsArb = fc.record(
      Object.fromEntries(PUBLICATION_FIELDS.map((f) => [f, fc.boolean()])) as Record<keyof PublicationFields, fc.Arbitrary<boolean>>,
    );
    const settingArb = fc.record({ published: fc.boolean(), fields: fieldsArb });
    await fc.assert(
      fc.asyncProperty(fc.tuple(settingArb, settingArb, settingArb), fc.constantFrom<'nl' | 'en'>('nl', 'en'), async (settings, lang) => {
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
        const listed = (await get('/api/public/programmes')).json().items as { slug: string; description?: string }[];
        const anonList = (await get('/api/programmes')).json().items as { slug: string }[];
        for (const [i, p] of programmes.entries()) {
          const s = settings[i];
          if (!s) continue;
          const inList = listed.find((x) => x.slug === p.slug);
          expect(Boolean(inList)).toBe(s.published);
          expect(anonList.some((x) => x.slug === p.slug)).toBe(s.published);
          const page = await get(`/api/public/programmes/${p.slug}`);
          const report = await get(`/api/public/programmes/${p.slug}/report?format=html&lang=${lang}`);
          if (!s.published) {
            expect(page.statusCode).toBe(404);
            expect(report.statusCode).toBe(404);
            continue;
          }
          expect(page.statusCode).toBe(200);
          expect(report.statusCode).toBe(200);
          const body = page.body;
          const view = page.json() as { description?: string; nodes: Record<string, unknown>[] };
          const f = s.fields;
          // Absent, not merely empty, when not published; and the texts never leak in any other field.
          expect('description' in view).toBe(f.programmeDescription);
          expect(inList && 'description' in inList).toBe(f.programmeDescription);
          expect(body.includes(FIXTURE_TEXT.description)).toBe(f.programmeDescription);
          expect(view.nodes.every((n) => 'description' in n === f.nodeDescriptions)).toBe(true);
          expect(body.includes(FIXTURE_TEXT.nodeDescription)).toBe(f.nodeDescriptions);
          expect(view.nodes.every((n) => 'status' in n === f.statuses && 'percent' in n === f.statuses)).toBe(true);
          expect(view.nodes.every((n) => 'milestones' in n === f.milestones)).toBe(true);
          expect(body.includes(FIXTURE_TEXT.milestone)).toBe(f.milestones);
          expect(body.includes(FIXTURE_TEXT.resultsQ2)).toBe(f.results);
          expect(body.includes(FIXTURE_TEXT.attentionQ2)).toBe(f.attentionPoints);
          // The public report is built from the same public read model.
          expect(report.body.includes(FIXTURE_TEXT.resultsQ2)).toBe(f.results);
          expect(report.body.includes(FIXTURE_TEXT.attentionQ2)).toBe(f.attentionPoints);
          expect(report.body.includes(FIXTURE_TEXT.milestone)).toBe(f.milestones);
          expect(report.body.includes(FIXTURE_TEXT.description)).toBe(false);
          // Persons never: not as trekker, not as author, not as an action's owner; no decisions or actions at all.
          const withMeeting = await get(`/api/public/programmes/${p.slug}/report?format=html&lang=${lang}&meeting=x&body=Tafel`);
          expect(withMeeting.body).toBe(report.body);
          for (const text of [body, report.body, JSON.stringify(listed)]) {
            expect(text).not.toContain('Actie-INTERN');
            expect(text).not.toContain('Besluit-INTERN');
            expect(text).not.toContain(FIXTURE_TEXT.trekker);
            expect(text).not.toContain('persoon-geheim@');
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
