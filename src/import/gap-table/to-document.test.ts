import { describe, expect, it } from 'vitest';
import { parseProgrammeDocument } from '../../domain/programme/document-check';
import type { GapTable } from './gap-table';
import { gapTableToDocument } from './to-document';

const table: GapTable = {
  source: { kind: 'tsv', sheet: '\t', headerRow: 1 },
  budgetTotalCents: 750_000,
  warnings: [],
  items: [
    {
      code: '1',
      title: 'Snelle hulp',
      currentPractices: ['Inloop', 'Maatje'],
      gaps: ['Avond', 'Weekend'],
      proposals: ['Extra uren'],
      budgetCents: 750_000,
      budgetNotes: [],
      row: 2,
    },
    { code: '', title: 'Zonder nummer', currentPractices: [], gaps: [], proposals: [], budgetCents: null, budgetNotes: ['PM'], row: 3 },
    { code: '3', title: 'Niets bekend', currentPractices: [], gaps: [], proposals: [], budgetCents: null, budgetNotes: [], row: 4 },
    { code: '4', title: 'Nul euro', currentPractices: [], gaps: [], proposals: [], budgetCents: 0, budgetNotes: ['eenmalig'], row: 5 },
  ],
};

describe('gapTableToDocument', () => {
  it('gives a valid programme document that keeps zero, unknown and no budget apart', () => {
    const doc = parseProgrammeDocument(gapTableToDocument(table, { slug: 'plan-ggz', title: 'Plan GGZ' }));
    expect(doc.programme).toEqual({ slug: 'plan-ggz', title: 'Plan GGZ', levelLabels: ['Resultaat'], status: 'concept' });
    expect(doc.nodes.map((n) => [n.key, n.code, n.title, n.gapAnalysis])).toEqual([
      [
        'r1',
        '1',
        'Snelle hulp',
        {
          currentPractices: ['Inloop', 'Maatje'],
          hiaat: 'Avond\nWeekend',
          voorstel: 'Extra uren',
          budget: { kind: 'bedrag', cents: 750_000, note: null },
        },
      ],
      ['r2', null, 'Zonder nummer', { currentPractices: [], hiaat: null, voorstel: null, budget: { kind: 'onbekend', note: 'PM' } }],
      ['r3', '3', 'Niets bekend', { currentPractices: [], hiaat: null, voorstel: null, budget: null }],
      [
        'r4',
        '4',
        'Nul euro',
        { currentPractices: [], hiaat: null, voorstel: null, budget: { kind: 'bedrag', cents: 0, note: 'eenmalig' } },
      ],
    ]);
  });
});
