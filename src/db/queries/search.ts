import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../database';

/*
 * The search's queries (docs/search.md). search_document is written only by the database's
 * triggers; these functions only read it.
 */

export interface ProgrammeSearchRow {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  fields: unknown;
  /** Reporting end (latest of end and due date) of the latest locked period; null: none locked. */
  lockedUntil: string | null;
}

/** Every programme with its publication choices and the end of its latest locked period. */
export function programmesForSearch(db: Db): Promise<ProgrammeSearchRow[]> {
  return queryRows<ProgrammeSearchRow>(
    db,
    sql`select p.id, p.slug, p.title, coalesce(pp.published, false) as "published", coalesce(pp.fields, '{}'::jsonb) as "fields",
          (select to_char(greatest(rp.end_date, rp.due_date), 'YYYY-MM-DD') from reporting_period rp
            where rp.programme_id = p.id and rp.locked_at is not null order by rp.start_date desc limit 1) as "lockedUntil"
        from programme p left join programme_publication pp on pp.programme_id = p.id`,
  );
}

/** One (programme, visibility class) the searcher may read; `until` etc. only for a visitor's progress texts. */
/** Stands for "no programme" in the allowed pairs (rows of kinds that belong to no programme). */
export const NO_PROGRAMME = '00000000-0000-0000-0000-000000000000';

export interface AllowedClass {
  /** NO_PROGRAMME for the classes of rows without a programme ('public', 'signed-in'). */
  programmeId: string;
  visibility: string;
  /** A visitor's view of progress updates: only the one the public version shows per node, as of this date. */
  visitorUntil: string | null;
  visitorResults: boolean;
  visitorAttention: boolean;
}

export interface SearchHitRow {
  kind: string;
  entityId: string;
  programmeId: string | null;
  nodeId: string | null;
  field: string;
  body: string;
  /** body's folded text with \u0001 … \u0002 around the matching words (ts_headline). */
  marked: string;
  rank: number;
  /** Matching results of this kind among the candidates. */
  total: number;
  /** Matching fields found in all (at most the cap): the cap reached means totals are lower bounds. */
  candidates: number;
}

/**
 * The best `limit` results per kind for a tsquery text, ranked among the first `cap` matching fields (domain/search/query.ts), only from the
 * allowed (programme, visibility) pairs. Null when the query holds no lexeme (only very common words).
 */
export async function searchDocuments(
  db: Db,
  opts: { tsquery: string; allowed: readonly AllowedClass[]; kinds: readonly string[]; limit: number; cap: number },
): Promise<SearchHitRow[] | null> {
  const [probe] = await queryRows<{ n: number }>(db, sql`select numnode(to_tsquery('dutch', search_fold(${opts.tsquery}))) as n`);
  if (!probe || Number(probe.n) === 0) return null;
  if (opts.allowed.length === 0) return [];
  const a = opts.allowed;
  // Who may read which field, as "programme visibility" keys: a hashed `= any(…)` filter on the scan itself, so the scan streams into
  // the cap whatever the planner estimates (a join with the allowed pairs let it sort all matches first: a merge join, 200 ms for "plan*").
  const keys = [...new Set(a.map((x) => `${x.programmeId} ${x.visibility}`))];
  // A visitor's progress updates: per programme the date of its latest locked period and the fields the public version shows.
  const visitor = [...new Map(a.filter((x) => x.visitorUntil !== null).map((x) => [x.programmeId, x])).values()];
  // Inline (a constant for the planner: its estimate of the matches decides the plan), not a CTE.
  const query = sql`to_tsquery('dutch'::regconfig, search_fold(${opts.tsquery}::text))`;
  // Only when someone reads as a visitor: the planner costs the subquery for every row, which would keep it from a plan that stops early.
  const visitorUpdates =
    visitor.length === 0
      ? sql``
      : sql`and (d.kind <> 'update' or coalesce((
            -- A visitor sees the update the public version shows: the latest with a published text, as of the locked period.
            select exists (select 1 from progress_update u where u.id = d.entity_id and u.report_date <= v.until
              and not exists (
                select 1 from progress_update later
                where later.node_id = u.node_id and later.report_date <= v.until
                  and (later.report_date, later.created_at, later.id) > (u.report_date, u.created_at, u.id)
                  and ((v.res and btrim(coalesce(later.results, '')) <> '') or (v.att and btrim(coalesce(later.attention_points, '')) <> ''))))
            from unnest(${sql.param(visitor.map((x) => x.programmeId))}::uuid[], ${sql.param(visitor.map((x) => x.visitorUntil))}::date[],
              ${sql.param(visitor.map((x) => x.visitorResults))}::boolean[], ${sql.param(visitor.map((x) => x.visitorAttention))}::boolean[])
              as v(programme_id, until, res, att)
            where v.programme_id = d.programme_id), true))`;
  const rows = await queryRows<SearchHitRow>(
    db,
    sql`with hits as materialized (
        select d.kind, d.entity_id, d.programme_id, d.node_id, d.field, d.body, ts_rank(d.vector, ${query}) as rank
        from search_document d
        where d.vector @@ ${query} and d.kind = any(${sql.param([...opts.kinds])}::text[])
          and (coalesce(d.programme_id, ${NO_PROGRAMME}::uuid)::text || ' ' || d.visibility) = any(${sql.param(keys)}::text[])
          ${visitorUpdates}
        -- Bounded: a word in half of all texts stops after the cap (ranked among those found first).
        limit ${opts.cap}
      ),
      ranked as (
        select kind, entity_id, row_number() over (partition by kind order by max(rank) desc, entity_id) as rn,
          count(*) over (partition by kind) as total, max(rank) as rank, sum(count(*)) over () as candidates
        from hits group by kind, entity_id
      )
      select h.kind, h.entity_id as "entityId", h.programme_id as "programmeId", h.node_id as "nodeId", h.field, h.body,
        ts_headline('dutch', search_fold(h.body), ${query}, 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) as marked,
        r.rank::float8 as rank, r.total::int as total, r.candidates::int as candidates
      from hits h join ranked r on r.kind = h.kind and r.entity_id = h.entity_id
      where r.rn <= ${opts.limit}
      order by h.kind, r.rn, h.field`,
  );
  return rows.map((r) => ({ ...r, rank: Number(r.rank), total: Number(r.total), candidates: Number(r.candidates) }));
}

