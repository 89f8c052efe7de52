import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, queryNumbers, SEARCH_LIMITS, toTsQueryText } from './query';

const ts = (q: string) => toTsQueryText(parseSearchQuery(q));

describe('search query → tsquery text', () => {
  it('words are ANDed, phrases kept together, * is a prefix, - excludes', () => {
    expect(ts('wonen zorg')).toBe("'wonen' & 'zorg'");
    expect(ts('"beschermd wonen" ggz')).toBe("'beschermd wonen' & 'ggz'");
    expect(ts('„beschermd wonen” ggz')).toBe("'beschermd wonen' & 'ggz'");
    expect(ts('woni*')).toBe("'woni':*");
    expect(ts('zorg -jeugd')).toBe("'zorg' & !'jeugd'");
    expect(ts('-"jeugd zorg" wonen')).toBe("'wonen' & !'jeugd zorg'");
  });

  it('keeps words with inner dots, hyphens and apostrophes, and accents as typed (the database folds)', () => {
    expect(ts('2.500 e-health cliënt’s')).toBe("'2.500' & 'e-health' & 'cliënt''s'");
  });

  it('nothing searchable, or exclusions only: no query', () => {
    for (const q of ['', '   ', '***', '-zorg', '"" ()', '!&|:']) expect(ts(q), q).toBeNull();
  });

  it('operators and quotes from the input never reach the tsquery text', () => {
    expect(ts("a'b:*c & (d | !e) <-> f\\")).toBe("'a''b c' & 'd' & 'e' & 'f'");
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const out = toTsQueryText(parseSearchQuery(q));
        if (out === null) return;
        // Only quoted lexemes (quotes doubled inside), optional :* and !, joined by " & ".
        expect(out).toMatch(/^!?'(?:[^'\\:]|'')+'(?::\*)?(?: & !?'(?:[^'\\:]|'')+'(?::\*)?)*$/u);
      }),
    );
  });

  it('is bounded: characters and terms', () => {
    const parsed = parseSearchQuery(Array.from({ length: 20 }, (_, i) => `woord${i}`).join(' '));
    expect(parsed.terms).toHaveLength(SEARCH_LIMITS.terms);
    expect(parsed.dropped).toBe(20 - SEARCH_LIMITS.terms);
    expect(parseSearchQuery('x'.repeat(500)).terms[0]?.words[0]).toHaveLength(SEARCH_LIMITS.queryLength);
  });

  it('numbers the person typed, without thousands dots', () => {
    expect(queryNumbers(parseSearchQuery('2500 valpartijen 2.500 1.234.567 -7 3,5'))).toEqual(['2500', '1234567']);
  });
});
