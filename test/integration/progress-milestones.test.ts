import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createOrganisation } from '../../src/server/services/organisation/organisation-writes';
import { createNode } from '../../src/server/services/programme/create-node';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { movableClock } from '../support/movable-clock';
import { signIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** PUT …/milestones/:milestoneId: edit, mark done, and a stale edit answered with 409 and the current state. */
describe(`milestones: edit, mark done, version conflict (${testDriver})`, () => {
  let t: TestApp;
  const clock = movableClock('2026-05-10T09:00:00Z');
  let programmeId = '';
  let nodeId = '';
  let headers: Record<string, string> = {};
  let base = '';

  const put = (id: string, payload: object) => t.app.inject({ method: 'PUT', url: `${base}/milestones/${id}`, headers, payload });
  const milestones = async () => {
    const res = await t.app.inject({ method: 'GET', url: `${base}/nodes/${nodeId}`, headers });
    expect(res.statusCode).toBe(200);
    return res.json().milestones as {
      id: string;
      title: string;
      dueLabel: string;
      doneDate: string | null;
      state: string;
      version: number;
    }[];
  };

  beforeAll(async () => {
    t = await buildTestApp({ clock });
    const db = t.database.db;
    programmeId = await createProgramme(db, SYSTEM_ACTOR, { slug: 'mijlpalen', title: 'Mijlpalen', levelLabels: ['Thema'] }, clock);
    // A redacteur edits what their organisation owns (organisation scope): the node is theirs.
    const org = await createOrganisation(
      db,
      SYSTEM_ACTOR,
      { key: 'mijlpalen-org', name: 'Mijlpalenorganisatie', kind: 'aanbieder' },
      clock,
    );
    nodeId = (
      await createNode(
        db,
        SYSTEM_ACTOR,
        { programme: programmeId, parentId: null, fields: { title: 'Wachtlijst', ownerOrganisationId: org.id } },
        clock,
      )
    ).id;
    headers = (await signIn(t, 'redacteur@mijlpalen.test', { memberships: [{ programmeId, role: 'redacteur', organisationId: org.id }] }))
      .headers;
    base = `/api/programmes/mijlpalen/progress`;
  });
  afterAll(async () => t?.close());

  it('edits a milestone, marks it done, and answers a stale edit with 409 and the current state', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: `${base}/milestones`,
      headers,
      payload: { nodeId, title: 'Plan van aanpak', dueText: 'Q1 2026' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    let [m] = await milestones();
    expect(m).toMatchObject({ id, title: 'Plan van aanpak', dueLabel: 'Q1 2026', doneDate: null, state: 'te-laat', version: 1 });

    // Edit: new title and due moment, based on version 1.
    const edited = await put(id, { nodeId, title: 'Plan van aanpak vastgesteld', dueText: 'Q3 2026', doneDate: null, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    [m] = await milestones();
    expect(m).toMatchObject({ title: 'Plan van aanpak vastgesteld', dueLabel: 'Q3 2026', doneDate: null, state: 'open', version: 2 });

    // Mark done (the UI's "Gehaald vandaag"), based on version 2; without a termijn the deadline stays.
    const done = await put(id, { nodeId, title: m?.title, doneDate: '2026-05-10', version: 2 });
    expect(done.statusCode, done.body).toBe(200);
    [m] = await milestones();
    expect(m).toMatchObject({ dueLabel: 'Q3 2026', doneDate: '2026-05-10', state: 'gehaald', version: 3 });

    // A second person still on version 2 renames it: refused, with what is stored now.
    const stale = await put(id, { nodeId, title: 'Andere titel', dueText: 'Q4 2026', doneDate: null, version: 2 });
    expect(stale.statusCode).toBe(409);
    const err = stale.json().error;
    expect(err.code).toBe('VERSION_CONFLICT');
    expect(err.message).toMatch(/mijlpaal is intussen gewijzigd/i);
    expect(err.details).toMatchObject({
      expectedVersion: 2,
      currentVersion: 3,
      current: { id, title: 'Plan van aanpak vastgesteld', dueLabel: 'Q3 2026', doneDate: '2026-05-10', state: 'gehaald', version: 3 },
    });
    // Nothing was overwritten; a missing version is a conflict too, never a blind overwrite.
    expect((await put(id, { nodeId, title: 'Zonder versie', doneDate: null })).statusCode).toBe(409);
    [m] = await milestones();
    expect(m).toMatchObject({ title: 'Plan van aanpak vastgesteld', version: 3 });

    // Every change is in the audit trail of the milestone.
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/audit?entityType=milestone&entityId=${id}`,
      headers: (await signIn(t, 'beheerder@mijlpalen.test', { memberships: [{ programmeId, role: 'beheerder' }] })).headers,
    });
    expect(audit.statusCode).toBe(200);
    expect((audit.json().items as { action: string }[]).map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
  });

  it('refuses a milestone of another programme or a node outside this one (404), and a lezer (403)', async () => {
    const other = await createProgramme(
      t.database.db,
      SYSTEM_ACTOR,
      { slug: 'ander-mijlpalen', title: 'Ander', levelLabels: ['Thema'] },
      clock,
    );
    const otherNode = (
      await createNode(t.database.db, SYSTEM_ACTOR, { programme: other, parentId: null, fields: { title: 'Elders' } }, clock)
    ).id;
    const [m] = await milestones();
    if (!m) throw new Error('no milestone');
    expect((await put(m.id, { nodeId: otherNode, title: 'Verhuisd', version: m.version })).statusCode).toBe(404);
    const lezer = (await signIn(t, 'lezer@mijlpalen.test', { memberships: [{ programmeId, role: 'lezer' }] })).headers;
    const refused = await t.app.inject({
      method: 'PUT',
      url: `${base}/milestones/${m.id}`,
      headers: lezer,
      payload: { nodeId, title: 'Nee', version: m.version },
    });
    expect(refused.statusCode).toBe(403);
  });
});