export interface PathRow {
  id: string;
  parentId: string | null;
  code: string | null;
  title: string;
}

/** The nodes and all their ancestors (code and title only): enough for tree-order's path labels. */
export function nodesWithAncestors(db: Db, nodeIds: readonly string[]): Promise<PathRow[]> {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return queryRows<PathRow>(
    db,
    sql`with recursive up as (
          select id, parent_id, code, title from node where id = any(${sql.param([...nodeIds])}::uuid[])
          union
          select n.id, n.parent_id, n.code, n.title from node n join up on n.id = up.parent_id
        )
        select id, parent_id as "parentId", code, title from up`,
  );
}

/** Report date of progress updates (the visible fact that tells a node's updates apart). */
export function updateDates(db: Db, ids: readonly string[]): Promise<{ id: string; reportDate: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(
    db,
    sql`select id, to_char(report_date, 'YYYY-MM-DD') as "reportDate" from progress_update where id = any(${sql.param([...ids])}::uuid[])`,
  );
}

export function milestoneTitles(db: Db, ids: readonly string[]): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(db, sql`select id, title from milestone where id = any(${sql.param([...ids])}::uuid[])`);
}

/** Budget lines by id (year and money stream); a funding note's entity is its node, which has no row here. */
export function budgetLineFacts(db: Db, ids: readonly string[]): Promise<{ id: string; year: number | null; moneyStream: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(db, sql`select id, year, money_stream as "moneyStream" from budget_line where id = any(${sql.param([...ids])}::uuid[])`);
}

/** Services of the social map by id: name, kind and the gemeenten they serve (a result's title and detail). */
export function serviceFacts(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; name: string; kind: string; municipalities: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(
    db,
    sql`select s.id, s.name, s.kind, string_agg(o.name, ', ' order by o.name) as municipalities
        from social_service s
        left join social_service_municipality m on m.service_id = s.id
        left join organisation o on o.id = m.organisation_id
        where s.id = any(${sql.param([...ids])}::uuid[])
        group by s.id, s.name, s.kind`,
  );
}

export function practiceTitles(db: Db, ids: readonly string[]): Promise<{ id: string; title: string; originText: string | null }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(
    db,
    sql`select id, title, origin_text as "originText" from good_practice where id = any(${sql.param([...ids])}::uuid[])`,
  );
}

export function initiativeNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string; kind: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(db, sql`select id, name, kind from initiative where id = any(${sql.param([...ids])}::uuid[])`);
}

export function sideListTitles(db: Db, ids: readonly string[]): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows(db, sql`select id, title from side_list where id = any(${sql.param([...ids])}::uuid[])`);
}
