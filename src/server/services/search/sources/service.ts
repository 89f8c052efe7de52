import { serviceFacts } from '../../../../db/queries/search';
import { isServiceKind, SERVICE_KIND_INFO } from '../../../../domain/social-map/vocabulary';
import type { SearchSource } from './source';

/** Services of the social map (no programme): named by their name, the kind and the gemeenten served. */
export const serviceSource: SearchSource = {
  kind: 'service',
  async describe(db, hits) {
    const facts = new Map(
      (
        await serviceFacts(
          db,
          hits.map((h) => h.entityId),
        )
      ).map((r) => [r.id, r]),
    );
    return new Map(
      hits.map((h) => {
        const s = facts.get(h.entityId);
        const kind = s && isServiceKind(s.kind) ? SERVICE_KIND_INFO[s.kind].nl : (s?.kind ?? null);
        const detail = [kind, s?.municipalities ?? null].filter((x) => x !== null && x !== '').join(' · ');
        return [h.entityId, { title: s?.name ?? '', detail: detail === '' ? null : detail }];
      }),
    );
  },
};
