import { nodeTitle, type SearchSource } from './source';

/** Nodes: code, title, description, doelstelling, intended result, sections, aliases and the gap analysis. */
export const nodeSource: SearchSource = {
  kind: 'node',
  describe: async (_db, hits, ctx) => new Map(hits.map((h) => [h.entityId, { title: nodeTitle(ctx, h), detail: null }])),
};
