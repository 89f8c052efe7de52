import { PROGRAMME_DOCUMENT_FORMAT, type ProgrammeDocumentInput } from '../../domain/programme/document';
import { dutchDate } from '../../domain/progress/dates';
import { STATUS_MEANING } from '../../domain/progress/status';
import type { ProgrammeTarget } from '../gap-table/to-document';
import type { ProgrammeSheet, SheetNode } from './programme-sheet';

/**
 * A programme sheet as a programme document. Owner, start date and status are free text in a
 * sheet (an owner is a name, not a known organisation; a status is a judgement that belongs in a
 * progress update with a date and an author), so they are kept as sections of the node, in the
 * sheet's words, rather than guessed into references. A life-cycle word ("gepauzeerd", "afgerond")
 * is a fact about the node, not a judgement: it becomes the node's life-cycle status from the day
 * of the import.
 */
export function programmeSheetToDocument(sheet: ProgrammeSheet, target: ProgrammeTarget, importedAt: Date): ProgrammeDocumentInput {
  const key = (index: number) => `e${index + 1}`;
  const lifecycle = sheet.nodes.flatMap((n, i) =>
    n.lifecycle === null
      ? []
      : [
          {
            node: key(i),
            status: n.lifecycle,
            since: dutchDate(importedAt),
            reason: 'bij import uit tabel',
            author: 'import',
            createdAt: importedAt.toISOString(),
          },
        ],
  );
  return {
    format: PROGRAMME_DOCUMENT_FORMAT,
    formatVersion: 1,
    programme: { slug: target.slug, title: target.title, levelLabels: sheet.levelLabels, status: 'concept' },
    nodes: sheet.nodes.map((n, i) => ({
      key: key(i),
      parentKey: n.parentIndex === null ? null : key(n.parentIndex),
      code: n.code === '' ? null : n.code,
      title: n.title,
      description: n.description,
      level: n.depth,
      deadline: n.deadline,
      sections: sectionsOf(n),
    })),
    ...(lifecycle.length > 0 ? { progress: { lifecycle } } : {}),
  };
}

function sectionsOf(n: SheetNode): { title: string; body: string }[] {
  const sections: { title: string; body: string }[] = [];
  if (n.owner !== null) sections.push({ title: 'Eigenaar', body: n.owner });
  if (n.start !== null) sections.push({ title: 'Startdatum', body: n.start.split('-').reverse().join('-') });
  if (n.status !== null) sections.push({ title: 'Status bij import', body: `${n.status}: ${STATUS_MEANING[n.status]}` });
  return sections;
}
