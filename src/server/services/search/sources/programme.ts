import type { SearchSource } from './source';

/** Programmes: title, short name, description, vision, goal, what it replaces, adopted by. */
export const programmeSource: SearchSource = {
  kind: 'programme',
  describe: async (_db, hits, ctx) => new Map(hits.map((h) => [h.entityId, { title: ctx.programmeTitle(h.programmeId), detail: null }])),
};
