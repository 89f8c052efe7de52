import { describe, expect, it } from 'vitest';
import type { AccessSubject } from '../access/rules';
import { mayMaintainKnowledge } from './rights';

const user = (memberships: AccessSubject['memberships'], platformRoles: AccessSubject['platformRoles'] = []): AccessSubject => ({
  kind: 'user',
  platformRoles,
  memberships,
});

describe('mayMaintainKnowledge', () => {
  it('allows redacteuren and beheerders of any programme, platform beheerders and the system', () => {
    expect(mayMaintainKnowledge(user([{ programmeId: 'a', role: 'redacteur', organisationId: 'x' }]))).toBe(true);
    expect(mayMaintainKnowledge(user([{ programmeId: 'b', role: 'beheerder', organisationId: null }]))).toBe(true);
    expect(mayMaintainKnowledge(user([], ['beheerder']))).toBe(true);
    expect(mayMaintainKnowledge({ kind: 'system', platformRoles: [], memberships: [] })).toBe(true);
  });
  it('refuses readers, reporters, monitor-analisten and visitors', () => {
    expect(mayMaintainKnowledge(user([{ programmeId: 'a', role: 'lezer', organisationId: null }]))).toBe(false);
    expect(
      mayMaintainKnowledge(
        user([
          { programmeId: 'a', role: 'rapporteur', organisationId: 'x' },
          { programmeId: 'b', role: 'lezer', organisationId: null },
        ]),
      ),
    ).toBe(false);
    expect(mayMaintainKnowledge(user([], ['monitor-analist']))).toBe(false);
    expect(mayMaintainKnowledge({ kind: 'anonymous', platformRoles: [], memberships: [] })).toBe(false);
  });
});
