import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, type KpiIndicator } from './indicator';
import { kpiReportView } from './report-view';

const ind: KpiIndicator = {
  id: 'uit',
  code: 'BW-UIT',
  name: 'Duurzame uitstroom',
  definition: null,
  unit: 'percent',
  direction: 'hoger',
  ratio: { numerator: 'duurzaam uitgestroomd', denominator: 'uitgestroomd' },
  baseline: { value: 40, date: '2022-01-01' },
  dimension: 'aanbieder',
  grain: 'jaar',
  thresholds: DEFAULT_THRESHOLDS,
};
const y = (start: string, unitKey: string, numerator: number | null, denominator: number | null) => ({
  period: { grain: 'jaar' as const, start },
  unitKey,
  value: null,
  numerator,
  denominator,
});

describe('the board report view of KPIs', () => {
  it('gives the chart series, the pooled totals and the table behind them', () => {
    const view = kpiReportView(
      [
        {
          indicator: ind,
          targets: [{ id: 't', name: null, scope: 'totaal', form: { kind: 'absoluut', value: 60, by: '2024-12-31' } }],
          units: [
            { key: 'a', name: 'Aanbieder A' },
            { key: 'b', name: 'Aanbieder B' },
          ],
          figures: [
            y('2023-01-01', 'a', 3, 4),
            y('2023-01-01', 'b', 27, 96),
            y('2024-01-01', 'a', null, 10),
            y('2024-01-01', 'b', 50, 100),
          ],
          asOf: '2025-02-01',
          isDemo: true,
        },
      ],
      '2025-02-01',
    );
    const v = view.indicators[0];
    expect(v?.periods).toEqual(['2023', '2024']);
    // 2023: (3 + 27) / (4 + 96) = 30%, not the mean of 75% and 28,1%
    expect(v?.total.actual[0]).toBeCloseTo(30, 9);
    // 2024: A unknown, so B alone: 50%
    expect(v?.total.actual[1]).toBeCloseTo(50, 9);
    expect(v?.table.rows[1]).toEqual(['2024', '50% (zonder 1)', '50', '100', '60%', 'onbekend', '50%']);
    expect(v?.status).toBe('niet-op-koers'); // (50 − 40) / (60 − 40) = 0,5
    expect(view.statusCounts.find((s) => s.status === 'niet-op-koers')?.count).toBe(1);
    expect(view.containsDemo).toBe(true);
  });

  it('shows no figure of a period that starts after the report date', () => {
    const data = {
      indicator: ind,
      targets: [{ id: 't', name: null, scope: 'totaal' as const, form: { kind: 'absoluut' as const, value: 60, by: '2026-12-31' } }],
      units: [{ key: 'a', name: 'Aanbieder A' }],
      figures: [y('2023-01-01', 'a', 3, 4), y('2024-01-01', 'a', 5, 10), y('2025-01-01', 'a', 9, 10)],
      asOf: '2024-09-30',
      isDemo: false,
    };
    const v = kpiReportView([data], '2024-09-30').indicators[0];
    expect(v?.periods).toEqual(['2023', '2024']);
    expect(v?.table.rows.map((r) => r[0])).toEqual(['2023', '2024']);
    // The same data a year later shows 2025 too.
    expect(kpiReportView([data], '2025-09-30').indicators[0]?.periods).toEqual(['2023', '2024', '2025']);
  });
});
