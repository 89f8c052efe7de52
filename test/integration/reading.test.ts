import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import { auditLog, node, organisation } from '../../src/db/schema';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** Depth-first order written out here, independent of src/domain/programme/tree-order. */
function depthFirstIds(rows: { id: string; parentId: string | null; position: number }[]): string[] {
  const out: string[] = [];
  const walk = (parent: string | null) => {
    for (const r of rows.filter((x) => x.parentId === parent).sort((a, b) => a.position - b.position)) {
      out.push(r.id);
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

const isSubsequence = (list: string[], order: string[]) => {
  const rank = new Map(order.map((id, i) => [id, i]));
  const ranks = list.map((id) => rank.get(id) ?? -1);
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= (ranks[i - 1] ?? 0)));
};

describe(`reading a programme: tree order, paths, commitments, contradictions (${testDriver})`, () => {
  let t: TestApp;
  const get = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    return res.json();
  };
  const treeOf = async (slug: string) => {
    const { id } = await get(`/api/programmes/${slug}`);
    return depthFirstIds(
      await t.database.db
        .select({ id: node.id, parentId: node.parentId, position: node.position })
        .from(node)
        .where(eq(node.programmeId, id)),
    );
  };

  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadDemo(t.database.db, t.clock);
  });
  afterAll(async () => t?.close());

  it('lists planning rows, look-back updates and the dashboard in tree order, with the path of each node', async () => {
    for (const slug of ['mjp-pkp-groningen', 'meedoen-en-wonen-nml', 'zorglandschap-wmo-flevoland']) {
      const order = await treeOf(slug);
      const plan = await get(`/api/programmes/${slug}/progress/planning?year=2025`);
      expect(plan.rows.length).toBeGreaterThan(1);
      expect(
        isSubsequence(
          plan.rows.map((r: { nodeId: string }) => r.nodeId),
          order,
        ),
        slug,
      ).toBe(true);
      const timeline = await get(`/api/programmes/${slug}/progress/timeline`);
      expect(timeline.rows.map((r: { nodeId: string }) => r.nodeId)).toEqual(order);
      const look = await get(`/api/programmes/${slug}/progress/terugblik`);
      for (const theme of look.themes as { updates: { nodeId: string; date: string }[] }[]) {
        // Oldest first; within one date in tree order.
        const byDate = new Map<string, string[]>();
        for (const u of theme.updates) byDate.set(u.date, [...(byDate.get(u.date) ?? []), u.nodeId]);
        for (const ids of byDate.values()) expect(isSubsequence(ids, order)).toBe(true);
      }
      const dash = await get(`/api/programmes/${slug}/progress/dashboard`);
      const worst = dash.worst as { nodeId: string; status: string | null }[];
      for (const s of new Set(worst.map((w) => w.status)))
        expect(
          isSubsequence(
            worst.filter((w) => w.status === s).map((w) => w.nodeId),
            order,
          ),
        ).toBe(true);
      expect(dash.hasDemo).toBe(true);
    }
    // MJP: "1" under primary and "1" under secondary prevention are told apart by their path.
    const mjp = await get('/api/programmes/mjp-pkp-groningen/progress/planning?year=2022');
    const paths = (mjp.rows as { code: string | null; path: string[] }[]).map((r) => [...r.path, r.code].join(' › '));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.some((p) => p.startsWith('Secundaire preventie › '))).toBe(true);
  });

  it('shows where a gemeente commits, also through the group "Groninger gemeenten" it belongs to', async () => {
    const db = t.database.db;
    const [stad] = await db.select().from(organisation).where(eq(organisation.key, 'westerkwartier'));
    if (!stad) throw new Error('Westerkwartier ontbreekt');
    const view = await get(`/api/organisations/${stad.id}/commitments`);
    expect(view.groups.map((g: { name: string }) => g.name)).toEqual(['Groninger gemeenten']);
    const mjp = (
      view.programmes as {
        slug: string;
        nodes: { nodeId: string; reasons: { kind: string; via: string | null }[]; milestones: unknown[] }[];
      }[]
    ).find((p) => p.slug === 'mjp-pkp-groningen');
    if (!mjp) throw new Error('geen inzet in het MJP');
    expect(mjp.nodes.length).toBeGreaterThan(3);
    expect(mjp.nodes.every((n) => n.reasons.length > 0)).toBe(true);
    expect(mjp.nodes.some((n) => n.reasons.some((r) => r.kind === 'inspanning' && r.via === 'Groninger gemeenten'))).toBe(true);
    expect(
      isSubsequence(
        mjp.nodes.map((n) => n.nodeId),
        await treeOf('mjp-pkp-groningen'),
      ),
    ).toBe(true);
    // The group itself lists its members; a gemeente elsewhere has no MJP commitments.
    const [group] = await db.select().from(organisation).where(eq(organisation.key, 'groninger-gemeenten'));
    if (!group) throw new Error('groep ontbreekt');
    expect((await get(`/api/organisations/${group.id}/commitments`)).members).toHaveLength(10);
    const [venlo] = await db.select().from(organisation).where(eq(organisation.key, 'venlo'));
    if (!venlo) throw new Error('Venlo ontbreekt');
    const venloView = await get(`/api/organisations/${venlo.id}/commitments`);
    expect(venloView.programmes.map((p: { slug: string }) => p.slug)).not.toContain('mjp-pkp-groningen');
    // Anonymous visitors get no commitments.
    const anon = await t.app.inject({ method: 'GET', url: `/api/organisations/${stad.id}/commitments`, headers: { cookie: '' } });
    expect(anon.statusCode).toBe(401);
  });

  it('flags contradictions on the dashboard and the node, and ignores one with a stored, audited note', async () => {
    const dash = await get('/api/programmes/meedoen-en-wonen-nml/progress/dashboard');
    const checks = dash.checks as { nodeId: string; key: string; rule: string; reason: string; dismissal: unknown }[];
    expect(checks.length).toBeGreaterThan(0);
    const check = checks[0];
    if (!check) throw new Error('geen signaal');
    expect(check.reason.length).toBeGreaterThan(20);
    const node = await get(`/api/programmes/meedoen-en-wonen-nml/progress/nodes/${check.nodeId}`);
    expect(node.checks.map((c: { key: string }) => c.key)).toContain(check.key);

    const url = `/api/programmes/meedoen-en-wonen-nml/progress/nodes/${check.nodeId}/checks/dismissals`;
    const short = await t.app.inject({ method: 'POST', url, payload: { key: check.key, note: 'ok' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/minstens 5 tekens/);
    const unknown = await t.app.inject({
      method: 'POST',
      url,
      payload: { key: 'rood-alles-gehaald:bestaat-niet', note: 'Besproken in het overleg.' },
    });
    expect(unknown.statusCode).toBe(404);
    const ok = await t.app.inject({
      method: 'POST',
      url,
      payload: { key: check.key, note: 'Besproken in het AST: de mijlpaal is verschoven.' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await get('/api/programmes/meedoen-en-wonen-nml/progress/dashboard');
    const same = (again.checks as typeof checks).find((c) => c.key === check.key && c.nodeId === check.nodeId);
    expect(same?.dismissal).toMatchObject({ note: 'Besproken in het AST: de mijlpaal is verschoven.' });
    const twice = await t.app.inject({ method: 'POST', url, payload: { key: check.key, note: 'Nog een keer genegeerd.' } });
    expect(twice.statusCode).toBe(409);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'progress_check'));
    expect(audit).toHaveLength(1);
  });
});
