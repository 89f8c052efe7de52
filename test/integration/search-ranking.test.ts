import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { queryRows } from '../../src/db/database';
import { searchDocuments, type AllowedClass } from '../../src/db/queries/search';
import { parseSearchQuery, toTsQueryText } from '../../src/domain/search/query';
import type { SearchResponse } from '../../src/domain/search/responses';
import { ANONYMOUS_ACTOR, SYSTEM_ACTOR, type Actor } from '../../src/server/auth/actor';
import { search } from '../../src/server/services/search/search';
import { createTestDatabase, testDriver } from '../support/test-db';

/*
 * The search's answer when more fields match than it shows (docs/search.md, "Results" and "Speed"): the statement is shaped for
 * speed (the visibility filter on the scan itself, the cap, highlighting only the rows returned), so these tests hold it to a
 * plain reference query that ranks every match: same items, same order (ties by id), same highlighted fields, right totals.
 */
const WORD = 'valpreventie';
const NODES = 24;

const beheerder: Actor = { ...SYSTEM_ACTOR, kind: 'user', id: 'ranking-test', label: 'ranking-test', platformRoles: ['beheerder'] };

describe(`search ranking with more matches than the limit (${testDriver})`, () => {
  let database: Database;
  let published = '';
  let hidden = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    for (const slug of ['rang-open', 'rang-dicht']) {
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`insert into programme (slug, title, level_labels, description) values (${slug}, ${`Programma ${slug}`}, '["Thema"]',
          ${`Een programma over ${WORD} en wonen`}) returning id`,
      );
      const id = row?.id ?? '';
      if (slug === 'rang-open') published = id;
      else hidden = id;
      // Ranks differ by how often the word occurs (1–4 times) and tie within each group; the titles of every third node match too.
      await queryRows(
        db,
        sql`insert into node (programme_id, position, key, code, title, level, description, doelstelling)
          select ${id}, i, 'n' || i, i::text, case when i % 3 = 0 then 'Onderdeel ' || i || ' ${sql.raw(WORD)}' else 'Onderdeel ' || i end, 0,
            'Wij werken aan ' || repeat('${sql.raw(WORD)} ', i % 4 + 1) || 'in de wijk ' || i, 'Doel ' || i || ' ${sql.raw(WORD)}'
          from generate_series(1, ${NODES}) as i`,
      );
    }
    await queryRows(
      db,
      sql`insert into programme_publication (programme_id, published, fields, updated_by) values (${published}, true,
        '{"programmeDescription":false,"nodeDescriptions":true,"statuses":true,"results":true,"attentionPoints":false,"milestones":true}', 'test')`,
    );
  });
  afterAll(async () => database?.close());

  /** Reference: every matching node field, ranked per entity by its best field, ties by id; only the given programmes and classes. */
  async function reference(programmes: string[], classes: string[] | null) {
    return queryRows<{ entityId: string; fields: string[] }>(
      database.db,
      sql`select entity_id as "entityId", array_agg(field order by field) as fields
          from search_document
          where kind = 'node' and vector @@ to_tsquery('dutch', search_fold(${toTsQueryText(parseSearchQuery(WORD))}))
            and programme_id = any(${sql.param(programmes)}::uuid[])
            and (${classes === null} or visibility = any(${sql.param(classes ?? [])}::text[]))
          group by entity_id
          order by max(ts_rank(vector, to_tsquery('dutch', search_fold(${toTsQueryText(parseSearchQuery(WORD))})))) desc, entity_id`,
    );
  }

  function nodeGroup(r: SearchResponse) {
    const group = r.groups.find((g) => g.kind === 'node');
    if (!group) throw new Error('no node group');
    return group;
  }

  it('a platform beheerder gets the best ten of all matches, in rank order, each with its highlighted fields and the right total', async () => {
    const expected = await reference([published, hidden], null);
    expect(expected.length).toBe(2 * NODES);
    const r = await search(database.db, beheerder, { q: WORD });
    const group = nodeGroup(r);
    expect(group.total).toBe(expected.length);
    expect(r.capped).toBe(false);
    expect(group.items.map((i) => i.entityId)).toEqual(expected.slice(0, 10).map((e) => e.entityId));
    for (const [n, item] of group.items.entries()) {
      expect(item.matches.map((m) => m.field)).toEqual(expected[n]?.fields);
      for (const m of item.matches) expect(m.segments.filter((s) => s.match).map((s) => s.text.toLowerCase())).toContain(WORD);
    }
    // "More results" of one kind: the same order further on.
    const more = nodeGroup(await search(database.db, beheerder, { q: WORD, kind: 'node', limit: 30 }));
    expect(more.items.map((i) => i.entityId)).toEqual(expected.slice(0, 30).map((e) => e.entityId));
  });

  it('a visitor gets the same ranking over the published programme only, and only its public fields', async () => {
    const expected = await reference([published], ['tree', 'nodeDescriptions']);
    const r = await search(database.db, ANONYMOUS_ACTOR, { q: WORD });
    const group = nodeGroup(r);
    expect(group.total).toBe(expected.length);
    expect(group.items.map((i) => i.entityId)).toEqual(expected.slice(0, 10).map((e) => e.entityId));
    for (const item of group.items) {
      expect(item.programme?.id).toBe(published);
      expect(item.matches.map((m) => m.field)).not.toContain('doelstelling');
    }
    // The unpublished programme's description and the published one's (not ticked) stay out of the programme group.
    expect(r.groups.find((g) => g.kind === 'programme')).toBeUndefined();
  });

  it('the cap: candidates counts the matching fields read, at most the cap; a capped answer ranks only those', async () => {
    const tsquery = toTsQueryText(parseSearchQuery(WORD));
    if (!tsquery) throw new Error('no query');
    const allowed: AllowedClass[] = [published, hidden].flatMap((programmeId) =>
      ['title', 'tree', 'programmeDescription', 'nodeDescriptions', 'members'].map((visibility) => ({
        programmeId,
        visibility,
        visitorUntil: null,
        visitorResults: false,
        visitorAttention: false,
      })),
    );
    const [all] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from search_document where vector @@ to_tsquery('dutch', search_fold(${tsquery}))`,
    );
    const kinds = ['programme', 'node'];
    const uncapped = (await searchDocuments(database.db, { tsquery, allowed, kinds, limit: 10, cap: 10_000 })) ?? [];
    expect(uncapped[0]?.candidates).toBe(Number(all?.n));
    const capped = (await searchDocuments(database.db, { tsquery, allowed, kinds, limit: 10, cap: 7 })) ?? [];
    expect(capped[0]?.candidates).toBe(7);
    const totals = new Map(capped.map((h) => [h.kind, h.total]));
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(7);
    // Only the allowed pairs are read: node titles of the published programme alone.
    const titlesOnly =
      (await searchDocuments(database.db, {
        tsquery,
        allowed: allowed.filter((a) => a.programmeId === published && a.visibility === 'tree'),
        kinds,
        limit: 50,
        cap: 10_000,
      })) ?? [];
    expect(titlesOnly.length).toBe(Math.floor(NODES / 3));
    for (const h of titlesOnly) expect([h.programmeId, h.field]).toEqual([published, 'title']);
  });
});
