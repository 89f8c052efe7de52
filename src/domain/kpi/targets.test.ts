import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type KpiIndicator } from './indicator';
import { evaluateTarget, indicatorStatus, statusFromAchievement } from './status';
import { achievement, expectedAt, type KpiTarget } from './targets';
import { quantity } from './units';
import type { KpiFigure } from './pooling';

/** Days between two dates, counted by hand from the calendar (independent of the implementation). */
const DAYS_2021 = 365;
const DAYS_2022 = 365;
const DAYS_2023 = 365;
const DAYS_2024 = 366;
const DAYS_2025 = 365;

const ind = (over: Partial<KpiIndicator>): KpiIndicator => ({
  id: 'i',
  code: 'X',
  name: 'x',
  definition: null,
  unit: 'aantal',
  direction: 'hoger',
  ratio: null,
  baseline: null,
  dimension: 'totaal',
  grain: 'jaar',
  thresholds: DEFAULT_THRESHOLDS,
  ...over,
});
const year = (y: number, value: number | null, unitKey = 'totaal'): KpiFigure => ({
  period: { grain: 'jaar', start: `${y}-01-01` },
  unitKey,
  value,
  numerator: null,
  denominator: null,
});
const target = (form: KpiTarget['form'], scope: KpiTarget['scope'] = 'totaal'): KpiTarget => ({ id: 't', name: null, scope, form });

