import { describe, expect, it } from 'vitest';
import { parsePeriod, periodContaining, periodEnd, periodLabel, previousPeriod } from './periods';

describe('KPI periods', () => {
  it('reads periods as people write them', () => {
    expect(parsePeriod('2022')).toEqual({ grain: 'jaar', start: '2022-01-01' });
    expect(parsePeriod('Q3 2022')).toEqual({ grain: 'kwartaal', start: '2022-07-01' });
    expect(parsePeriod('2022-Q4')).toEqual({ grain: 'kwartaal', start: '2022-10-01' });
    expect(parsePeriod('H2 2023')).toEqual({ grain: 'halfjaar', start: '2023-07-01' });
    expect(parsePeriod('1e halfjaar 2023')).toEqual({ grain: 'halfjaar', start: '2023-01-01' });
    expect(parsePeriod('2022-03')).toEqual({ grain: 'maand', start: '2022-03-01' });
    expect(parsePeriod('maart 2022')).toEqual({ grain: 'maand', start: '2022-03-01' });
    expect(parsePeriod('mrt 2022')).toEqual({ grain: 'maand', start: '2022-03-01' });
    expect(parsePeriod('Q5 2022')).toBeNull();
    expect(parsePeriod('binnenkort')).toBeNull();
  });
  it('ends, labels and steps back', () => {
    expect(periodEnd({ grain: 'kwartaal', start: '2024-01-01' })).toBe('2024-03-31');
    expect(periodEnd({ grain: 'maand', start: '2024-02-01' })).toBe('2024-02-29');
    expect(periodEnd({ grain: 'halfjaar', start: '2023-07-01' })).toBe('2023-12-31');
    expect(periodLabel({ grain: 'halfjaar', start: '2023-07-01' })).toBe('H2 2023');
    expect(periodContaining('kwartaal', '2026-03-15')).toEqual({ grain: 'kwartaal', start: '2026-01-01' });
    expect(previousPeriod({ grain: 'kwartaal', start: '2026-01-01' })).toEqual({ grain: 'kwartaal', start: '2025-10-01' });
    expect(previousPeriod({ grain: 'maand', start: '2026-01-01' })).toEqual({ grain: 'maand', start: '2025-12-01' });
  });
});
