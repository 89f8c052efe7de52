import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../api/get-session';
import { programmeRights, subjectOf } from './rights';

const P = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const ORG_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const ORG_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const session = (memberships: SessionInfo['memberships'], platformRoles: string[] = []): SessionInfo => ({
  account: { id: 'acc', email: 'x@example.nl', name: 'X', platformRoles },
  memberships,
  oidc: null,
});
const member = (role: string, organisationId: string | null = ORG_A, programmeId = P) => session([{ programmeId, role, organisationId }]);
const anonymous: SessionInfo = { account: null, memberships: [], oidc: null };

describe('programmeRights', () => {
  it('offers nothing while the session is still loading', () => {
    const r = programmeRights(undefined, P);
    expect(r.known).toBe(false);
    expect([r.signedIn, r.may('lezer'), r.mayEdit(ORG_A), r.mayReport(ORG_A), r.mayCreate]).toEqual([false, false, false, false, false]);
  });

  it('gives an anonymous visitor, with or without a session answer, no programme rights', () => {
    for (const s of [anonymous, null]) {
      const r = programmeRights(s, P);
      expect(r.known).toBe(true);
      expect([r.signedIn, r.may('lezer'), r.mayEdit(null), r.mayCreate]).toEqual([false, false, false, false]);
    }
  });

  it('lets a lezer read only', () => {
    const r = programmeRights(member('lezer'), P);
    expect([
      r.signedIn,
      r.may('lezer'),
      r.may('rapporteur'),
      r.may('redacteur'),
      r.mayEdit(ORG_A),
      r.mayReport(ORG_A),
      r.mayCreate,
    ]).toEqual([true, true, false, false, false, false, false]);
  });

  it('lets a rapporteur report on its own organisation’s nodes only, and edit nothing', () => {
    const r = programmeRights(member('rapporteur'), P);
    expect([r.mayReport(ORG_A), r.mayReport(ORG_B), r.mayReport(null)]).toEqual([true, false, false]);
    expect([r.may('redacteur'), r.mayEdit(ORG_A), r.mayCreate]).toEqual([false, false, false]);
  });

  it('lets a redacteur edit and report on its own organisation’s nodes, and create for that organisation', () => {
    const r = programmeRights(member('redacteur'), P);
    expect([r.may('redacteur'), r.may('beheerder')]).toEqual([true, false]);
    expect([r.mayEdit(ORG_A), r.mayEdit(ORG_B), r.mayEdit(null)]).toEqual([true, false, false]);
    expect(r.mayReport(ORG_A)).toBe(true);
    expect(r.mayCreate).toBe(true);
    expect(r.ownOrganisationId).toBe(ORG_A);
  });

  it('lets a redacteur without an organisation change the programme-wide things but no node', () => {
    const r = programmeRights(member('redacteur', null), P);
    expect([r.may('redacteur'), r.mayEdit(null), r.mayEdit(ORG_A), r.mayCreate]).toEqual([true, false, false, false]);
  });

  it('lets a programme beheerder and a platform beheerder do everything, whatever the owner', () => {
    for (const s of [member('beheerder'), session([], ['beheerder'])]) {
      const r = programmeRights(s, P);
      expect([r.may('beheerder'), r.mayEdit(ORG_B), r.mayEdit(null), r.mayReport(null), r.mayCreate]).toEqual([
        true,
        true,
        true,
        true,
        true,
      ]);
    }
  });

  it('gives a member of another programme, or a monitor-analist, nothing here', () => {
    for (const s of [member('beheerder', ORG_A, OTHER), session([], ['monitor-analist'])]) {
      const r = programmeRights(s, P);
      expect([r.signedIn, r.may('lezer'), r.mayEdit(ORG_A), r.mayCreate]).toEqual([true, false, false, false]);
    }
  });

  it('without a programme id knows only whether someone is signed in', () => {
    const r = programmeRights(session([], ['beheerder']), null);
    expect([r.known, r.signedIn, r.may('lezer'), r.mayEdit(null), r.mayCreate]).toEqual([true, true, false, false, false]);
  });

  it('offers creating or importing a programme to the platform beheerder only, as the server declares', () => {
    expect(programmeRights(session([], ['beheerder']), null).mayCreateProgramme).toBe(true);
    for (const s of [member('beheerder'), session([], ['monitor-analist']), anonymous])
      expect(programmeRights(s, null).mayCreateProgramme).toBe(false);
    expect(programmeRights(undefined, null).mayCreateProgramme).toBe(false);
  });
});

describe('subjectOf', () => {
  it('ignores role names the rules do not know, so they grant nothing', () => {
    const s = subjectOf(session([{ programmeId: P, role: 'eigenaar', organisationId: ORG_A }], ['superuser', 'beheerder']));
    expect(s).toEqual({ kind: 'user', platformRoles: ['beheerder'], memberships: [] });
  });
});
