import { describe, expect, it } from 'vitest';
import { decide, mayActOnOwnedEntity, type AccessSubject, type ProgrammeRole } from './rules';

const P = 'p1';
const ORG = 'org-a';
const member = (role: ProgrammeRole, organisationId: string | null = ORG): AccessSubject => ({
  kind: 'user',
  platformRoles: [],
  memberships: [{ programmeId: P, role, organisationId }],
});
const anon: AccessSubject = { kind: 'anonymous', platformRoles: [], memberships: [] };
const admin: AccessSubject = { kind: 'user', platformRoles: ['beheerder'], memberships: [] };
const analyst: AccessSubject = { kind: 'user', platformRoles: ['monitor-analist'], memberships: [] };

describe('decide', () => {
  it('lets anyone call public routes and only signed-in users call user routes', () => {
    expect(decide(anon, 'public', null)).toBe('allow');
    expect(decide(anon, 'user', null)).toBe('unauthenticated');
    expect(decide(member('lezer'), 'user', null)).toBe('allow');
  });

  it('orders programme roles beheerder > redacteur > rapporteur > lezer within the named programme only', () => {
    expect(decide(member('rapporteur'), { programme: 'rapporteur' }, P)).toBe('allow');
    expect(decide(member('rapporteur'), { programme: 'redacteur' }, P)).toBe('forbidden');
    expect(decide(member('beheerder'), { programme: 'redacteur' }, P)).toBe('allow');
    expect(decide(member('lezer'), { programme: 'lezer' }, 'p2')).toBe('forbidden');
    expect(decide(member('beheerder'), { programme: 'lezer' }, null)).toBe('forbidden');
  });

  it('keeps unsuppressed monitor figures for the monitor-analist, even from a platform beheerder', () => {
    expect(decide(analyst, { platform: 'monitor-analist' }, null)).toBe('allow');
    expect(decide(admin, { platform: 'monitor-analist' }, null)).toBe('forbidden');
    expect(decide(admin, { programme: 'beheerder' }, P)).toBe('allow');
    expect(decide(analyst, { programme: 'lezer' }, P)).toBe('forbidden');
  });
});

describe('mayActOnOwnedEntity', () => {
  it('limits redacteur and rapporteur to nodes of their own organisation', () => {
    expect(mayActOnOwnedEntity(member('redacteur'), P, ORG, 'redacteur')).toBe(true);
    expect(mayActOnOwnedEntity(member('redacteur'), P, 'org-b', 'redacteur')).toBe(false);
    expect(mayActOnOwnedEntity(member('rapporteur'), P, ORG, 'rapporteur')).toBe(true);
    expect(mayActOnOwnedEntity(member('rapporteur'), P, ORG, 'redacteur')).toBe(false);
    expect(mayActOnOwnedEntity(member('redacteur', null), P, null, 'redacteur')).toBe(false);
    expect(mayActOnOwnedEntity(member('beheerder', null), P, 'org-b', 'redacteur')).toBe(true);
    expect(mayActOnOwnedEntity(admin, P, 'org-b', 'redacteur')).toBe(true);
    expect(mayActOnOwnedEntity(anon, P, ORG, 'rapporteur')).toBe(false);
  });
});
