import { describe, expect, it } from 'vitest';
import { correctionReasonProblem, effectiveUpdates } from './corrections';

const u = (id: string, correctsId: string | null = null, withdrawnAt: string | null = null) => ({ id, correctsId, withdrawnAt });

describe('effectiveUpdates', () => {
  it('leaves out what a correction replaced and what was withdrawn, keeping the order', () => {
    const list = [u('a'), u('b'), u('c', null, '2022-03-01T10:00:00Z'), u('b2', 'b'), u('d')];
    expect(effectiveUpdates(list).map((x) => x.id)).toEqual(['a', 'b2', 'd']);
  });
  it('a correction of a correction replaces both earlier versions', () => {
    expect(effectiveUpdates([u('a'), u('a2', 'a'), u('a3', 'a2')]).map((x) => x.id)).toEqual(['a3']);
  });
  it('asks for a reason', () => {
    expect(correctionReasonProblem('  ')).toMatch(/reden/);
    expect(correctionReasonProblem('tikfout in percentage')).toBeNull();
  });
});
