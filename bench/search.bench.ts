/**
 * `npx tsx bench/search.bench.ts [--programmes 50] [--nodes 2000] [--queries 300]`: the search at
 * national scale (docs/search.md). Builds programmes × nodes with Dutch-like texts (title,
 * description, doelstelling, intended result; a progress update on every other node), all indexed by
 * the database's own triggers, then times GET /api/search's service for a mix of queries (common and
 * rare words, two words, a prefix, a phrase, a number) as a platform beheerder (every programme) and as
 * a visitor (the published half). Prints p50/p95/p99 per database: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set (in a database of its own, dropped afterwards).
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { queryRows } from '../src/db/database';
import { runMigrations } from '../src/db/migrate';
import { ANONYMOUS_ACTOR, SYSTEM_ACTOR, type Actor } from '../src/server/auth/actor';
import { search } from '../src/server/services/search/search';
import { seededRandom, type Random } from '../seeds/random';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PROGRAMMES = arg('--programmes', 50);
const NODES = arg('--nodes', 2000);
const QUERIES = arg('--queries', 300);

const BASE = `zorg wonen woning wijk gemeente regio inwoner cliënt cliënten ouderen jeugd jongeren herstel preventie
 ondersteuning begeleiding beschermd opvang dakloosheid schulden werk participatie inkomen huisarts praktijk ggz
 verslaving psychisch kwetsbaar netwerk mantelzorg vrijwilliger ervaringsdeskundige signalering crisis meldpunt
 inloop zelfhulp aanbieder zorgverzekeraar zorgkantoor corporatie politie veiligheid samenwerking afspraken
 financiering subsidie budget monitor resultaat doel ambitie activiteit project pilot evaluatie onderzoek
 toegang wachttijd wachtlijst doorstroom uitstroom instroom ambulant thuis buurt buurthuis sport bewegen
 eenzaamheid armoede taal onderwijs school gezin opvoeding scheiding middelen alcohol roken valpreventie
 dementie levensloop wijkteam casus regie integraal maatwerk indicatie beschikking bekostiging contract
 inkoop kwaliteit registratie privacy gegevens dashboard kwartaal voortgang mijlpaal planning training
 scholing deskundigheid methodiek cultuur sensitief migrant statushouder woonvoorziening begeleid kamers
 tijdelijk structureel landelijk provinciaal lokaal bovenregionaal crèche reïntegratie coöperatie café`
  .split(/\s+/)
  .filter(Boolean);
const LINK = ['en', 'de', 'het', 'voor', 'met', 'in', 'van', 'op', 'bij', 'naar', 'door', 'om', 'te'];
// Compounds make the vocabulary large, as real texts are: ~10,000 distinct words in a Zipf-like spread.
const VOCAB = [...BASE, ...BASE.flatMap((a, i) => BASE.filter((_, j) => (i * 7 + j * 13) % 11 === 0).map((b) => `${a}${b}`))];

function word(r: Random): string {
  return VOCAB[Math.floor(VOCAB.length * r.next() ** 3)] ?? 'zorg';
}
function sentence(r: Random, min: number, max: number): string {
  const n = r.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.3) ? r.pick(LINK) : word(r));
  if (r.chance(0.1)) out.push(`${r.int(1, 9)}.${String(r.int(0, 999)).padStart(3, '0')}`);
  return out.join(' ');
}

async function build(database: Database): Promise<void> {
  const db = database.db;
  const r = seededRandom(23);
  for (let p = 0; p < PROGRAMMES; p++) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`insert into programme (slug, title, level_labels, description) values (${`bench-${p}`}, ${`Programma ${p} ${sentence(r, 3, 6)}`},
        '["Thema","Project","Activiteit"]', ${sentence(r, 20, 40)}) returning id`,
    );
    const pid = row?.id ?? '';
    if (p % 2 === 0)
      await queryRows(
        db,
        sql`insert into programme_publication (programme_id, published, fields, updated_by) values (${pid}, true,
        '{"programmeDescription":true,"nodeDescriptions":true,"statuses":true,"results":true,"attentionPoints":false,"milestones":true}', 'bench')`,
      );
    const cols = { title: [] as string[], description: [] as string[], doel: [] as string[], result: [] as string[] };
    for (let n = 0; n < NODES; n++) {
      cols.title.push(sentence(r, 3, 8));
      cols.description.push(sentence(r, 20, 45));
      cols.doel.push(sentence(r, 8, 16));
      cols.result.push(sentence(r, 10, 24));
    }
    // Flat under 40 themes (tree shape does not matter to the search, paths do: one level of parents).
    await queryRows(
      db,
      sql`insert into node (programme_id, position, key, code, title, level, description, doelstelling, expected_result)
        select ${pid}, i, 'n' || i, (i % 40 + 1)::text || '.' || (i / 40 + 1)::text, t.title, 1, t.description, t.doel, t.result
        from unnest(${sql.param(cols.title)}::text[], ${sql.param(cols.description)}::text[], ${sql.param(cols.doel)}::text[],
          ${sql.param(cols.result)}::text[]) with ordinality as t(title, description, doel, result, i)`,
    );
    const updates = cols.title.map(() => sentence(r, 10, 30)).filter((_, i) => i % 2 === 0);
    await queryRows(
      db,
      sql`insert into progress_update (programme_id, node_id, report_date, status, results, author_label, created_at)
        select ${pid}, n.id, date '2026-01-15', 'groen', u.results, 'bench', now()
        from unnest(${sql.param(updates)}::text[]) with ordinality as u(results, i)
        join node n on n.programme_id = ${pid} and n.key = 'n' || (u.i * 2 - 1)`,
    );
  }
  await queryRows(db, sql`analyze`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function measure(database: Database, label: string, reuse = false): Promise<void> {
  const t0 = performance.now();
  if (!reuse) await build(database);
  const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from search_document`);
  console.log(
    `${label}: ${PROGRAMMES} × ${NODES} nodes, ${count?.n} indexed fields, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const r = seededRandom(7);
  const queries = Array.from({ length: QUERIES }, () => {
    const kind = r.int(0, 5);
    if (kind === 0) return r.pick(['zorg', 'wonen', 'gemeente', 'regio']);
    if (kind === 1) return `${word(r)} ${word(r)}`;
    if (kind === 2) return `${word(r).slice(0, 4)}*`;
    if (kind === 3) return `"${word(r)} ${r.pick(LINK)} ${word(r)}"`;
    if (kind === 4) return String(r.int(1, 9) * 1000 + 500);
    return word(r);
  });
  const admin: Actor = { ...SYSTEM_ACTOR, kind: 'user', id: 'bench', label: 'bench', platformRoles: ['beheerder'] };
  for (const [who, actor] of [
    ['beheerder', admin],
    ['bezoeker', ANONYMOUS_ACTOR],
  ] as const) {
    for (const q of queries.slice(0, 10)) await search(database.db, actor, { q }); // warm up
    const times: number[] = [];
    const byQuery: { q: string; ms: number }[] = [];
    for (const q of queries) {
      const s = performance.now();
      await search(database.db, actor, { q });
      times.push(performance.now() - s);
      byQuery.push({ q, ms: performance.now() - s });
    }
    times.sort((a, b) => a - b);
    // --slowest n: the n slowest queries (for EXPLAIN on a --keep database).
    const slowest = arg('--slowest', 0);
    if (slowest > 0)
      console.log(
        byQuery
          .sort((a, b) => b.ms - a.ms)
          .slice(0, slowest)
          .map((x) => `  ${x.ms.toFixed(1)} ms  ${x.q}`)
          .join('\n'),
      );
    const f = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `${label} ${who}: ${QUERIES} queries p50 ${f(percentile(times, 50))} p95 ${f(percentile(times, 95))} p99 ${f(percentile(times, 99))} max ${f(times[times.length - 1] ?? 0)}`,
    );
  }
}

if (!args.includes('--no-pglite')) {
  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await runMigrations(pglite);
    await measure(pglite, 'PGlite');
  } finally {
    await pglite.close();
  }
}

const url = process.env.TEST_DATABASE_URL;
// --reuse <name>: time the queries on a database kept by an earlier --keep run (same sizes), without building it again.
const reuse = args.includes('--reuse') ? args[args.indexOf('--reuse') + 1] : undefined;
if (url) {
  const name = reuse ?? `rt_search_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (!reuse) await admin.query(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString() });
  try {
    if (!reuse) await runMigrations(database);
    await measure(database, 'PostgreSQL', reuse !== undefined);
  } finally {
    await database.close();
    // --keep: leave the database for EXPLAIN (its name is printed).
    if (args.includes('--keep') || reuse) console.log(`database kept: ${name}`);
    else await admin.query(`drop database ${name}`);
    await admin.end();
  }
}
