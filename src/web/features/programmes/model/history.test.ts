import { describe, expect, it } from 'vitest';
import { changedFields } from './history';

describe('changedFields', () => {
  it('lists the fields a change touched, not bookkeeping', () => {
    const before = { title: 'A', code: '1', sections: [{ title: 'x', body: 'y' }], version: 1, updatedAt: 't1' };
    const after = { title: 'B', code: '1', sections: [{ title: 'x', body: 'z' }], version: 2, updatedAt: 't2', scope: 'lokaal' };
    expect(changedFields(before, after)).toEqual(['scope', 'sections', 'title']);
  });

  it('treats a create (no before) as touching every field it set', () => {
    expect(changedFields(null, { title: 'A', code: null })).toEqual(['code', 'title']);
  });
});
