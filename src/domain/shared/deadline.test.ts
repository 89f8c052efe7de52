import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineState, formatDeadline, isOverdue, parseDeadline, validateDeadline, type Deadline } from './deadline';

const parsed = (s: string): Deadline => {
  const r = parseDeadline(s);
  if (!r.ok) throw new Error(r.reason);
  return r.deadline;
};

describe('parseDeadline keeps the grain that was given', () => {
  it.each([
    ['30-09-2022', 'datum', '2022-09-30', '2022-09-30'],
    ['2022-09-30', 'datum', '2022-09-30', '2022-09-30'],
    ['september 2022', 'maand', '2022-09-01', '2022-09-30'],
    ['feb 2024', 'maand', '2024-02-01', '2024-02-29'],
    ['2023-02', 'maand', '2023-02-01', '2023-02-28'],
    ['Q3 2022', 'kwartaal', '2022-07-01', '2022-09-30'],
    ['Q4-2022', 'kwartaal', '2022-10-01', '2022-12-31'],
    ['3e kwartaal 2022', 'kwartaal', '2022-07-01', '2022-09-30'],
    ['H1 2023', 'halfjaar', '2023-01-01', '2023-06-30'],
    ['tweede helft 2023', 'halfjaar', '2023-07-01', '2023-12-31'],
    ['2023', 'jaar', '2023-01-01', '2023-12-31'],
    ['eind 2022', 'jaar', '2022-01-01', '2022-12-31'],
    ['Q3 en Q4 2022', 'periode', '2022-07-01', '2022-12-31'],
    ['Q2, Q3 en Q4 2023', 'periode', '2023-04-01', '2023-12-31'],
    ['Q4 2022 t/m Q2 2023', 'periode', '2022-10-01', '2023-06-30'],
    ['2022-2023', 'periode', '2022-01-01', '2023-12-31'],
    ['Q4 2022 of Q1 2023', 'keuze', '2022-10-01', '2023-03-31'],
    ['Q4 2022 / Q1 2023', 'keuze', '2022-10-01', '2023-03-31'],
    // How planning grids write them (issue 18): a qualifier keeps the grain it qualifies.
    ['begin Q3 2022', 'kwartaal', '2022-07-01', '2022-09-30'],
    ['eind Q3 2022', 'kwartaal', '2022-07-01', '2022-09-30'],
    ['eind Q3 / begin Q4 2022', 'periode', '2022-07-01', '2022-12-31'],
    ['okt 2022', 'maand', '2022-10-01', '2022-10-31'],
    ['H2 2023 – 2024', 'periode', '2023-07-01', '2024-12-31'],
  ])('%s → %s %s..%s', (wording, grain, start, end) => {
    expect(parsed(wording)).toEqual({ grain, wording, start, end });
  });

  it('reads "doorlopend" and no deadline, keeping the wording', () => {
    expect(parsed('Doorlopend')).toEqual({ grain: 'doorlopend', wording: 'Doorlopend', start: null, end: null });
    expect(parsed('')).toEqual({ grain: 'geen', wording: null, start: null, end: null });
    expect(parsed('n.t.b.')).toEqual({ grain: 'geen', wording: 'n.t.b.', start: null, end: null });
    expect(parsed('p.m.')).toEqual({ grain: 'geen', wording: 'p.m.', start: null, end: null });
  });

  it('a refusal names the forms that are accepted', () => {
    const r = parseDeadline('voorjaar 2023');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("onbekende termijn 'voorjaar 2023'");
      for (const form of ['okt 2022', 'begin Q3 2022', 'eind Q3 / begin Q4 2022', 'H2 2023 – 2024', 'doorlopend'])
        expect(r.reason).toContain(form);
    }
  });

  it('refuses words it cannot read instead of guessing', () => {
    for (const w of ['voorjaar 2023', 'Q5 2022', '31-02-2022', 'binnenkort', 'Q3 en Q4 of Q1 2023']) {
      expect(parseDeadline(w).ok, w).toBe(false);
    }
  });
});

describe('due and overdue come from the end of the grain', () => {
  it('a quarter is overdue only from the day after its last day', () => {
    const q3 = parsed('Q3 2022');
    expect(deadlineState(q3, '2022-06-30')).toBe('nog-niet-begonnen');
    expect(deadlineState(q3, '2022-08-15')).toBe('lopend');
    expect(isOverdue(q3, '2022-09-30')).toBe(false);
    expect(isOverdue(q3, '2022-10-01')).toBe(true);
  });
  it('"Q4 2022 of Q1 2023" is not overdue before the latest option ends', () => {
    const d = parsed('Q4 2022 of Q1 2023');
    expect(isOverdue(d, '2023-01-15')).toBe(false);
    expect(isOverdue(d, '2023-04-01')).toBe(true);
  });
  it('doorlopend and none are never overdue', () => {
    expect(deadlineState(parsed('doorlopend'), '2099-01-01')).toBe('doorlopend');
    expect(deadlineState(parsed('geen'), '2099-01-01')).toBe('geen');
  });

  it('for any quarter, overdue exactly after the last day of its third month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const d = parsed(`Q${q} ${year}`);
        const lastMonth = q * 3;
        const lastDay = new Date(Date.UTC(year, lastMonth, 0));
        const dayAfter = new Date(Date.UTC(year, lastMonth, 1));
        const isoOf = (x: Date) => x.toISOString().slice(0, 10);
        expect(d.end).toBe(isoOf(lastDay));
        expect(isOverdue(d, isoOf(lastDay))).toBe(false);
        expect(isOverdue(d, isoOf(dayAfter))).toBe(true);
        expect(validateDeadline(d)).toBeNull();
      }),
    );
  });
});

