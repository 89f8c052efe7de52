import type { ColumnAliases } from '../table/header';
import type { ImportWarning } from '../table/raw-table';

/** One result (row group) of a gap analysis, as the user had it in mind. */
export interface GapItem {
  /** The number as written, without a trailing dot ("3", "2.1"); '' when the row had none. */
  code: string;
  title: string;
  /** Wat doen we al: several where the table lists several. */
  currentPractices: string[];
  /** Hiaat. */
  gaps: string[];
  /** Voorstel. */
  proposals: string[];
  /** Sum of the amounts in the budget column; null when no amount was given (unknown ≠ 0). */
  budgetCents: number | null;
  /** Budget text that is not an amount ("PM", "uit bestaande middelen"), kept as written. */
  budgetNotes: string[];
  /** The row where the item starts (1-based, as in the file). */
  row: number;
}

export interface GapTable {
  source: { kind: 'tsv' | 'csv' | 'xlsx'; sheet: string; encoding?: string; headerRow: number };
  items: GapItem[];
  budgetTotalCents: number;
  warnings: ImportWarning[];
}

export type GapField = 'number' | 'title' | 'practice' | 'gap' | 'proposal' | 'budget';

/** Folded names (see `fold`) the columns of a gap analysis go by. */
export const GAP_COLUMNS: ColumnAliases<GapField> = {
  number: ['nr', 'nummer', 'no', 'nr resultaat', 'volgnummer', 'code'],
  title: ['resultaat', 'resultaten', 'beoogd resultaat', 'doel', 'doelen', 'titel', 'onderwerp', 'thema'],
  practice: [
    'wat doen we al',
    'wat doen we nu al',
    'wat doen we nu',
    'wat doen we',
    'huidige inzet',
    'bestaande inzet',
    'huidige praktijk',
    'bestaand aanbod',
  ],
  gap: ['hiaat', 'hiaten', 'wat ontbreekt', 'wat mist', 'knelpunt', 'knelpunten'],
  proposal: ['voorstel', 'voorstellen', 'wat stellen we voor', 'oplossing'],
  budget: ['benodigd budget', 'benodigde middelen', 'budget', 'kosten', 'bedrag', 'middelen', 'begroting'],
};

export const GAP_REQUIRED: readonly GapField[] = ['number', 'title'];

/** Field names in Dutch, for messages when the header text is not at hand. */
export const GAP_FIELD_NAMES: Record<GapField, string> = {
  number: 'Nr.',
  title: 'Resultaat',
  practice: 'Wat doen we al',
  gap: 'Hiaat',
  proposal: 'Voorstel',
  budget: 'Benodigd budget',
};
