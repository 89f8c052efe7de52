import { initiativeNames, practiceTitles, sideListTitles } from '../../../../db/queries/search';
import { nodeTitle, type SearchSource } from './source';

/** Good practices (no programme): named by their title and where they come from. */
export const practiceSource: SearchSource = {
  kind: 'practice',
  async describe(db, hits) {
    const rows = new Map(
      (
        await practiceTitles(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r]),
    );
    return new Map(
      hits.map((h) => [h.entityId, { title: rows.get(h.entityId)?.title ?? '', detail: rows.get(h.entityId)?.originText ?? null }]),
    );
  },
};

/** Related initiatives: found through a link, at the theme (or programme) they are linked to. */
export const initiativeSource: SearchSource = {
  kind: 'initiative',
  async describe(db, hits, ctx) {
    const rows = new Map(
      (
        await initiativeNames(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r]),
    );
    return new Map(hits.map((h) => [h.entityId, { title: rows.get(h.entityId)?.name ?? '', detail: nodeTitle(ctx, h) }]));
  },
};

/** Named lists beside the tree (and their items): the list, at its theme or programme. */
export const listSource: SearchSource = {
  kind: 'list',
  async describe(db, hits, ctx) {
    const rows = new Map(
      (
        await sideListTitles(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r]),
    );
    return new Map(hits.map((h) => [h.entityId, { title: rows.get(h.entityId)?.title ?? '', detail: nodeTitle(ctx, h) }]));
  },
};