describe('validateDeadline and formatDeadline', () => {
  it('refuses invented precision inside a grain', () => {
    expect(validateDeadline({ grain: 'kwartaal', wording: null, start: '2022-07-01', end: '2022-09-15' })).toMatch(/passen niet/);
    expect(validateDeadline({ grain: 'kwartaal', wording: null, start: '2022-08-01', end: '2022-10-31' })).toMatch(/kwartaal begint/);
    expect(validateDeadline({ grain: 'doorlopend', wording: null, start: '2022-01-01', end: null })).not.toBeNull();
    expect(validateDeadline({ grain: 'periode', wording: null, start: '2023-01-01', end: '2022-12-31' })).toMatch(/na de einddatum/);
  });
  it('labels structured deadlines the Dutch way', () => {
    expect(formatDeadline({ grain: 'kwartaal', wording: null, start: '2022-07-01', end: '2022-09-30' })).toBe('Q3 2022');
    expect(formatDeadline({ grain: 'maand', wording: null, start: '2023-05-01', end: '2023-05-31' })).toBe('mei 2023');
    expect(formatDeadline({ grain: 'datum', wording: null, start: '2023-05-09', end: '2023-05-09' })).toBe('09-05-2023');
    expect(formatDeadline(parsed('Q3 en Q4 2022'))).toBe('Q3 en Q4 2022');
  });
});

const MONTH_WORDS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const firstDay = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;
type Expected = { wording: string; grain: Deadline['grain']; start: string | null; end: string | null };

/** Every accepted wording with the grain and period it stands for, computed here independently. */
const wordings: fc.Arbitrary<Expected> = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 2000, max: 2060 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => {
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return { wording: `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, grain: 'datum' as const, start: iso, end: iso };
    }),
  fc.record({ y: fc.integer({ min: 2000, max: 2060 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => ({
    wording: `${MONTH_WORDS[m - 1] ?? ''} ${y}`,
    grain: 'maand' as const,
    start: firstDay(y, m),
    end: lastDay(y, m),
  })),
  fc
    .record({
      y: fc.integer({ min: 2000, max: 2060 }),
      q: fc.integer({ min: 1, max: 4 }),
      qualifier: fc.constantFrom('', 'begin ', 'eind ', 'medio '),
    })
    .map(({ y, q, qualifier }) => ({
      wording: `${qualifier}Q${q} ${y}`,
      grain: 'kwartaal' as const,
      start: firstDay(y, q * 3 - 2),
      end: lastDay(y, q * 3),
    })),
  fc.record({ y: fc.integer({ min: 2000, max: 2060 }), q: fc.integer({ min: 1, max: 3 }) }).map(({ y, q }) => ({
    wording: `eind Q${q} / begin Q${q + 1} ${y}`,
    grain: 'periode' as const,
    start: firstDay(y, q * 3 - 2),
    end: lastDay(y, q * 3 + 3),
  })),
  fc.record({ y: fc.integer({ min: 2000, max: 2060 }), h: fc.integer({ min: 1, max: 2 }) }).map(({ y, h }) => ({
    wording: `H${h} ${y}`,
    grain: 'halfjaar' as const,
    start: firstDay(y, h * 6 - 5),
    end: lastDay(y, h * 6),
  })),
  fc
    .record({ y: fc.integer({ min: 2000, max: 2060 }), h: fc.integer({ min: 1, max: 2 }), extra: fc.integer({ min: 1, max: 3 }) })
    .map(({ y, h, extra }) => ({
      wording: `H${h} ${y} – ${y + extra}`,
      grain: 'periode' as const,
      start: firstDay(y, h * 6 - 5),
      end: lastDay(y + extra, 12),
    })),
  fc
    .integer({ min: 2000, max: 2060 })
    .map((y) => ({ wording: String(y), grain: 'jaar' as const, start: firstDay(y, 1), end: lastDay(y, 12) })),
  fc.record({ y: fc.integer({ min: 2000, max: 2060 }), q: fc.integer({ min: 1, max: 4 }) }).map(({ y, q }) => ({
    wording: `Q${q} ${y} of Q${q} ${y + 1}`,
    grain: 'keuze' as const,
    start: firstDay(y, q * 3 - 2),
    end: lastDay(y + 1, q * 3),
  })),
  fc.constantFrom('doorlopend', 'Doorlopend').map((w) => ({ wording: w, grain: 'doorlopend' as const, start: null, end: null })),
  fc.constantFrom('p.m.', 'n.t.b.', 'nader te bepalen').map((w) => ({ wording: w, grain: 'geen' as const, start: null, end: null })),
);

describe('every accepted wording round-trips to the same grain and period (property)', () => {
  it('parses to the grain and period it stands for, valid as a structured deadline', () => {
    fc.assert(
      fc.property(wordings, (e) => {
        const d = parsed(e.wording);
        expect({ grain: d.grain, start: d.start, end: d.end }).toEqual({ grain: e.grain, start: e.start, end: e.end });
        expect(d.wording).toBe(e.wording);
        expect(validateDeadline(d)).toBeNull();
      }),
    );
  });
  it('the label written for the structured form reads back as the same grain and period', () => {
    fc.assert(
      fc.property(wordings, (e) => {
        const d = parsed(e.wording);
        const label = formatDeadline({ ...d, wording: null });
        const again = label === '' ? { grain: 'geen', start: null, end: null } : parsed(label);
        expect({ grain: again.grain, start: again.start, end: again.end }).toEqual({ grain: d.grain, start: d.start, end: d.end });
      }),
    );
  });
});
