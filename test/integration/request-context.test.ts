import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import type { SearchResponse } from '../../src/domain/search/responses';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createNode } from '../../src/server/services/programme/create-node';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { signIn, type SignedIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/**
 * Statements the database driver is sent while `work` runs (both drivers: drizzle hands every
 * statement to its client's `query`).
 */
async function statementsDuring(db: Db, work: () => Promise<unknown>): Promise<string[]> {
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const seen: string[] = [];
  const original = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    seen.push(typeof q === 'string' ? q : String((q as { text?: string }).text));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    client.query = original;
  }
  return seen;
}

/**
 * The access check of a request is ONE statement (session + account + memberships + the programme
 * of the path + the content revision; db/queries/request-context.ts), read fresh every time: no
 * session cache that another app server's change could leave stale.
 */
describe(`one statement per request, never stale (${testDriver})`, () => {
  let t: TestApp;
  let programmeId = '';
  let nodeId = '';
  let member: SignedIn;
  let outsider: SignedIn;
  let admin: SignedIn;
  const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
  const search = async (q: string, headers: Record<string, string>) => {
    const res = await get(`/api/search?q=${encodeURIComponent(q)}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as SearchResponse;
    return r.groups.flatMap((g) => g.items.map((i) => `${i.kind}:${i.title}`));
  };

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    programmeId = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'besloten-snel', title: 'Besloten Snelprogramma', levelLabels: ['Thema'] },
      t.clock,
    );
    nodeId = (
      await createNode(
        db,
        SYSTEM_ACTOR,
        { programme: programmeId, parentId: null, fields: { code: 'A', title: 'Zonnebloemveld aan de dijk', level: 0 } },
        t.clock,
      )
    ).id;
    member = await signIn(t, 'lid@example.test', { memberships: [{ programmeId, role: 'lezer' }] });
    outsider = await signIn(t, 'buiten@example.test', {});
    admin = await signIn(t, 'beheer@example.test', { platformRoles: ['beheerder'] });
  });
  afterAll(async () => t?.close());

  it('a cached node page costs one statement; a role revoked through plain SQL is refused at the very next request', async () => {
    const url = `/api/programmes/${programmeId}/nodes/${nodeId}`;
    expect((await get(url, member.headers)).statusCode).toBe(200);
    let status = 0;
    const hit = await statementsDuring(t.database.db, async () => {
      status = (await get(url, member.headers)).statusCode;
    });
    expect(status).toBe(200);
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatch(/"session"/);

    // Another app server (or an operator) revokes the role: no cache of this server may still allow it.
    await t.database.db.execute(sql`delete from programme_membership where programme_id = ${programmeId}`);
    const refused = await statementsDuring(t.database.db, async () => {
      status = (await get(url, member.headers)).statusCode;
    });
    expect(status).toBe(403);
    expect(refused).toHaveLength(1);
    await t.database.db.execute(
      sql`insert into programme_membership (programme_id, account_id, role) values (${programmeId}, ${member.accountId}, 'lezer')`,
    );
    expect((await get(url, member.headers)).statusCode).toBe(200);
  });

  it('a disabled account and a session ended through plain SQL are anonymous at the next request', async () => {
    const url = `/api/programmes/${programmeId}/tree`;
    const someone = await signIn(t, 'straks-uit@example.test', { memberships: [{ programmeId, role: 'lezer' }] });
    expect((await get(url, someone.headers)).statusCode).toBe(200);
    await t.database.db.execute(sql`update account set disabled = true where id = ${someone.accountId}`);
    expect((await get(url, someone.headers)).statusCode).toBe(401);
    await t.database.db.execute(sql`update account set disabled = false where id = ${someone.accountId}`);
    expect((await get(url, someone.headers)).statusCode).toBe(200);
    await t.database.db.execute(sql`delete from session where account_id = ${someone.accountId}`);
    expect((await get(url, someone.headers)).statusCode).toBe(401);
  });

  it('a programme named by slug or id is found by the same statement; an unknown one is 404 for a beheerder, 403 for others', async () => {
    expect((await get(`/api/programmes/besloten-snel/tree`, member.headers)).statusCode).toBe(200);
    expect((await get(`/api/programmes/${programmeId}`, member.headers)).statusCode).toBe(200);
    expect((await get(`/api/programmes/bestaat-niet/tree`, admin.headers)).statusCode).toBe(404);
    expect((await get(`/api/programmes/00000000-0000-4000-8000-000000000000/tree`, admin.headers)).statusCode).toBe(404);
    expect((await get(`/api/programmes/bestaat-niet/tree`, member.headers)).statusCode).toBe(403);
    // A value no programme can have goes into the same statement as the session: never a 500.
    for (const bad of ['a%00b', 'x'.repeat(5000), '%E2%80%AE', "1'%20or%20'1'='1"]) {
      const res = await get(`/api/programmes/${bad}/tree`, admin.headers);
      expect(res.statusCode, `${bad.slice(0, 20)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    }
  });

  it('a repeated search is one statement; the cached answer is never handed to a searcher who may read less', async () => {
    // The member's answer (members-only node) is computed and cached first.
    expect(await search('zonnebloemveld', member.headers)).toEqual(['node:A Zonnebloemveld aan de dijk']);
    const again = await statementsDuring(t.database.db, async () => {
      expect(await search('zonnebloemveld', member.headers)).toEqual(['node:A Zonnebloemveld aan de dijk']);
    });
    expect(again).toHaveLength(1);
    // Same query, same revision, other searchers: a non-member and a visitor must not get it.
    expect(await search('zonnebloemveld', outsider.headers)).toEqual([]);
    expect(await search('zonnebloemveld', { cookie: '' })).toEqual([]);
    expect(await search('zonnebloemveld', admin.headers)).toEqual(['node:A Zonnebloemveld aan de dijk']);
    // A visitor's repeated search: the revision read only.
    const visitor = await statementsDuring(t.database.db, async () => {
      expect(await search('zonnebloemveld', { cookie: '' })).toEqual([]);
    });
    expect(visitor).toHaveLength(1);
    // The member loses the role through plain SQL: the next search no longer shows the node.
    await t.database.db.execute(sql`delete from programme_membership where account_id = ${member.accountId}`);
    expect(await search('zonnebloemveld', member.headers)).toEqual([]);
    await t.database.db.execute(
      sql`insert into programme_membership (programme_id, account_id, role) values (${programmeId}, ${member.accountId}, 'lezer')`,
    );
    expect(await search('zonnebloemveld', member.headers)).toEqual(['node:A Zonnebloemveld aan de dijk']);
  });

  it('a write past this app (plain SQL) invalidates a cached search at the next request', async () => {
    expect(await search('zonnebloemveld', admin.headers)).toEqual(['node:A Zonnebloemveld aan de dijk']);
    await t.database.db.execute(sql`update node set title = 'Korenbloemveld aan de dijk' where id = ${nodeId}`);
    expect(await search('zonnebloemveld', admin.headers)).toEqual([]);
    expect(await search('korenbloemveld', admin.headers)).toEqual(['node:A Korenbloemveld aan de dijk']);
  });
});