describe('achievement for every target form (expected values computed by hand)', () => {
  it('relatief in percent: 10% fewer E33 reports by end 2021 from 400 on 31-12-2019', () => {
    const e33 = ind({ direction: 'lager', baseline: { value: 400, date: '2019-12-31' } });
    const ev = evaluateTarget(
      e33,
      target({ kind: 'relatief', change: quantity('percent', -10), by: '2021-12-31' }),
      [year(2021, 370)],
      [],
      '2022-06-01',
    );
    // target 400 × 0,9 = 360 at the due date; (370 − 400) / (360 − 400) = 0,75
    expect(ev.expected).toBeCloseTo(360, 9);
    expect(ev.achievement).toBeCloseTo(0.75, 9);
    expect(ev.status).toBe('risico');
  });

  it('relatief in procentpunten: adult smokers −2,5 points by 2025 from 21% at 1-1-2020', () => {
    const smokers = ind({ unit: 'percent', direction: 'lager', baseline: { value: 21, date: '2020-01-01' } });
    const form = { kind: 'relatief' as const, change: quantity('procentpunt', -2.5), by: '2025-12-31' };
    const ev = evaluateTarget(smokers, target(form), [year(2022, 20)], [], '2023-03-01');
    // from 1-1-2020 to 31-12-2025: 2191 days; to 31-12-2022: 1095 days → 21 − 2,5 × 1095/2191
    const expected = 21 - 2.5 * (1095 / 2191);
    expect(ev.expected).toBeCloseTo(expected, 9);
    expect(ev.achievement).toBeCloseTo((20 - 21) / (expected - 21), 9);
    // the same change in percent would aim at 21 × 0,975 = 20,475, not 18,5
    expect(expectedAt({ ...form, change: quantity('percent', -2.5) }, 'percent', smokers.baseline, '2025-12-31')).toBeCloseTo(20.475, 9);
    expect(expectedAt(form, 'percent', smokers.baseline, '2025-12-31')).toBeCloseTo(18.5, 9);
  });

  it('cumulatief: 2.500 falls prevented over five years, pro rata of the days elapsed', () => {
    const falls = ind({});
    const form = { kind: 'cumulatief' as const, total: 2500, from: '2021-01-01', to: '2025-12-31' };
    const ev = evaluateTarget(falls, target(form), [year(2021, 400), year(2022, 600)], [], '2023-02-01');
    const span = DAYS_2021 + DAYS_2022 + DAYS_2023 + DAYS_2024 + DAYS_2025;
    const expected = (2500 * (DAYS_2021 + DAYS_2022)) / span;
    expect(ev.actual).toBe(1000);
    expect(ev.expected).toBeCloseTo(expected, 9);
    expect(ev.achievement).toBeCloseTo(1000 / expected, 9);
    expect(ev.status).toBe('op-koers');
  });

  it('reeks: 50 / 100 / 100 work trajectories in 2021 / 2022 / 2023', () => {
    const work = ind({});
    const form = {
      kind: 'reeks' as const,
      points: [
        { year: 2021, value: 50 },
        { year: 2022, value: 100 },
        { year: 2023, value: 100 },
      ],
    };
    expect(evaluateTarget(work, target(form), [year(2021, 55)], [], '2022-01-15').status).toBe('op-koers');
    const ev = evaluateTarget(work, target(form), [year(2021, 55), year(2022, 80)], [], '2023-01-15');
    expect(ev.expected).toBe(100);
    expect(ev.achievement).toBeCloseTo(0.8, 9);
    expect(ev.status).toBe('risico');
    expect(expectedAt(form, 'aantal', null, '2019-06-30')).toBe(50);
  });

  it('absoluut: 25 GP practices by end 2023 from 5 on 1-1-2021, on the straight line', () => {
    const gp = ind({ baseline: { value: 5, date: '2021-01-01' } });
    const ev = evaluateTarget(gp, target({ kind: 'absoluut', value: 25, by: '2023-12-31' }), [year(2022, 15)], [], '2023-01-10');
    const f = (DAYS_2021 + DAYS_2022 - 1) / (DAYS_2021 + DAYS_2022 + DAYS_2023 - 1);
    const expected = 5 + 20 * f;
    expect(ev.expected).toBeCloseTo(expected, 9);
    expect(ev.achievement).toBeCloseTo(10 / (expected - 5), 9);
  });

  it('nul: the urgent waiting list to 0, lower is better', () => {
    const wait = ind({ direction: 'lager', baseline: { value: 20, date: '2022-01-01' }, grain: 'kwartaal' });
    const q4: KpiFigure = {
      period: { grain: 'kwartaal', start: '2023-10-01' },
      unitKey: 'totaal',
      value: 0,
      numerator: null,
      denominator: null,
    };
    expect(evaluateTarget(wait, target({ kind: 'nul', by: '2023-12-31' }), [q4], [], '2024-02-01').status).toBe('op-koers');
    // (3 − 20) / (0 − 20) = 0,85
    expect(evaluateTarget(wait, target({ kind: 'nul', by: '2023-12-31' }), [{ ...q4, value: 3 }], [], '2024-02-01').status).toBe('risico');
    expect(evaluateTarget(wait, target({ kind: 'nul', by: '2023-12-31' }), [{ ...q4, value: 8 }], [], '2024-02-01').status).toBe(
      'niet-op-koers',
    ); // 0,6
  });

  it('per gemeente: the worst municipality counts; no figures at all is geen gegevens, never 0', () => {
    const homes = ind({ dimension: 'gemeente' });
    const t = target({ kind: 'absoluut', value: 1, by: '2023-12-31' }, 'elke-eenheid');
    const ev = evaluateTarget(
      homes,
      t,
      [year(2023, 1, 'venlo'), year(2023, 0, 'horst'), year(2023, null, 'beesel')],
      ['venlo', 'horst', 'beesel'],
      '2024-01-10',
    );
    expect(ev.perUnit.map((p) => p.status)).toEqual(['op-koers', 'niet-op-koers', 'geen-gegevens']);
    expect(ev.status).toBe('niet-op-koers');
    expect(evaluateTarget(homes, t, [year(2023, null, 'venlo')], ['venlo'], '2024-01-10').status).toBe('geen-gegevens');
  });

  it('sub-targets: the indicator takes the worst status of the targets that have figures', () => {
    expect(
      indicatorStatus([
        { targetId: 'a', status: 'op-koers', period: null, actual: 1, expected: 1, achievement: 1, perUnit: [] },
        { targetId: 'b', status: 'geen-gegevens', period: null, actual: null, expected: null, achievement: null, perUnit: [] },
      ]),
    ).toBe('op-koers');
    expect(indicatorStatus([])).toBe('geen-gegevens');
  });

  it('thresholds are per indicator', () => {
    expect(statusFromAchievement(0.9)).toBe('risico');
    expect(statusFromAchievement(0.9, { onTrack: 0.85, risk: 0.5 })).toBe('op-koers');
  });

  it('property: on the straight line achievement is 1, and a better figure never scores lower', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 1400 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 200 }),
        (base, delta, day, lower, diff) => {
          const direction = lower ? ('lager' as const) : ('hoger' as const);
          const end = lower ? base - delta : base + delta;
          const baseline = { value: base, date: '2020-01-01' };
          const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
          const form = { kind: 'absoluut' as const, value: end, by: '2023-12-31' };
          const exp = expectedAt(form, 'aantal', baseline, date);
          // independent: the line through (0, base) and (1460 days, end)
          const f = Math.min(1, day / 1460);
          if (Math.abs(exp - (base + (end - base) * f)) > 1e-9) return false;
          const better = lower ? exp - diff : exp + diff;
          return Math.abs(achievement(exp, exp, base, direction) - 1) < 1e-9 && achievement(better, exp, base, direction) >= 1 - 1e-9;
        },
      ),
    );
  });
});
