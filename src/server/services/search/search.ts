import type { Db } from '../../../db/database';
import { NO_PROGRAMME, nodesWithAncestors, programmesForSearch, searchDocuments, type AllowedClass } from '../../../db/queries/search';
import { pathLabel, type PathItem } from '../../../domain/programme/tree-order';
import { normalisePublicationFields } from '../../../domain/publication/fields';
import { excerpt, markNumbers, segmentsFromMarked } from '../../../domain/search/highlight';
import { parseSearchQuery, queryNumbers, SEARCH_LIMITS, toTsQueryText } from '../../../domain/search/query';
import type { SearchGroup, SearchItem, SearchResponse } from '../../../domain/search/responses';
import { SEARCH_KINDS, type SearchKind } from '../../../domain/search/vocabulary';
import {
  relationTo,
  searchViewerKey,
  visibleClasses,
  visibleGlobalClasses,
  type ProgrammeRelation,
} from '../../../domain/search/visibility';
import type { Actor } from '../../auth/actor';
import { SEARCH_SOURCES } from './sources';

export interface SearchOptions {
  q: string;
  /** Only this kind (e.g. "more results" of one group). */
  kind?: SearchKind;
  /** Results per kind; default SEARCH_LIMITS.perKind, at most SEARCH_LIMITS.perKindMax. */
  limit?: number;
}

/**
 * The key of a search answer in the read cache (services/read-cache, per content revision): the query
 * as the route trimmed it (the answer repeats it), the kind, the limit in effect and who asks as far as
 * the answer depends on it (searchViewerKey: never shared between searchers who may read different things).
 */
export function searchAnswerKey(actor: Actor, opts: SearchOptions): string {
  const limit = Math.min(opts.limit ?? SEARCH_LIMITS.perKind, SEARCH_LIMITS.perKindMax);
  return `search|${JSON.stringify([searchViewerKey(actor), opts.kind ?? null, limit, opts.q])}`;
}

/**
 * Full-text search over everything the actor may read (docs/search.md): a visitor only published
 * programmes and their published fields, a member of a programme all of it. Results grouped by
 * kind, each with its matching fields highlighted as segments.
 */
export async function search(db: Db, actor: Actor, opts: SearchOptions): Promise<SearchResponse> {
  const parsed = parseSearchQuery(opts.q);
  const tsquery = toTsQueryText(parsed);
  const kinds = opts.kind ? [opts.kind] : [...SEARCH_KINDS];
  const empty = (): SearchResponse => ({ query: opts.q, state: 'empty', groups: [], droppedTerms: parsed.dropped, capped: false });
  if (!tsquery) return empty();

  const programmes = await programmesForSearch(db);
  const allowed: AllowedClass[] = [];
  const viewAs = new Map<string, ProgrammeRelation>();
  for (const p of programmes) {
    const relation = relationTo(actor, p.id);
    viewAs.set(p.id, relation);
    const fields = normalisePublicationFields(p.fields);
    const classes = visibleClasses(relation, { published: p.published, fields, hasLockedPeriod: p.lockedUntil !== null });
    const visitor = relation !== 'member';
    for (const visibility of classes)
      allowed.push({
        programmeId: p.id,
        visibility,
        visitorUntil: visitor ? p.lockedUntil : null,
        visitorResults: visitor && fields.results,
        visitorAttention: visitor && fields.attentionPoints,
      });
  }
  // Rows of kinds that belong to no programme.
  for (const visibility of visibleGlobalClasses(actor.kind !== 'anonymous'))
    allowed.push({ programmeId: NO_PROGRAMME, visibility, visitorUntil: null, visitorResults: false, visitorAttention: false });
  const limit = Math.min(opts.limit ?? SEARCH_LIMITS.perKind, SEARCH_LIMITS.perKindMax);
  const hits = await searchDocuments(db, { tsquery, allowed, kinds, limit, cap: SEARCH_LIMITS.candidates });
  if (hits === null) return empty();

  const nodes = new Map<string, PathItem>(
    (await nodesWithAncestors(db, [...new Set(hits.flatMap((h) => h.nodeId ?? []))])).map((n) => [n.id, n]),
  );
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const ctx = { nodes, programmeTitle: (id: string | null) => (id ? (programmeById.get(id)?.title ?? '') : '') };
  const numbers = queryNumbers(parsed);

  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const ofKind = hits.filter((h) => h.kind === kind);
    if (ofKind.length === 0) continue;
    const items = new Map<string, SearchItem>();
    for (const h of ofKind) {
      let item = items.get(h.entityId);
      if (!item) {
        const p = h.programmeId ? programmeById.get(h.programmeId) : undefined;
        item = {
          kind,
          entityId: h.entityId,
          programme: p ? { id: p.id, slug: p.slug, title: p.title } : null,
          nodeId: h.nodeId,
          path: h.nodeId ? pathLabel(nodes, h.nodeId) || null : null,
          title: '',
          detail: null,
          public: h.programmeId ? viewAs.get(h.programmeId) !== 'member' : true,
          matches: [],
        };
        items.set(h.entityId, item);
      }
      item.matches.push({ field: h.field, segments: excerpt(markNumbers(segmentsFromMarked(h.body, h.marked), numbers)) });
    }
    const list = [...items.values()];
    const described = await SEARCH_SOURCES[kind].describe(
      db,
      list.map((i) => ({ entityId: i.entityId, programmeId: i.programme?.id ?? null, nodeId: i.nodeId })),
      ctx,
    );
    for (const item of list) {
      const d = described.get(item.entityId);
      item.title = d?.title ?? '';
      item.detail = d?.detail ?? null;
    }
    groups.push({ kind, total: ofKind[0]?.total ?? list.length, items: list });
  }
  const capped = (hits[0]?.candidates ?? 0) >= SEARCH_LIMITS.candidates;
  return { query: opts.q, state: 'ok', groups, droppedTerms: parsed.dropped, capped };
}
