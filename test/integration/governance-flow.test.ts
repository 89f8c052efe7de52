import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, node } from '../../src/db/schema';
import type { Clock } from '../../src/domain/shared/clock';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { listDecisionsAndActions } from '../../src/server/services/governance/list-decisions-and-actions';
import { createOrganisation } from '../../src/server/services/organisation/organisation-writes';
import { createPerson } from '../../src/server/services/organisation/person-writes';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { createAccount } from '../../src/server/services/account/create-account';
import { createSession } from '../../src/server/services/account/create-session';
import { setMembership } from '../../src/server/services/account/set-membership';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

function settableClock(iso: string): Clock & { set(iso: string): void } {
  let at = new Date(iso);
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) };
}

describe(`governance: bodies, seats, meetings from agenda to decisions and actions (${testDriver})`, () => {
  let t: TestApp;
  const clock = settableClock('2026-01-10T10:00:00Z');
  let programmeId = '';
  const ids: Record<string, string> = {};
  const bodies: Record<string, string> = {};
  let base = '';
  const inject = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `${base}${url}`, payload });
  const created = async (method: 'POST', url: string, payload: object): Promise<string> => {
    const res = await inject(method, url, payload);
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };

  beforeAll(async () => {
    t = await buildTestApp({ clock, signedInAs: 'beheerder' });
    const db = t.database.db;
    programmeId = await createProgramme(
      db,
      SYSTEM_ACTOR,
      { slug: 'test-overleg', title: 'Testprogramma overleg', levelLabels: ['Thema', 'Project'] },
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
    ids.venlo = (await createOrganisation(db, SYSTEM_ACTOR, { key: 'org-a', name: 'Organisatie A', kind: 'overig' }, clock)).id;
    ids.horst = (await createOrganisation(db, SYSTEM_ACTOR, { key: 'org-b', name: 'Organisatie B', kind: 'overig' }, clock)).id;
    ids.person = (await createPerson(db, SYSTEM_ACTOR, { key: 'wethouder-a', name: 'Wethouder A' }, clock)).id;
    base = `/api/programmes/${programmeId}`;
  });
  afterAll(async () => t?.close());

  it('creates bodies with kind, mandate, frequency as written (nominal read from it), nesting and referral', async () => {
    bodies.board = await created('POST', '/bodies', {
      name: 'Bestuurlijke tafel',
      kind: 'bestuurlijk',
      purpose: 'Sturen op het programma',
      mandate: 'Besluit over de programmaversie',
      frequencyText: 'elke 4 maanden, 2 uur',
      durationText: '2 uur',
      refersToName: 'Colleges van B&W',
      nodeIds: [ids.T],
    });
    bodies.admin = await created('POST', '/bodies', {
      name: 'Ambtelijk overleg',
      kind: 'ambtelijk',
      frequencyText: 'elke 2 maanden',
      refersToBodyId: bodies.board,
    });
    bodies.steer = await created('POST', '/bodies', {
      name: 'Stuurgroep project P',
      kind: 'stuurgroep',
      nodeIds: [ids.P],
      frequencyText: 'naar behoefte',
    });
    bodies.project = await created('POST', '/bodies', { name: 'Projectgroep P', kind: 'projectgroep', parentId: bodies.steer });
    bodies.work = await created('POST', '/bodies', { name: 'Werkgroep P1', kind: 'werkgroep', parentId: bodies.project });

    const res = await inject('GET', '/bodies');
    expect(res.statusCode).toBe(200);
    const list = res.json().bodies as {
      id: string;
      name: string;
      depth: number;
      nominal: unknown;
      parent: { id: string } | null;
      refersTo: { id: string } | null;
      refersToName: string | null;
      referredFrom: { id: string }[];
      children: { id: string }[];
      nodes: { id: string }[];
    }[];
    // Depth first along the nesting.
    expect(list.map((b) => `${b.depth}:${b.name}`)).toEqual([
      '0:Bestuurlijke tafel',
      '0:Ambtelijk overleg',
      '0:Stuurgroep project P',
      '1:Projectgroep P',
      '2:Werkgroep P1',
    ]);
    const board = list.find((b) => b.id === bodies.board);
    expect(board?.nominal).toEqual({ minPerYear: 3, maxPerYear: 3 });
    expect(board?.refersToName).toBe('Colleges van B&W');
    expect(board?.referredFrom.map((b) => b.id)).toEqual([bodies.admin]);
    expect(board?.nodes.map((n) => n.id)).toEqual([ids.T]);
    expect(list.find((b) => b.id === bodies.admin)?.refersTo?.id).toBe(bodies.board);
    expect(list.find((b) => b.id === bodies.steer)?.nominal).toBeNull();
    expect(list.find((b) => b.id === bodies.project)?.children.map((c) => c.id)).toEqual([bodies.work]);
  });

  it('refuses a nesting cycle and bad input in Dutch, naming the field', async () => {
    const steer = (await inject('GET', `/bodies/${bodies.steer}`)).json() as { version: number };
    const res = await inject('PUT', `/bodies/${bodies.steer}`, {
      name: 'Stuurgroep project P',
      kind: 'stuurgroep',
      parentId: bodies.work,
      version: steer.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('kring');
    const bad = await inject('POST', '/bodies', { name: ' ', kind: 'stuurgroep' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'name' });
    const stale = await inject('PUT', `/bodies/${bodies.steer}`, { name: 'X', kind: 'stuurgroep', version: steer.version + 5 });
    expect(stale.statusCode).toBe(409);
  });

  it('keeps seats: a person for two organisations, and a vacant seat shown as vacant', async () => {
    await created('POST', `/bodies/${bodies.board}/seats`, {
      personId: ids.person,
      role: 'voorzitter',
      organisationIds: [ids.venlo, ids.horst],
    });
    await created('POST', `/bodies/${bodies.board}/seats`, { personId: null, role: 'lid', organisationIds: [ids.horst] });
    const body = (await inject('GET', `/bodies/${bodies.board}`)).json() as {
      seats: { role: string; vacant: boolean; person: { name: string } | null; organisations: { name: string }[] }[];
    };
    expect(body.seats.map((s) => [s.role, s.person?.name ?? null, s.vacant, s.organisations.map((o) => o.name)])).toEqual([
      ['voorzitter', 'Wethouder A', false, ['Organisatie A', 'Organisatie B']],
      ['lid', null, true, ['Organisatie B']],
    ]);
  });

  it('runs reporting cycles per body side by side; within one cycle overlap is still refused', async () => {
    const board = await inject('POST', '/progress/periods', {
      boardMeetings: {
        dates: ['2026-02-01', '2026-06-01'],
        firstStart: '2025-10-01',
        bodyId: bodies.board,
        labelPrefix: 'Bestuurlijke tafel',
      },
    });
    expect(board.statusCode, board.body).toBe(201);
    const admin = await inject('POST', '/progress/periods', {
      boardMeetings: {
        dates: ['2026-01-20', '2026-03-20'],
        firstStart: '2025-12-01',
        bodyId: bodies.admin,
        labelPrefix: 'Ambtelijk overleg',
      },
    });
    expect(admin.statusCode, admin.body).toBe(201);
    const own = await inject('POST', '/progress/periods', { quarters: { year: 2026 } });
    expect(own.statusCode, own.body).toBe(201);
    const clash = await inject('POST', '/progress/periods', {
      periods: [
        { label: 'Extra', kind: 'overig', startDate: '2026-03-01', endDate: '2026-03-31', dueDate: '2026-03-31', bodyId: bodies.board },
      ],
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.message).toContain('Overlapt');
    const otherProgrammeBody = await inject('POST', '/progress/periods', {
      periods: [
        {
          label: 'X',
          kind: 'overig',
          startDate: '2027-03-01',
          endDate: '2027-03-31',
          dueDate: '2027-03-31',
          bodyId: '00000000-0000-4000-8000-000000000000',
        },
      ],
    });
    expect(otherProgrammeBody.statusCode).toBe(404);
    const periods = (await inject('GET', '/progress/periods')).json().items as { label: string; bodyId: string | null }[];
    expect(periods.filter((p) => p.bodyId === bodies.board).map((p) => p.label)).toEqual([
      'Bestuurlijke tafel 01-02-2026',
      'Bestuurlijke tafel 01-06-2026',
    ]);
    expect(periods.filter((p) => p.bodyId === null)).toHaveLength(4);
    const detail = (await inject('GET', `/bodies/${bodies.board}`)).json() as { periods: unknown[] };
    expect(detail.periods).toHaveLength(2);
  });

  it('runs a meeting from agenda (with the node’s progress since the previous meeting) to decisions and actions, and closes it', async () => {
    // Progress reported before and between the meetings.
    expect(
      (
        await inject('POST', `/progress/nodes/${ids.P}/updates`, {
          reportDate: '2026-01-05',
          status: 'oranje',
          percent: 20,
          results: 'Eerste resultaat',
          attentionPoints: 'Capaciteit krap',
        })
      ).statusCode,
    ).toBe(201);
    const m1 = await created('POST', `/bodies/${bodies.board}/meetings`, { date: '2026-02-01' });
    await created('POST', `/meetings/${m1}/agenda-items`, { title: '', nodeId: ids.T, notes: 'Stand van het thema' });
    await created('POST', `/meetings/${m1}/agenda-items`, { title: 'Rondvraag' });
    const decisionId = await created('POST', `/meetings/${m1}/decisions`, {
      text: 'De programmaversie 2026 wordt vastgesteld.',
      nodeIds: [ids.T],
      adoptedDocuments: [{ title: 'Programmaplan', reference: 'versie 2026' }],
    });
    const actionId = await created('POST', `/meetings/${m1}/actions`, {
      text: 'Herstelplan project P opstellen',
      ownerPersonId: ids.person,
      ownerOrganisationId: ids.venlo,
      deadline: '2026-03-01',
    });
    // A decision and an action corrected, then removed, while the meeting is open (optimistic versions, audited).
    const draft = await created('POST', `/meetings/${m1}/decisions`, { text: 'Voorlopig besluit' });
    const fixed = await inject('PUT', `/meetings/${m1}/decisions/${draft}`, { version: 1, text: 'Gecorrigeerd besluit', nodeIds: [ids.P] });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toEqual({ version: 2 });
    const stale = await inject('PUT', `/meetings/${m1}/decisions/${draft}`, { version: 1, text: 'Oud' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ text: 'Gecorrigeerd besluit', version: 2, nodeIds: [ids.P] });
    const tmp = await created('POST', `/meetings/${m1}/actions`, { text: 'Tijdelijke actie' });
    const moved = await inject('PUT', `/meetings/${m1}/actions/${tmp}`, {
      version: 1,
      text: 'Tijdelijke actie, bijgesteld',
      ownerOrganisationId: ids.venlo,
      deadline: '2026-04-30',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const edited = (await inject('GET', `/meetings/${m1}`)).json();
    expect(edited.decisions.find((d: { id: string }) => d.id === draft)).toMatchObject({
      text: 'Gecorrigeerd besluit',
      nodes: [{ id: ids.P, code: 'P', title: 'Onderdeel P' }],
      version: 2,
    });
    expect(edited.actions.find((a: { id: string }) => a.id === tmp)).toMatchObject({
      text: 'Tijdelijke actie, bijgesteld',
      ownerOrganisation: { id: ids.venlo, name: 'Organisatie A' },
      deadline: '2026-04-30',
      version: 2,
    });
    expect((await inject('PUT', `/meetings/${m1}/actions/${tmp}`, { version: 2, text: 'x', deadline: '31-04-2026' })).statusCode).toBe(400);
    expect((await inject('DELETE', `/meetings/${m1}/decisions/${draft}?version=1`)).statusCode).toBe(409);
    expect((await inject('DELETE', `/meetings/${m1}/decisions/${draft}?version=2`)).statusCode).toBe(204);
    expect((await inject('DELETE', `/meetings/${m1}/actions/${tmp}?version=2`)).statusCode).toBe(204);
    const removedAudit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, draft), eq(auditLog.action, 'delete')));
    expect(removedAudit).toHaveLength(1);

    expect((await inject('PUT', `/meetings/${m1}`, { version: 1, minutes: 'Verslag: thema besproken.' })).statusCode).toBe(200);

    const view = (await inject('GET', `/meetings/${m1}`)).json();
    expect(view.agenda.map((a: { title: string }) => a.title)).toEqual(['Onderdeel T', 'Rondvraag']);
    expect(view.agenda[0].node).toMatchObject({ id: ids.T, status: 'oranje', percent: 20 });
    expect(view.agenda[0].lookBack.since).toBeNull();
    expect(view.agenda[0].lookBack.updates.map((u: { results: string; nodeTitle: string }) => `${u.nodeTitle}: ${u.results}`)).toEqual([
      'Onderdeel P: Eerste resultaat',
    ]);
    expect(view.agenda[1].node).toBeNull();
    expect(view.decisions).toEqual([
      expect.objectContaining({
        id: decisionId,
        text: 'De programmaversie 2026 wordt vastgesteld.',
        nodes: [{ id: ids.T, code: 'T', title: 'Onderdeel T' }],
        adoptedDocuments: [{ title: 'Programmaplan', reference: 'versie 2026' }],
      }),
    ]);
    expect(view.actions).toEqual([
      expect.objectContaining({
        id: actionId,
        status: 'open',
        ownerPerson: { id: ids.person, name: 'Wethouder A' },
        ownerOrganisation: { id: ids.venlo, name: 'Organisatie A' },
        deadline: '2026-03-01',
      }),
    ]);
    expect(view.minutes).toBe('Verslag: thema besproken.');

    expect((await inject('POST', `/meetings/${m1}/close`)).statusCode).toBe(204);
    const closed = (await inject('GET', `/meetings/${m1}`)).json();
    expect(closed.status).toBe('gesloten');
    expect(closed.closedBy).toBeTruthy();

    // Read-only once closed: every change is refused with a Dutch 409.
    const refusals = await Promise.all([
      inject('POST', `/meetings/${m1}/agenda-items`, { title: 'Te laat' }),
      inject('POST', `/meetings/${m1}/decisions`, { text: 'Te laat' }),
      inject('POST', `/meetings/${m1}/actions`, { text: 'Te laat' }),
      inject('PUT', `/meetings/${m1}`, { version: closed.version, minutes: 'anders' }),
      inject('DELETE', `/meetings/${m1}/agenda-items/${closed.agenda[1].id}`),
      inject('PUT', `/meetings/${m1}/actions/${actionId}/status`, { status: 'gereed' }),
      inject('POST', `/meetings/${m1}/close`),
      inject('PUT', `/meetings/${m1}/decisions/${decisionId}`, { version: 1, text: 'Te laat' }),
      inject('DELETE', `/meetings/${m1}/decisions/${decisionId}?version=1`),
      inject('PUT', `/meetings/${m1}/actions/${actionId}`, { version: 1, text: 'Te laat' }),
      inject('DELETE', `/meetings/${m1}/actions/${actionId}?version=1`),
    ]);
    for (const r of refusals) {
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().error.message).toMatch(/^De vergadering van 01-02-2026 is gesloten/);
    }
    expect((await inject('GET', `/meetings/${m1}`)).json()).toEqual(closed);

    // The next meeting: the open action comes back; the look-back starts at the previous meeting.
    clock.set('2026-03-12T10:00:00Z');
    await t.signInAgain(); // two months later: the session has long timed out
    expect(
      (
        await inject('POST', `/progress/nodes/${ids.Q}/updates`, {
          reportDate: '2026-02-20',
          status: 'groen',
          percent: 50,
          results: 'Tweede resultaat',
        })
      ).statusCode,
    ).toBe(201);
    const m2 = await created('POST', `/bodies/${bodies.board}/meetings`, { date: '2026-03-10' });
    await created('POST', `/meetings/${m2}/agenda-items`, { title: 'Thema T', nodeId: ids.T });
    const second = (await inject('GET', `/meetings/${m2}`)).json();
    expect(second.previousMeeting).toEqual({ id: m1, date: '2026-02-01' });
    expect(second.agenda[0].lookBack.since).toBe('2026-02-01');
    expect(second.agenda[0].lookBack.updates.map((u: { results: string }) => u.results)).toEqual(['Tweede resultaat']);
    expect(second.carriedActions.map((a: { id: string; overdue: boolean }) => [a.id, a.overdue])).toEqual([[actionId, true]]);

    // A carried action may be corrected in the next meeting (a new deadline), but not deleted there.
    const carriedEdit = await inject('PUT', `/meetings/${m2}/actions/${actionId}`, {
      version: 1,
      text: 'Herstelplan project P opstellen',
      ownerPersonId: ids.person,
      ownerOrganisationId: ids.venlo,
      deadline: '2026-03-01',
    });
    expect(carriedEdit.statusCode, carriedEdit.body).toBe(200);
    const carriedDelete = await inject('DELETE', `/meetings/${m2}/actions/${actionId}?version=2`);
    expect(carriedDelete.statusCode).toBe(409);
    expect(carriedDelete.json().error.message).toContain('zet het op vervallen');

    // Marked done in the second meeting: it leaves later agendas.
    expect((await inject('PUT', `/meetings/${m2}/actions/${actionId}/status`, { status: 'gereed' })).statusCode).toBe(204);
    const m3 = await created('POST', `/bodies/${bodies.board}/meetings`, { date: '2026-06-01' });
    expect((await inject('GET', `/meetings/${m3}`)).json().carriedActions).toEqual([]);
    expect(
      (await inject('GET', `/meetings/${m2}`))
        .json()
        .carriedActions.map((a: { status: string; doneDate: string }) => [a.status, a.doneDate]),
    ).toEqual([['gereed', '2026-03-10']]);

    // An action of another body cannot be updated from this meeting.
    const adminMeeting = await created('POST', `/bodies/${bodies.admin}/meetings`, { date: '2026-03-20' });
    const foreign = await created('POST', `/meetings/${adminMeeting}/actions`, { text: 'Notitie opstellen' });
    const wrong = await inject('PUT', `/meetings/${m3}/actions/${foreign}/status`, { status: 'gereed' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.message).toContain('niet op de agenda');
  });

  it('gives the board report its decisions and open actions per programme, body and period', async () => {
    const db = t.database.db;
    const all = await listDecisionsAndActions(db, { programmeId }, clock);
    expect(all.decisions.map((d) => [d.bodyName, d.meetingDate, d.text])).toEqual([
      ['Bestuurlijke tafel', '2026-02-01', 'De programmaversie 2026 wordt vastgesteld.'],
    ]);
    expect(all.openActions.map((a) => a.text)).toEqual(['Notitie opstellen']);
    const asOfFebruary = await listDecisionsAndActions(db, { programmeId, bodyId: bodies.board, to: '2026-02-15' }, clock);
    expect(asOfFebruary.openActions.map((a) => [a.text, a.overdue])).toEqual([['Herstelplan project P opstellen', false]]);
    const later = await listDecisionsAndActions(db, { programmeId, from: '2026-03-01' }, clock);
    expect(later.decisions).toEqual([]);
    const viaApi = await inject('GET', `/governance/decisions?bodyId=${bodies.board}&to=2026-02-15`);
    expect(viaApi.statusCode).toBe(200);
    expect(viaApi.json()).toEqual(JSON.parse(JSON.stringify(asOfFebruary)));
  });

  it('shows the meeting calendar per year and where it differs from the nominal frequency', async () => {
    const res = await inject('GET', '/governance/calendar?year=2026');
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as {
      bodyName: string;
      count: number;
      months: { meetings: { date: string }[] }[];
      deviations: { kind: string }[];
    }[];
    const board = rows.find((r) => r.bodyName === 'Bestuurlijke tafel');
    expect(board?.count).toBe(3);
    expect(board?.months[1]?.meetings.map((m) => m.date)).toEqual(['2026-02-01']);
    expect(board?.months[2]?.meetings.map((m) => m.date)).toEqual(['2026-03-10']);
    expect(board?.deviations).toEqual([]);
    const admin = rows.find((r) => r.bodyName === 'Ambtelijk overleg');
    expect(admin?.deviations.map((d) => d.kind)).toEqual(['te-weinig']);
  });

  it('lists a person’s bodies on the person page, only in programmes the reader may see', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/persons/${ids.person}/bodies` });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .seats.map((s: { role: string; body: { name: string }; organisations: { name: string }[] }) => [
          s.role,
          s.body.name,
          s.organisations.map((o) => o.name),
        ]),
    ).toEqual([['voorzitter', 'Bestuurlijke tafel', ['Organisatie A', 'Organisatie B']]]);
    const other = await createProgramme(
      t.database.db,
      SYSTEM_ACTOR,
      { slug: 'ander-overleg', title: 'Ander', levelLabels: ['Thema'] },
      clock,
    );
    // A beheerder of another programme only (a session made directly: the app here sends its own cookie otherwise).
    const acc = await createAccount(
      t.database.db,
      SYSTEM_ACTOR,
      { email: 'buiten@regietafel.test', name: 'buiten', password: null, platformRoles: [] },
      clock,
    );
    await setMembership(
      t.database.db,
      SYSTEM_ACTOR,
      { programmeId: other, accountId: acc.id, role: 'beheerder', organisationId: null },
      clock,
    );
    const session = await createSession(t.database.db, acc.id, 'password', 12, clock);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/persons/${ids.person}/bodies`,
      headers: { cookie: `rt_session=${session.token}` },
    });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().seats).toEqual([]);
  });

  it('audits every change in the chain', async () => {
    const db = t.database.db;
    const rows = await db
      .select({ entityType: auditLog.entityType, action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.programmeId, programmeId));
    const seen = new Set(rows.map((r) => `${r.entityType}:${r.action}`));
    for (const e of [
      'body:create',
      'body_seat:create',
      'meeting:create',
      'meeting:update',
      'meeting:close',
      'agenda_item:create',
      'decision:create',
      'action_item:create',
      'action_item:update',
    ])
      expect(seen).toContain(e);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
