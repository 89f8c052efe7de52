import { describe, expect, it } from 'vitest';
import type { Decision } from '../api/types';
import { decisionInput, decisionValues } from './decision-values';

describe('decision form values', () => {
  it('correcting a decision about two elements keeps both (the form once kept only the first)', () => {
    const decision = {
      text: 'Besloten om de inloop uit te breiden',
      nodes: [
        { id: 'n1', code: 'A', title: 'Inloop' },
        { id: 'n2', code: 'B', title: 'Preventie' },
      ],
      adoptedDocuments: [{ title: 'Programmaplan', reference: 'versie 2026' }],
    } as unknown as Decision;
    const input = decisionInput(decisionValues(decision));
    expect(input.nodeIds).toEqual(['n1', 'n2']);
    expect(input.adoptedDocuments).toEqual([{ title: 'Programmaplan', reference: 'versie 2026' }]);
  });

  it('drops empty and repeated choices', () => {
    expect(decisionInput({ text: 'x', nodeIds: ['n1', '', 'n1', 'n2'], document: '' }).nodeIds).toEqual(['n1', 'n2']);
  });
});
