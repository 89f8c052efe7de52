import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, node, organisation } from '../../src/db/schema';
import type { Clock } from '../../src/domain/shared/clock';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** A clock the test moves forward, so due and overdue can be checked on fixed days. */
function movableClock(iso: string): Clock & { set(iso: string): void } {
  let at = new Date(iso);
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) };
}

describe(`progress: updates, roll-up, override, lock (${testDriver})`, () => {
  let t: TestApp;
  const clock = movableClock('2026-03-15T10:00:00Z');
  let programmeId = '';
  const ids: Record<string, string> = {};
  let base = '';

  const inject = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `${base}${url}`, payload });
  const progress = async (query = '') => {
    const res = await inject('GET', `${query}`);
    expect(res.statusCode).toBe(200);
    const nodes = res.json().nodes as {
      nodeId: string;
      status: string | null;
      percent: number | null;
      statusSource: string;
      derived: { status: string; percent: number | null; explanation: { excludedVervallen: string[]; decisive: string[] } } | null;
      override: { id: string | null; reason: string } | null;
    }[];
    return (name: string) => {
      const n = nodes.find((x) => x.nodeId === ids[name]);
      if (!n) throw new Error(`node ${name} missing`);
      return n;
    };
  };
  const update = (name: string, body: object) => inject('POST', `/nodes/${ids[name]}/updates`, body);

  beforeAll(async () => {
    t = await buildTestApp({ clock, signedInAs: 'beheerder' });
    const db = t.database.db;
    programmeId = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'test-voortgang', title: 'Testprogramma', levelLabels: ['Thema', 'Project', 'Activiteit'] },
      clock,
    );
    const rows: [string, string | null, number][] = [
      ['T', null, 0],
      ['P', 'T', 1],
      ['Q', 'T', 1],
      ['A1', 'P', 2],
      ['A2', 'P', 2],
      ['A3', 'P', 2],
    ];
    let position = 0;
    for (const [key, parent, level] of rows) {
      const [r] = await db
        .insert(node)
        .values({
          programmeId,
          parentId: parent ? ids[parent] : null,
          position: position++,
          key,
          code: key,
          title: `Onderdeel ${key}`,
          level,
        })
        .returning();
      if (!r) throw new Error('node');
      ids[key] = r.id;
    }
    base = `/api/programmes/${programmeId}/progress`;
  });
  afterAll(async () => t?.close());

  it('rolls updates up by the worst-of rule, excluding vervallen children, with the weighted percent', async () => {
    expect((await inject('POST', '/periods', { quarters: { year: 2026, dueDaysAfterEnd: 10 } })).statusCode).toBe(201);
    // A board-meeting period inside an existing quarter is refused, naming the row and the field.
    const overlap = await inject('POST', '/periods', {
      boardMeetings: { dates: ['2026-06-01'], firstStart: '2026-05-01', dueDaysBefore: 14 },
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'startDate', reason: expect.stringMatching(/Overlapt/) })]),
    );
    expect(
      (await update('A1', { status: 'groen', percent: 50, results: 'Werkproces beschreven', reportDate: '2026-03-01' })).statusCode,
    ).toBe(201);
    expect((await update('A2', { status: 'groen', percent: 30, reportDate: '2026-03-02' })).statusCode).toBe(201);
    let s = await progress();
    expect(s('P')).toMatchObject({ status: 'groen', percent: 40, statusSource: 'afgeleid' });

    await update('A2', { status: 'rood', percent: 30, attentionPoints: 'Capaciteit ontbreekt' });
    await update('A3', { status: 'vervallen' });
    s = await progress();
    expect(s('P')).toMatchObject({ status: 'rood', percent: 40 });
    expect(s('P').derived?.explanation.excludedVervallen).toEqual([ids.A3]);
    expect(s('P').derived?.explanation.decisive).toEqual([ids.A2]);
    // Q has no reports: the theme follows P only.
    expect(s('T')).toMatchObject({ status: 'rood', percent: 40 });

    // Weights 3:1 → (3·50 + 1·30) / 4 = 45.
    const rule = await inject('PUT', '/rule', {
      rule: { status: 'slechtste', percent: 'gewogen-gemiddelde' },
      weights: { [ids.A1 ?? '']: 3 },
    });
    expect(rule.statusCode).toBe(204);
    expect((await progress())('P').percent).toBe(45);
    const bad = await inject('PUT', '/rule', {
      rule: { status: 'slechtste', percent: 'gewogen-gemiddelde' },
      weights: { [ids.A1 ?? '']: -2 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/gewicht/);
  });

  it('refuses an update in the future or with a bad percent, naming the field', async () => {
    const future = await update('A1', { status: 'groen', reportDate: '2026-04-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].field).toBe('reportDate');
    expect((await update('A1', { status: 'groen', percent: 101 })).statusCode).toBe(400);
    expect((await inject('POST', `/nodes/00000000-0000-4000-8000-000000000000/updates`, { status: 'groen' })).statusCode).toBe(404);
  });

  it('overrides only with a reason, keeps the derived value visible, and the override feeds the parent', async () => {
    const short = await inject('PUT', `/nodes/${ids.P}/override`, { status: 'oranje', percent: null, reason: 'kort', basedOn: null });
    expect(short.statusCode).toBe(400);
    const leaf = await inject('PUT', `/nodes/${ids.A1}/override`, {
      status: 'oranje',
      percent: null,
      reason: 'Een reden die lang genoeg is',
      basedOn: null,
    });
    expect(leaf.statusCode).toBe(400);
    const first = await inject('PUT', `/nodes/${ids.P}/override`, {
      status: 'rood',
      percent: null,
      reason: 'Eerste inschatting van de stuurgroep',
      basedOn: null,
    });
    expect(first.statusCode).toBe(200);
    const ok = await inject('PUT', `/nodes/${ids.P}/override`, {
      status: 'oranje',
      percent: null,
      reason: 'Oplossing afgesproken in de stuurgroep',
      basedOn: first.json().id,
    });
    expect(ok.statusCode).toBe(200);

    // A second editor who still saw no override (or the first one) gets 409 with the current override.
    for (const stale of [null, first.json().id]) {
      const late = await inject('PUT', `/nodes/${ids.P}/override`, {
        status: 'groen',
        percent: 90,
        reason: 'Mijn eigen inschatting van vanochtend',
        basedOn: stale,
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('VERSION_CONFLICT');
      expect(late.json().error.details.current.override).toMatchObject({
        id: ok.json().id,
        status: 'oranje',
        percent: null,
        reason: 'Oplossing afgesproken in de stuurgroep',
      });
    }
    const staleWithdraw = await inject('DELETE', `/nodes/${ids.P}/override`, { basedOn: first.json().id });
    expect(staleWithdraw.statusCode).toBe(409);
    expect(staleWithdraw.json().error.details.current.override.id).toBe(ok.json().id);
    const s = await progress();
    expect(s('P')).toMatchObject({
      status: 'oranje',
      statusSource: 'override',
      override: { reason: 'Oplossing afgesproken in de stuurgroep' },
    });
    expect(s('P').derived?.status).toBe('rood');
    expect(s('T').status).toBe('oranje');
    expect(s('P').override?.id).toBe(ok.json().id);
  });

  it('locks a period as a frozen snapshot that later updates and overrides do not change', async () => {
    const periods = (await inject('GET', '/periods')).json().items as { id: string; label: string }[];
    const q1 = periods.find((p) => p.label === 'Q1 2026');
    if (!q1) throw new Error('Q1 2026');
    const lock = await inject('POST', `/periods/${q1.id}/lock`);
    expect(lock.statusCode).toBe(200);
    expect(lock.json().nodes).toBe(6);
    expect((await inject('POST', `/periods/${q1.id}/lock`)).statusCode).toBe(409);

    clock.set('2026-03-20T10:00:00Z');
    await t.signInAgain(); // the session has idled out since the clock moved
    await update('A2', { status: 'groen', percent: 80 });
    const active = (await progress())('P').override?.id;
    expect((await inject('DELETE', `/nodes/${ids.P}/override`, { basedOn: active })).statusCode).toBe(204);
    // Withdrawn meanwhile: a second withdrawal based on it answers 409, the current state being no override.
    const gone = await inject('DELETE', `/nodes/${ids.P}/override`, { basedOn: active });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.details.current).toEqual({ override: null });
    const live = await progress();
    expect(live('P')).toMatchObject({ status: 'groen', statusSource: 'afgeleid', override: null });

    const frozen = await progress(`?periodId=${q1.id}`);
    expect(frozen('P')).toMatchObject({
      status: 'oranje',
      statusSource: 'override',
      override: { reason: 'Oplossing afgesproken in de stuurgroep' },
    });
    expect(frozen('P').derived?.status).toBe('rood');
    expect(frozen('A2')).toMatchObject({ status: 'rood', percent: 30 });
    expect(frozen('T').status).toBe('oranje');

    const dash = (await inject('GET', `/dashboard?periodId=${q1.id}`)).json();
    expect(dash.period.label).toBe('Q1 2026');
    expect(
      dash.levels.map((l: { label: string; counts: Record<string, number> }) => [l.label, l.counts.rood, l.counts.oranje, l.counts.groen]),
    ).toEqual([
      ['Thema', 0, 1, 0],
      ['Project', 0, 1, 0],
      ['Activiteit', 1, 0, 1],
    ]);
  });

  it('shows overdue milestones, missing updates and the quarter plan; mijn updates per owner', async () => {
    const ms = await inject('POST', '/milestones', { nodeId: ids.A1, title: 'Beleidsregels vastgesteld', dueText: 'Q2 2026' });
    expect(ms.statusCode).toBe(201);
    await inject('POST', '/milestones', { nodeId: ids.Q, title: 'Plan opgeleverd', dueText: 'Q3 en Q4 2026' });
    const badMs = await inject('POST', '/milestones', { nodeId: ids.Q, title: 'Onzin', dueText: 'ooit misschien' });
    expect(badMs.statusCode).toBe(400);

    clock.set('2026-07-20T10:00:00Z');
    await t.signInAgain();
    const dash = (await inject('GET', '/dashboard')).json();
    expect(dash.overdueMilestones.map((m: { title: string; dueLabel: string }) => `${m.title} (${m.dueLabel})`)).toEqual([
      'Beleidsregels vastgesteld (Q2 2026)',
    ]);
    // Q2 (due 10-07-2026) had no update for A1, A2 or Q; A3 is vervallen and owes nothing.
    const missing = dash.missingUpdates.map(
      (m: { nodeId: string; periodLabel: string; daysOverdue: number }) =>
        `${m.nodeId === ids.A1 ? 'A1' : m.nodeId === ids.A2 ? 'A2' : m.nodeId === ids.Q ? 'Q' : '?'}/${m.periodLabel}/${m.daysOverdue}`,
    );
    expect(missing.sort()).toEqual(['A1/Q2 2026/10', 'A2/Q2 2026/10', 'Q/Q2 2026/10']);
    expect(dash.worst[0].status).toBe('groen');

    const plan = (await inject('GET', '/planning?year=2026')).json();
    expect(plan.levelLabel).toBe('Project');
    const cells = plan.rows.map((r: { code: string; quarters: { title: string; state: string }[][] }) => [
      r.code,
      r.quarters.map((q) => q.map((c) => `${c.title}:${c.state}`).join(',')),
    ]);
    expect(cells).toEqual([
      ['P', ['', 'Beleidsregels vastgesteld:te-laat', '', '']],
      ['Q', ['', '', '', 'Plan opgeleverd:open']],
    ]);

    const everyone = (await inject('GET', '/my-updates')).json();
    expect(everyone.items.filter((i: { state: string }) => i.state === 'te-laat')).toHaveLength(3);
    // "Mijn updates" of one owner organisation: only the node it owns.
    const [org] = await t.database.db.insert(organisation).values({ key: 'venlo', name: 'Gemeente Venlo', kind: 'gemeente' }).returning();
    if (!org) throw new Error('organisation');
    await t.database.db
      .update(node)
      .set({ ownerOrganisationId: org.id })
      .where(eq(node.id, ids.A1 ?? ''));
    const mine = (await inject('GET', `/my-updates?ownerId=${org.id}`)).json();
    expect(mine.items.map((i: { title: string; periodLabel: string; state: string }) => `${i.title}/${i.periodLabel}/${i.state}`)).toEqual([
      'Onderdeel A1/Q2 2026/te-laat',
      'Onderdeel A1/Q3 2026/open',
    ]);
  });

  it('looks back per theme, keeps the full history, and audits every change in an intact chain', async () => {
    const tb = (await inject('GET', '/terugblik')).json();
    expect(tb.period.label).toBe('Q3 2026');
    // Since the end of Q2's reporting window (10-07-2026) nothing was reported yet.
    expect(tb.themes).toEqual([]);
    const periods = (await inject('GET', '/periods')).json().items as { id: string; label: string }[];
    const q1 = periods.find((p) => p.label === 'Q1 2026');
    const back = (await inject('GET', `/terugblik?periodId=${q1?.id}`)).json();
    expect(back.themes).toHaveLength(1);
    expect(
      back.themes[0].updates.map((u: { results: string | null; attentionPoints: string | null }) => u.results ?? u.attentionPoints),
    ).toEqual(['Werkproces beschreven', 'Capaciteit ontbreekt']);

    const history = (await inject('GET', `/nodes/${ids.A2}`)).json();
    expect(history.updates.map((u: { status: string }) => u.status)).toEqual(['groen', 'rood', 'groen']);
    const pHistory = (await inject('GET', `/nodes/${ids.P}`)).json();
    expect(pHistory.overrides[0].withdrawnAt).not.toBeNull();

    const chain = await verifyAuditChain(t.database.db);
    expect(chain.ok).toBe(true);
    const actions = await t.database.db.select({ action: auditLog.action, entityType: auditLog.entityType }).from(auditLog);
    const count = (entityType: string, action: string) => actions.filter((a) => a.entityType === entityType && a.action === action).length;
    // Five accepted updates; the three refused ones left no trace.
    expect(count('progress_update', 'create')).toBe(5);
    expect(count('progress_override', 'override')).toBe(2);
    expect(count('progress_override', 'withdraw')).toBe(1);
    expect(count('reporting_period', 'lock')).toBe(1);
    expect(count('reporting_period', 'create')).toBe(4);
    expect(count('milestone', 'create')).toBe(2);
    expect(count('progress_settings', 'update')).toBe(1);
  });
});
