import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION_FIELDS, NOTHING_PUBLISHED, PUBLICATION_FIELDS } from '../publication/fields';
import { visibleClasses } from './visibility';

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
