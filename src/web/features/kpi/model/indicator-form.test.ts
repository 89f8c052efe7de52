import { describe, expect, it } from 'vitest';
import {
  EMPTY_INDICATOR,
  emptyTarget,
  indicatorBody,
  serverIndicatorErrors,
  valuesOfDefinition,
  type IndicatorFormValues,
} from './indicator-form';

const ppTarget = { ...emptyTarget(), kind: 'relatief' as const, changeUnit: 'procentpunt' as const, change: '-2,5', by: '31-12-2025' };
const smokers: IndicatorFormValues = {
  ...EMPTY_INDICATOR,
  code: 'ROKEN',
  name: 'Volwassenen die roken',
  unit: 'percent',
  direction: 'lager',
  baselineValue: '21,4',
  baselineDate: '31-12-2020',
  targets: [ppTarget],
};

describe('indicator form', () => {
  it('builds a relative target in procentpunten with ISO dates and Dutch decimals', () => {
    const { errors, body } = indicatorBody(smokers);
    expect(errors).toEqual({});
    expect(body?.baseline).toEqual({ value: 21.4, date: '2020-12-31' });
    expect(body?.targets).toEqual([
      { name: null, scope: 'totaal', form: { kind: 'relatief', change: { unit: 'procentpunt', value: -2.5 }, by: '2025-12-31' } },
    ]);
    expect(body?.thresholds).toEqual({ onTrack: 0.95, risk: 0.75 });
  });

  it('refuses procentpunten on an indicator that is not in percent, and a % sign typed as procentpunt', () => {
    const count = indicatorBody({ ...smokers, unit: 'aantal' });
    expect(count.body).toBeNull();
    expect(count.errors['target-0-changeUnit']?.key).toBe('kpi.form.err.ppOnlyPercent');
    const sign = indicatorBody({ ...smokers, targets: [{ ...ppTarget, change: '-2,5%' }] });
    expect(sign.errors['target-0-change']?.key).toBe('kpi.form.err.number');
    // The same change in percent is a different target: it scales the baseline.
    const pct = indicatorBody({ ...smokers, targets: [{ ...ppTarget, changeUnit: 'percent', change: '-10%' }] });
    expect(pct.body?.targets[0]?.form).toEqual({ kind: 'relatief', change: { unit: 'percent', value: -10 }, by: '2025-12-31' });
  });

  it('names every bad field: dates, numbers, series, baseline halves, per-unit scope', () => {
    const { errors } = indicatorBody({
      ...EMPTY_INDICATOR,
      code: 'met spatie',
      baselineValue: '12',
      isRatio: true,
      targets: [
        { ...emptyTarget(), kind: 'absoluut', value: '2.5', by: '31-02-2024' },
        { ...emptyTarget(), kind: 'reeks', points: '2021: 50\n2021: 60' },
        { ...emptyTarget(), kind: 'cumulatief', total: '2.500', from: '01-01-2025', to: '01-01-2021', scope: 'elke-eenheid' },
      ],
    });
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.key]))).toEqual({
      code: 'kpi.form.err.code',
      name: 'kpi.form.err.required',
      numerator: 'kpi.form.err.required',
      denominator: 'kpi.form.err.required',
      baselineDate: 'kpi.form.err.baselineBoth',
      'target-0-value': 'kpi.form.err.number',
      'target-0-by': 'kpi.form.err.date',
      'target-1-points': 'kpi.form.err.pointsTwice',
      'target-2-to': 'kpi.form.err.toBeforeFrom',
      'target-2-scope': 'kpi.form.err.perUnitScope',
    });
  });

  it('reads a stored definition back into the same body (round trip)', () => {
    const { body } = indicatorBody({
      ...smokers,
      targets: [
        ...smokers.targets,
        { ...emptyTarget(), name: 'Reeks', kind: 'reeks', points: '2021: 50\n2022: 100\n2023: 100' },
        { ...emptyTarget(), kind: 'nul', by: '01-07-2026' },
      ],
    });
    if (!body) throw new Error('no body');
    const again = indicatorBody(valuesOfDefinition({ ...body, id: 'x', version: 3, isDemo: false }));
    expect(again.body).toEqual(body);
  });

  it('maps server error paths to the form fields', () => {
    expect(
      serverIndicatorErrors([
        { field: 'body.targets.1.form.by', reason: 'datum' },
        { field: 'targets[0]', reason: 'procentpunten alleen bij procenten' },
        { field: 'body.ratio.denominator', reason: 'leeg' },
        { field: 'code', reason: 'al in gebruik' },
      ]),
    ).toEqual({
      'target-1-by': 'datum',
      'target-0-kind': 'procentpunten alleen bij procenten',
      denominator: 'leeg',
      code: 'al in gebruik',
    });
  });
});
