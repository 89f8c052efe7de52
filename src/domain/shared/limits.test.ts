import { describe, expect, it } from 'vitest';
import { isoDateString, isPlausibleIsoDate, LIMITS, titleString } from './limits';

describe('bounded input', () => {
  it('refuses dates that do not exist or lie far outside the programmes’ years', () => {
    for (const bad of ['0000-01-01', '1899-12-31', '2201-01-01', '2026-02-30', '2026-13-01', '2026-1-01', '9999-12-31'])
      expect(isPlausibleIsoDate(bad), bad).toBe(false);
    for (const good of ['1900-01-01', '2024-02-29', '2026-12-31', '2200-12-31']) expect(isPlausibleIsoDate(good), good).toBe(true);
    expect(isoDateString().safeParse('0000-01-01').success).toBe(false);
  });

  it('refuses a title one character over the limit, in Dutch', () => {
    expect(titleString().safeParse('x'.repeat(LIMITS.title)).success).toBe(true);
    const r = titleString().safeParse('x'.repeat(LIMITS.title + 1));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('hoogstens 500 tekens');
  });
});

describe('findUnsafeInput', () => {
  it('finds NUL bytes in values and keys, deep nesting, and passes ordinary input', async () => {
    const { findUnsafeInput } = await import('./limits');
    expect(findUnsafeInput({ title: 'Wonen', nodes: [{ a: 1 }] }, 'body')).toBeNull();
    expect(findUnsafeInput({ nodes: [{ title: 'a\u0000b' }] }, 'body')?.field).toBe('body.nodes.0.title');
    expect(findUnsafeInput({ ['x\u0000']: 1 }, 'body')?.reason).toContain('NUL');
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(findUnsafeInput(deep, 'body')?.reason).toContain('te diep');
  });
});
