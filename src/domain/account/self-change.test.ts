import { describe, expect, it } from 'vitest';
import { selfChangeRefusal } from './self-change';

describe('changing one’s own account', () => {
  it('refuses disabling it and dropping one’s own beheerder role', () => {
    expect(selfChangeRefusal({ roles: ['beheerder'], disabled: true })?.field).toBe('disabled');
    expect(selfChangeRefusal({ roles: ['beheerder', 'monitor-analist'], newRoles: ['monitor-analist'] })?.field).toBe('platformRoles');
  });

  it('allows everything else: other roles, enabling, renaming', () => {
    expect(selfChangeRefusal({ roles: ['beheerder', 'monitor-analist'], newRoles: ['beheerder'] })).toBeNull();
    expect(selfChangeRefusal({ roles: ['beheerder'], disabled: false })).toBeNull();
    expect(selfChangeRefusal({ roles: ['monitor-analist'], newRoles: [] })).toBeNull();
    expect(selfChangeRefusal({ roles: ['beheerder'] })).toBeNull();
  });
});
