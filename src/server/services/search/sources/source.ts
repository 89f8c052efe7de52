import type { Db } from '../../../../db/database';
import type { PathItem } from '../../../../domain/programme/tree-order';
import type { SearchKind } from '../../../../domain/search/vocabulary';

/** One result (an entity of the source's kind) to be named. */
export interface SourceHit {
  entityId: string;
  /** Null for a kind that belongs to no programme. */
  programmeId: string | null;
  nodeId: string | null;
}

export interface DescribeContext {
  /** The result nodes and their ancestors (code, title). */
  nodes: ReadonlyMap<string, PathItem>;
  programmeTitle(programmeId: string | null): string;
}

export interface Described {
  title: string;
  detail: string | null;
}

/**
 * A kind of search result (docs/search.md "Adding a kind"). Its texts reach the index through the
 * database triggers (migration search_triggers); this module only names its results. `describe`
 * may read only what any searcher who got the hit may see (titles of visible nodes, dates).
 */
export interface SearchSource {
  kind: SearchKind;
  describe(db: Db, hits: readonly SourceHit[], ctx: DescribeContext): Promise<Map<string, Described>>;
}

export function nodeTitle(ctx: DescribeContext, hit: SourceHit): string {
  const n = hit.nodeId ? ctx.nodes.get(hit.nodeId) : undefined;
  if (!n) return ctx.programmeTitle(hit.programmeId);
  return n.code?.trim() ? `${n.code.trim()} ${n.title}` : n.title;
}
