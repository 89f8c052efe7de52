import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP_STREAM, gapBudgetLine, gapBudgetOfLine } from './gap-budget';

describe('gap-analysis budget as a budget line', () => {
  it('keeps the kind and the amount (unknown stays unknown, never 0)', () => {
    expect(gapBudgetLine({ kind: 'bedrag', cents: 2_500_000 })).toEqual({ moneyStream: GAP_STREAM, requestedCents: 2_500_000, note: null });
    expect(gapBudgetLine({ kind: 'onbekend', note: 'volgt' })).toEqual({ moneyStream: GAP_STREAM, requestedCents: null, note: 'volgt' });
    expect(gapBudgetLine({ kind: 'ander-fonds', fund: ' Regiodeal ' })?.moneyStream).toBe('Regiodeal');
    expect(gapBudgetLine({ kind: 'ander-fonds', fund: '' })?.moneyStream).toBe('ander fonds');
    expect(gapBudgetLine(null)).toBeNull();
  });

  it('round-trips every budget back to the same kind and cents', () => {
    const budget = fc.oneof(
      fc.record({ kind: fc.constant('bedrag' as const), cents: fc.integer({ min: 0, max: 1e12 }) }),
      fc.record({ kind: fc.constant('onbekend' as const) }),
      fc.record({ kind: fc.constant('ander-fonds' as const), fund: fc.option(fc.string({ maxLength: 20 }), { nil: null }) }),
    );
    fc.assert(
      fc.property(budget, (b) => {
        const line = gapBudgetLine(b);
        if (!line) return false;
        const back = gapBudgetOfLine({ nodeId: 'n', ...line });
        return (
          back.kind === (b.kind === 'ander-fonds' && line.moneyStream === GAP_STREAM ? 'onbekend' : b.kind) &&
          back.cents === (b.kind === 'bedrag' ? b.cents : null)
        );
      }),
    );
  });
});
