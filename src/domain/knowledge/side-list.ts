import { DomainError, type ErrorDetail } from '../shared/errors';

/**
 * Lists beside the tree (docs/knowledge.md): named lists of a programme or a node — richtingen,
 * opgaven uit een regiobeeld, uitgangspunten — whose items link to no node. Items are kept in the
 * order given; an item has a title and may have a text.
 */
export interface SideListItemInput {
  title: string;
  text?: string | null;
}

/** The items as stored (position = index), or a Dutch error naming each item without a title. */
export function normaliseSideListItems(items: readonly SideListItemInput[]): { position: number; title: string; text: string | null }[] {
  const problems: ErrorDetail[] = [];
  const out = items.map((item, i) => {
    const title = item.title.trim();
    const text = item.text?.trim() || null;
    if (!title) problems.push({ field: `items[${i}].title`, reason: `punt ${i + 1} heeft geen titel` });
    return { position: i, title, text };
  });
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'Elk punt van de lijst heeft een titel nodig.', problems);
  return out;
}
