import { PROGRAMME_DOCUMENT_FORMAT, type ProgrammeDocumentInput } from '../../domain/programme/document';
import type { GapItem, GapTable } from './gap-table';

export interface ProgrammeTarget {
  slug: string;
  title: string;
}

/**
 * A gap analysis as a programme document: one programme with a single level ("Resultaat"), one
 * node per result carrying its gap analysis. Several gaps or proposals of one result become one
 * text, one per line, because a node has one hiaat and one voorstel.
 */
export function gapTableToDocument(table: GapTable, target: ProgrammeTarget): ProgrammeDocumentInput {
  return {
    format: PROGRAMME_DOCUMENT_FORMAT,
    formatVersion: 1,
    programme: { slug: target.slug, title: target.title, levelLabels: ['Resultaat'], status: 'concept' },
    nodes: table.items.map((item, i) => ({
      key: `r${i + 1}`,
      code: item.code === '' ? null : item.code,
      title: item.title,
      gapAnalysis: {
        currentPractices: item.currentPractices,
        hiaat: joined(item.gaps),
        voorstel: joined(item.proposals),
        budget: budgetOf(item),
      },
    })),
  };
}

function joined(entries: string[]): string | null {
  return entries.length === 0 ? null : entries.join('\n');
}

/** An amount → 'bedrag'; only text such as "PM" → 'onbekend' with that text; nothing → no budget. */
function budgetOf(item: GapItem) {
  const note = item.budgetNotes.length === 0 ? null : item.budgetNotes.join('\n');
  if (item.budgetCents !== null) return { kind: 'bedrag' as const, cents: item.budgetCents, note };
  return note === null ? null : { kind: 'onbekend' as const, note };
}
