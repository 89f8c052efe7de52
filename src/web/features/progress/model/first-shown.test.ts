import { describe, expect, it } from 'vitest';
import { firstShown } from './first-shown';

describe('firstShown', () => {
  const items = Array.from({ length: 30 }, (_, i) => i);
  it('shows the first items of a long list and counts the rest', () => {
    expect(firstShown(items, 25)).toEqual({ shown: items.slice(0, 25), rest: 5 });
  });
  it('shows a short list whole, and everything without a limit', () => {
    expect(firstShown(items.slice(0, 25), 25)).toEqual({ shown: items.slice(0, 25), rest: 0 });
    expect(firstShown(items, undefined)).toEqual({ shown: items, rest: 0 });
  });
});
