import { milestoneTitles } from '../../../../db/queries/search';
import { nodeTitle, type SearchSource } from './source';

/** Milestones: title and the deadline as worded; named by the milestone, with its node in the path. */
export const milestoneSource: SearchSource = {
  kind: 'milestone',
  async describe(db, hits, ctx) {
    const titles = new Map(
      (
        await milestoneTitles(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r.title]),
    );
    return new Map(hits.map((h) => [h.entityId, { title: titles.get(h.entityId) ?? '', detail: nodeTitle(ctx, h) }]));
  },
};
