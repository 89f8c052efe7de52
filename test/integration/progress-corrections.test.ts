import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, node } from '../../src/db/schema';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { movableClock } from '../support/movable-clock';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/**
 * Issue 18: milestones as programmes write them (planning cell, placeholder, edit, done on a past
 * date, undo, delete with a reason), corrections of updates with history, and life-cycle statuses
 * beside the traffic light (a paused project is not late).
 */
describe(`progress: milestones, corrections, life-cycle (${testDriver})`, () => {
  let t: TestApp;
  const clock = movableClock('2022-11-15T10:00:00Z');
  const ids: Record<string, string> = {};
  let programmeId = '';
  let base = '';
  const inject = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `${base}${url}`, payload });
  type HistoryMilestone = {
    id: string;
    title: string;
    wording: string | null;
    dueLabel: string;
    doneDate: string | null;
    state: string;
    planYear: number | null;
    planQuarter: number | null;
    isPlaceholder: boolean;
    version: number;
  };
  const history = async (name: string) => {
    const res = await inject('GET', `/nodes/${ids[name]}`);
    expect(res.statusCode).toBe(200);
    return res.json() as {
      milestones: HistoryMilestone[];
      updates: {
        id: string;
        status: string;
        correctsId: string | null;
        correctionReason: string | null;
        correctedById: string | null;
        withdrawn: { reason: string | null } | null;
      }[];
      lifecycle: { status: string; since: string; reason: string | null }[];
    };
  };

  beforeAll(async () => {
    t = await buildTestApp({ clock, signedInAs: 'beheerder' });
    const db = t.database.db;
    programmeId = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'test-correcties', title: 'Correcties', levelLabels: ['Thema', 'Project'] },
      clock,
    );
    let position = 0;
    for (const [key, parent, level] of [
      ['T', null, 0],
      ['P', 'T', 1],
      ['Q', 'T', 1],
    ] as const) {
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

  it('keeps the planning cell apart from the wording, names placeholders, refuses with the accepted forms', async () => {
    const add = (body: object) => inject('POST', '/milestones', { nodeId: ids.P, ...body });
    expect((await add({ title: 'Wisseling', dueText: 'eind Q3 / begin Q4 2022', planYear: 2022, planQuarter: 3 })).statusCode).toBe(201);
    expect((await add({ title: 'Start', dueText: 'begin Q3 2022' })).statusCode).toBe(201);
    expect((await add({ title: '', isPlaceholder: true, dueText: 'p.m.', planYear: 2022, planQuarter: 4 })).statusCode).toBe(201);
    const refused = await add({ title: 'Voorjaar', dueText: 'voorjaar 2023' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/onbekende termijn 'voorjaar 2023'; schrijf bijvoorbeeld .*eind Q3 \/ begin Q4 2022/);
    const halfCell = await add({ title: 'Half', dueText: 'Q1 2023', planYear: 2023 });
    expect(halfCell.statusCode).toBe(400);
    expect(halfCell.json().error.details[0].field).toBe('planQuarter');

    const plan = await inject('GET', '/planning?year=2022');
    const row = (plan.json().rows as { nodeId: string; quarters: { title: string; dueLabel: string; isPlaceholder: boolean }[][] }[]).find(
      (r) => r.nodeId === ids.P,
    );
    expect(row?.quarters.map((cells) => cells.map((c) => c.title))).toEqual([[], [], ['Start', 'Wisseling'], ['Mijlpaal nog te benoemen']]);
    expect(row?.quarters[2]?.[1]?.dueLabel).toBe('eind Q3 / begin Q4 2022');
    expect(row?.quarters[3]?.[0]?.isPlaceholder).toBe(true);

    // The programme document carries the planning cell and the placeholder mark.
    const doc = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/document` });
    expect(doc.statusCode).toBe(200);
    const docMilestones = (doc.json().progress?.milestones ?? []) as {
      title: string;
      planYear?: number;
      planQuarter?: number;
      isPlaceholder?: boolean;
    }[];
    expect(docMilestones.find((x) => x.title === 'Wisseling')).toMatchObject({ planYear: 2022, planQuarter: 3 });
    expect(docMilestones.find((x) => x.title === 'Start')).not.toHaveProperty('planYear');
    expect(docMilestones.find((x) => x.title === 'Mijlpaal nog te benoemen')).toMatchObject({
      planYear: 2022,
      planQuarter: 4,
      isPlaceholder: true,
    });
  });

  it('edits, marks done on a past date (late = "te-laat-gehaald"), refuses the future, undoes, deletes with a reason', async () => {
    const start = (await history('P')).milestones.find((m) => m.title === 'Start');
    if (!start) throw new Error('milestone');
    const put = (m: HistoryMilestone, body: object) =>
      inject('PUT', `/milestones/${m.id}`, { nodeId: ids.P, title: m.title, version: m.version, ...body });

    // Done on a past date after the end of Q3: late, and the deadline stays as it was.
    expect((await put(start, { doneDate: '2022-10-12' })).statusCode).toBe(200);
    let m = (await history('P')).milestones.find((x) => x.id === start.id);
    expect(m).toMatchObject({ doneDate: '2022-10-12', state: 'te-laat-gehaald', wording: 'begin Q3 2022', dueLabel: 'begin Q3 2022' });
    if (!m) throw new Error('milestone');
    const future = await put(m, { doneDate: '2022-12-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0]).toMatchObject({ field: 'doneDate' });
    // Undo, then correct the wording with a reason (kept in the audit).
    expect((await put(m, { doneDate: null })).statusCode).toBe(200);
    m = (await history('P')).milestones.find((x) => x.id === start.id);
    if (!m) throw new Error('milestone');
    expect(m).toMatchObject({ doneDate: null, state: 'te-laat' });
    expect((await put(m, { title: 'Start pilot', dueText: 'okt 2022', reason: 'verkeerde maand overgenomen' })).statusCode).toBe(200);
    m = (await history('P')).milestones.find((x) => x.id === start.id);
    expect(m).toMatchObject({ title: 'Start pilot', dueLabel: 'okt 2022', state: 'te-laat' });
    if (!m) throw new Error('milestone');
    // A stale version is a conflict with the current state.
    const stale = await inject('PUT', `/milestones/${m.id}`, { nodeId: ids.P, title: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);

    const del = await inject('DELETE', `/milestones/${m.id}`, { version: m.version, reason: 'dubbel ingevoerd' });
    expect(del.statusCode).toBe(204);
    expect((await history('P')).milestones.some((x) => x.id === m?.id)).toBe(false);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'milestone'), eq(auditLog.entityId, m.id)))
      // Row order is unspecified without ORDER BY (PostgreSQL returns them in any order): the chain's order.
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update', 'delete']);
    expect(audit.at(-1)?.after).toEqual({ reason: 'dubbel ingevoerd' });
    expect(audit.at(-2)?.after).toMatchObject({ reason: 'verkeerde maand overgenomen' });
  });

  it('a correction replaces an update in the state and the look-back; the earlier one stays in history and in the locked snapshot', async () => {
    expect(
      (
        await inject('POST', '/periods', {
          periods: [{ label: 'Q3 2022', kind: 'kwartaal', startDate: '2022-07-01', endDate: '2022-09-30', dueDate: '2022-10-10' }],
        })
      ).statusCode,
    ).toBe(201);
    const wrong = await inject('POST', `/nodes/${ids.Q}/updates`, {
      status: 'rood',
      percent: 10,
      results: 'Verkeerd project',
      reportDate: '2022-09-20',
    });
    expect(wrong.statusCode).toBe(201);
    const periods = (await inject('GET', '/periods')).json().items as { id: string }[];
    const periodId = periods[0]?.id ?? '';
    expect((await inject('POST', `/periods/${periodId}/lock`)).statusCode).toBe(200);

    clock.advanceMinutes(5);
    const short = await inject('POST', `/updates/${wrong.json().id}/correction`, { status: 'groen', reason: 'x' });
    expect(short.statusCode).toBe(400);
    const fixed = await inject('POST', `/updates/${wrong.json().id}/correction`, {
      status: 'groen',
      percent: 60,
      results: 'Werkgroep gestart',
      reason: 'update bij het verkeerde project ingevoerd',
    });
    expect(fixed.statusCode).toBe(201);
    // A second correction of the same (now replaced) update: 409 with the newest version of the chain.
    const again = await inject('POST', `/updates/${wrong.json().id}/correction`, { status: 'groen', reason: 'nog een keer' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VERSION_CONFLICT');
    expect(again.json().error.details).toMatchObject({
      currentVersion: 2,
      current: { id: fixed.json().id, status: 'groen', percent: 60, results: 'Werkgroep gestart', correctsId: wrong.json().id },
    });
    const staleWithdraw = await inject('POST', `/updates/${wrong.json().id}/withdraw`, { reason: 'toch niet gerapporteerd' });
    expect(staleWithdraw.statusCode).toBe(409);
    expect(staleWithdraw.json().error.details.current.id).toBe(fixed.json().id);

    const now = (await inject('GET', '')).json().nodes as {
      nodeId: string;
      status: string;
      percent: number;
      lastUpdate: { id: string; correctionReason: string | null };
    }[];
    expect(now.find((n) => n.nodeId === ids.Q)).toMatchObject({
      status: 'groen',
      percent: 60,
      lastUpdate: { id: fixed.json().id, correctionReason: 'update bij het verkeerde project ingevoerd' },
    });
    const locked = (await inject('GET', `?periodId=${periodId}`)).json().nodes as {
      nodeId: string;
      status: string;
      lastUpdate: { id: string };
    }[];
    expect(locked.find((n) => n.nodeId === ids.Q)).toMatchObject({ status: 'rood', lastUpdate: { id: wrong.json().id } });

    const h = await history('Q');
    expect(h.updates.map((u) => [u.status, u.correctsId !== null, u.correctedById !== null])).toEqual([
      ['groen', true, false],
      ['rood', false, true],
    ]);
    const look = (await inject('GET', `/terugblik?periodId=${periodId}`)).json().themes as {
      updates: { id: string; results: string; correctionReason: string | null }[];
    }[];
    expect(look.flatMap((th) => th.updates.map((u) => [u.results, u.correctionReason]))).toEqual([
      ['Werkgroep gestart', 'update bij het verkeerde project ingevoerd'],
    ]);

    // Withdrawing the correction leaves the node without a counted update; both stay in the history.
    expect((await inject('POST', `/updates/${fixed.json().id}/withdraw`, { reason: 'toch niet gerapporteerd' })).statusCode).toBe(204);
    const after = (await inject('GET', '')).json().nodes as { nodeId: string; status: string | null }[];
    expect(after.find((n) => n.nodeId === ids.Q)?.status).toBeNull();
    expect((await history('Q')).updates[0]?.withdrawn?.reason).toBe('toch niet gerapporteerd');
    const late = await inject('POST', `/updates/${fixed.json().id}/correction`, { status: 'oranje', reason: 'nog een aanvulling' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details.current).toMatchObject({ id: fixed.json().id, withdrawn: { reason: 'toch niet gerapporteerd' } });
  });

  it('a paused project is not late: no overdue milestones or missing updates, life-cycle beside the light', async () => {
    expect((await inject('POST', '/milestones', { nodeId: ids.P, title: 'Plan van aanpak', dueText: 'Q3 2022' })).statusCode).toBe(201);
    const dashRes = await inject('GET', '/dashboard');
    expect(dashRes.statusCode, dashRes.body).toBe(200);
    const before = dashRes.json() as { overdueMilestones: { nodeId: string }[]; missingUpdates: { nodeId: string }[] };
    expect(before.overdueMilestones.some((m) => m.nodeId === ids.P)).toBe(true);
    const noReason = await inject('POST', `/nodes/${ids.P}/lifecycle`, { status: 'gepauzeerd', since: '2022-10-01' });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await inject('POST', `/nodes/${ids.P}/lifecycle`, { status: 'gepauzeerd', since: '2022-10-01', reason: 'wachten op financiering' }))
        .statusCode,
    ).toBe(201);
    const dash = (await inject('GET', '/dashboard')).json() as {
      overdueMilestones: { nodeId: string }[];
      missingUpdates: { nodeId: string }[];
      levels: { depth: number; lifecycle: Record<string, number> }[];
      worst: { nodeId: string; lifecycle: string | null }[];
    };
    expect(dash.overdueMilestones.some((m) => m.nodeId === ids.P)).toBe(false);
    expect(dash.missingUpdates.some((m) => m.nodeId === ids.P)).toBe(false);
    expect(dash.levels.find((l) => l.depth === 1)?.lifecycle).toEqual({ gepauzeerd: 1, onbekend: 1 });
    const p = ((await inject('GET', '')).json().nodes as { nodeId: string; lifecycle: { status: string; reason: string } | null }[]).find(
      (n) => n.nodeId === ids.P,
    );
    expect(p?.lifecycle).toEqual({ status: 'gepauzeerd', since: '2022-10-01', reason: 'wachten op financiering' });
    expect((await inject('POST', `/nodes/${ids.P}/lifecycle`, { status: 'lopend', since: '2022-11-01' })).statusCode).toBe(201);
    expect((await history('P')).lifecycle.map((l) => l.status)).toEqual(['lopend', 'gepauzeerd']);
    const resumed = (await inject('GET', '/dashboard')).json() as { overdueMilestones: { nodeId: string }[] };
    expect(resumed.overdueMilestones.some((m) => m.nodeId === ids.P)).toBe(true);
  });
});
