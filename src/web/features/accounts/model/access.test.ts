import { describe, expect, it } from 'vitest';
import { mayManageAccounts, mayManageMembers } from './access';

const P = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const user = (platformRoles: string[], memberships: { programmeId: string; role: string }[] = []) => ({
  account: { id: 'a', platformRoles },
  memberships: memberships.map((m) => ({ ...m, organisationId: null })),
});

describe('who sees the account and member screens', () => {
  it('lets only platform beheerders manage accounts', () => {
    expect(mayManageAccounts(user(['beheerder']))).toBe(true);
    expect(mayManageAccounts(user(['monitor-analist']))).toBe(false);
    expect(mayManageAccounts(user([], [{ programmeId: P, role: 'beheerder' }]))).toBe(false);
    expect(mayManageAccounts({ account: null, memberships: [] })).toBe(false);
  });

  it('lets programme beheerders and platform beheerders manage that programme’s members', () => {
    expect(mayManageMembers(user(['beheerder']), P)).toBe(true);
    expect(mayManageMembers(user([], [{ programmeId: P, role: 'beheerder' }]), P)).toBe(true);
    expect(mayManageMembers(user([], [{ programmeId: OTHER, role: 'beheerder' }]), P)).toBe(false);
    expect(mayManageMembers(user([], [{ programmeId: P, role: 'redacteur' }]), P)).toBe(false);
    expect(mayManageMembers(user(['monitor-analist']), P)).toBe(false);
    expect(mayManageMembers({ account: null, memberships: [] }, P)).toBe(false);
  });
});
