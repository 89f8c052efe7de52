import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION_FIELDS, NOTHING_PUBLISHED, PUBLICATION_FIELDS } from '../publication/fields';
import { relationTo, searchViewerKey, visibleClasses, visibleGlobalClasses } from './visibility';

describe('what a searcher may read of a programme', () => {
  const published = { published: true, fields: DEFAULT_PUBLICATION_FIELDS, hasLockedPeriod: true };
  it('members read everything', () => {
    expect(visibleClasses('member', { ...published, published: false }).sort()).toEqual(
      ['members', 'title', 'tree', ...PUBLICATION_FIELDS].sort(),
    );
  });
  it('a visitor: nothing of an unpublished programme; of a published one the title, the tree and the ticked fields', () => {
    expect(visibleClasses('visitor', { ...published, published: false })).toEqual([]);
    expect(visibleClasses('visitor', published)).toEqual([
      'title',
      'tree',
      'programmeDescription',
      'nodeDescriptions',
      'statuses',
      'results',
      'milestones',
    ]);
    expect(visibleClasses('visitor', { ...published, fields: NOTHING_PUBLISHED })).toEqual(['title', 'tree']);
    expect(visibleClasses('visitor', published)).not.toContain('members');
  });
  it('progress texts only once a period is locked (the public version shows none before)', () => {
    const open = visibleClasses('visitor', {
      ...published,
      fields: { ...DEFAULT_PUBLICATION_FIELDS, attentionPoints: true },
      hasLockedPeriod: false,
    });
    expect(open).not.toContain('results');
    expect(open).not.toContain('attentionPoints');
  });
  it('signed in, not a member: every programme title (as in the list), and the public part of published ones', () => {
    expect(visibleClasses('signed-in', { ...published, published: false })).toEqual(['title']);
    expect(visibleClasses('signed-in', published)).toEqual(visibleClasses('visitor', published));
  });
});

describe('the viewer key of a cached search answer', () => {
  const programmes = ['p1', 'p2', 'p3'];
  const roles = ['lezer', 'redacteur', 'beheerder'] as const;
  const searcher = fc.record({
    kind: fc.constantFrom('user' as const, 'anonymous' as const, 'system' as const),
    platformRoles: fc.subarray(['beheerder', 'monitor-analist'] as const),
    memberships: fc.array(
      fc.record({ programmeId: fc.constantFrom(...programmes), role: fc.constantFrom(...roles), organisationId: fc.constant(null) }),
      { maxLength: 4 },
    ),
  });
  it('two searchers share a key exactly when they stand the same to every programme and read the same global classes', () => {
    fc.assert(
      fc.property(searcher, searcher, (a, b) => {
        const same =
          programmes.every((p) => relationTo(a, p) === relationTo(b, p)) &&
          visibleGlobalClasses(a.kind !== 'anonymous').join() === visibleGlobalClasses(b.kind !== 'anonymous').join();
        // Equal keys ⇒ same visibility (no leak). Different keys with the same visibility would only cost a cache miss.
        if (searchViewerKey(a) === searchViewerKey(b)) expect(same).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('a member of one programme never shares the key of a member of another, nor of a visitor or a beheerder', () => {
    const user = (ids: string[]) => ({
      kind: 'user' as const,
      platformRoles: [],
      memberships: ids.map((programmeId) => ({ programmeId, role: 'lezer' as const, organisationId: null })),
    });
    const keys = [
      searchViewerKey(user(['p1'])),
      searchViewerKey(user(['p2'])),
      searchViewerKey(user(['p1', 'p2'])),
      searchViewerKey(user([])),
      searchViewerKey({ kind: 'anonymous', platformRoles: [], memberships: [] }),
      searchViewerKey({ kind: 'user', platformRoles: ['beheerder'], memberships: [] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(searchViewerKey(user(['p2', 'p1', 'p1']))).toBe(searchViewerKey(user(['p1', 'p2'])));
  });
});
