import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { meedoenEnWonenNml } from '../../seeds/programmes';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { ensureReferenceData } from '../../src/server/services/organisation/ensure-reference-data';
import { importProgramme } from '../../src/server/services/programme/import-programme';
import { demoReferenceData } from '../../seeds/reference-data';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/**
 * The heavy reads (tree, dashboard, node page) are served from serialised answers per content
 * revision (services/read-cache). A change by ANY writer (another app server, a CLI, plain SQL)
 * moves the revision through a trigger, so the next answer is computed again.
 */
describe(`cached answers follow the database (${testDriver})`, () => {
  let t: TestApp;
  let nodeId = '';
  const slug = meedoenEnWonenNml.programme.slug;
  const get = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.json() as Record<string, unknown>;
  };

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await ensureReferenceData(t.database.db, SYSTEM_ACTOR, demoReferenceData(), t.clock);
    await importProgramme(t.database.db, SYSTEM_ACTOR, { document: meedoenEnWonenNml }, t.clock);
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select n.id from node n join programme p on p.id = n.programme_id
          where p.slug = ${slug} and n.parent_id is not null order by n.level desc, n.position limit 1`,
    );
    nodeId = row?.id ?? '';
  });
  afterAll(async () => t.close());

  it('every table a read model shows moves the revision (a new table needs the trigger too)', async () => {
    const tables = await queryRows<{ name: string; bumps: boolean }>(
      t.database.db,
      sql`select c.relname as name,
                 exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'content_revision_bump') as bumps
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind = 'r' and n.nspname = current_schema() order by 1`,
    );
    const unexpected = tables.filter((x) => {
      const exempt = ['session', 'login_attempt', 'oidc_login_state', 'content_revision'].includes(x.name) || x.name.startsWith('monitor_');
      return x.bumps === exempt;
    });
    expect(tables.length).toBeGreaterThan(40);
    expect(unexpected.map((x) => x.name)).toEqual([]);
  });

  it('a change written past this app (plain SQL, as another app server would) shows in the next tree, node page and dashboard', async () => {
    const tree1 = JSON.stringify(await get(`/api/programmes/${slug}/tree?shape=flat`));
    const node1 = await get(`/api/programmes/${slug}/nodes/${nodeId}`);
    const dash1 = await get(`/api/programmes/${slug}/progress/dashboard`);
    // Asked again without a change: the same bytes.
    expect(JSON.stringify(await get(`/api/programmes/${slug}/tree?shape=flat`))).toBe(tree1);

    await t.database.db.execute(sql`update node set title = 'Nieuwe titel via een andere server' where id = ${nodeId}`);
    const tree2 = await get(`/api/programmes/${slug}/tree?shape=flat`);
    const titles = (tree2.nodes as { id: string; title: string }[]).filter((n) => n.id === nodeId).map((n) => n.title);
    expect(titles).toEqual(['Nieuwe titel via een andere server']);
    expect(node1.title).not.toBe('Nieuwe titel via een andere server');
    expect((await get(`/api/programmes/${slug}/nodes/${nodeId}`)).title).toBe('Nieuwe titel via een andere server');

    // A progress update written past the app changes the dashboard's counts.
    await t.database.db.execute(
      sql`insert into progress_update (programme_id, node_id, report_date, status, author_label, created_at)
          select programme_id, id, '2026-03-01', 'rood', 'andere server', now() from node where id = ${nodeId}`,
    );
    const dash2 = await get(`/api/programmes/${slug}/progress/dashboard`);
    expect(JSON.stringify(dash2)).not.toBe(JSON.stringify(dash1));
    const worst = dash2.worst as { nodeId: string; status: string }[];
    expect(worst.find((w) => w.nodeId === nodeId)?.status).toBe('rood');
  });

  it('answers through the cache keep the response schema (unknown fields are not sent)', async () => {
    const tree = await get(`/api/programmes/${slug}/tree?shape=nested`);
    expect(Object.keys(tree).sort()).toEqual(['nodes', 'programme', 'shape']);
  });
});
