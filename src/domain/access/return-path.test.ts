import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

/** What a browser does with a location before resolving it: strip tabs and line breaks, read \ as /. */
const asBrowser = (s: string) => s.replace(/[\t\n\r]/g, '').replace(/\\/g, '/');

describe('safeReturnPath', () => {
  it('keeps ordinary paths and refuses the known tricks', () => {
    expect(safeReturnPath('/programmas/jeugd?tab=boom#doel')).toBe('/programmas/jeugd?tab=boom#doel');
    expect(safeReturnPath('/account')).toBe('/account');
    for (const bad of [
      '/\t/example.org',
      '/\n/example.org',
      '//example.org',
      '/\\example.org',
      '\\\\example.org',
      'https://example.org',
      'javascript:alert(1)',
      ' /x',
      '/%0a',
      null,
      '',
    ]) {
      const r = safeReturnPath(bad);
      expect(new URL(asBrowser(r), 'https://hier.nl').origin, String(bad)).toBe('https://hier.nl');
    }
    expect(safeReturnPath('/\t/example.org')).toBe('/');
  });

  it('never leads off-site, whatever the input, also as a browser reads it', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '\t',
      '\n',
      '\r',
      ' ',
      '.',
      ':',
      '@',
      '?',
      '#',
      '%',
      'example.org',
      'a',
      '%2f',
      '%5c',
      '\u0000',
      '\u2028',
      'http:',
      '//',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        fc.string(),
        (built, random) => {
          for (const input of [built, random, `/${built}`]) {
            const r = safeReturnPath(input);
            expect(r.startsWith('/')).toBe(true);
            expect(new URL(asBrowser(r), 'https://hier.nl').origin).toBe('https://hier.nl');
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
