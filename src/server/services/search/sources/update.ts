import { updateDates } from '../../../../db/queries/search';
import { nodeTitle, type SearchSource } from './source';

/** Progress updates: results, points of attention, correction and withdrawal reasons; named by node and date. */
export const updateSource: SearchSource = {
  kind: 'update',
  async describe(db, hits, ctx) {
    const dates = new Map(
      (
        await updateDates(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r.reportDate]),
    );
    return new Map(hits.map((h) => [h.entityId, { title: nodeTitle(ctx, h), detail: dates.get(h.entityId) ?? null }]));
  },
};
