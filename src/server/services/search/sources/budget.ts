import { budgetLineFacts } from '../../../../db/queries/search';
import { nodeTitle, type SearchSource } from './source';

/** Budget lines (note, condition) and funding totals (note; the entity is the node): members only. */
export const budgetSource: SearchSource = {
  kind: 'budget',
  async describe(db, hits, ctx) {
    const lines = new Map(
      (
        await budgetLineFacts(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r]),
    );
    return new Map(
      hits.map((h) => {
        const line = lines.get(h.entityId);
        const detail = line ? [line.moneyStream, line.year].filter((x) => x !== null).join(' ') : null;
        return [h.entityId, { title: nodeTitle(ctx, h), detail }];
      }),
    );
  },
};
