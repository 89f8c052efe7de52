import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { DomainError } from '../domain/shared/errors';
import { inTransaction, queryRows, type Db } from './database';
import { sqlStateOf } from './safe-error';
import * as schema from './schema';

/**
 * Backup and restore of every table in the Drizzle schema. Tables are enumerated from
 * src/db/schema, so a table added later is included without touching this file. Rows travel as
 * PostgreSQL's own JSON (row_to_json / json_populate_recordset), so every column type round-trips
 * exactly on both drivers, and no SQL is built from strings (identifiers are quoted by Drizzle).
 */
export const BACKUP_FORMAT = 'regietafel-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** Number of migrations the source database had: the target must have the same schema. */
  migrations: number;
  tables: Record<string, unknown[]>;
}

/**
 * Bookkeeping that is not data: the monitor's episode revision and the content revision of the read
 * cache are created by their migrations and moved by triggers whenever their tables change (a
 * restore moves them too); the search index is rebuilt by its triggers. None is backed up, and
 * none makes a fresh database count as "not empty".
 */
const NOT_BACKED_UP = new Set(['monitor_revision', 'content_revision', 'search_document']);

/** Table names in an order where every table comes after the tables it references. */
export function schemaTableNames(): string[] {
  const tables = (Object.values(schema) as unknown[]).filter(
    (v): v is PgTable => is(v, PgTable) && !NOT_BACKED_UP.has(getTableConfig(v).name),
  );
  const deps = new Map<string, string[]>();
  for (const t of tables) {
    const c = getTableConfig(t);
    deps.set(
      c.name,
      c.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name).filter((n) => n !== c.name),
    );
  }
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`kringverwijzing tussen tabellen: ${[...path, name].join(' → ')}`);
    for (const d of deps.get(name) ?? []) visit(d, [...path, name]);
    ordered.push(name);
  };
  for (const name of [...deps.keys()].sort()) visit(name, []);
  return ordered;
}

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(row?.n ?? 0);
}

export async function createBackup(db: Db, now: Date): Promise<Backup> {
  // One transaction (repeatable read on PostgreSQL): all tables from the same moment.
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const tables: Record<string, unknown[]> = {};
    for (const name of schemaTableNames()) {
      const [row] = await queryRows<{ data: string | null }>(tx, sql`select json_agg(t)::text as data from ${sql.identifier(name)} t`);
      tables[name] = row?.data ? (JSON.parse(row.data) as unknown[]) : [];
    }
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(tx),
      tables,
    };
  });
}

export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DomainError('IMPORT_FILE_INVALID', 'Het back-upbestand is geen geldige JSON.', []);
  }
  const b = data as Partial<Backup>;
  if (
    b?.format !== BACKUP_FORMAT ||
    b.version !== BACKUP_VERSION ||
    typeof b.tables !== 'object' ||
    b.tables === null ||
    typeof b.migrations !== 'number'
  ) {
    throw new DomainError('IMPORT_FILE_INVALID', 'Dit is geen Regietafel-back-up (versie 1).', []);
  }
  return b as Backup;
}

export interface RestoreOptions {
  /** Empty the tables first; without it the target must be empty. */
  replace?: boolean;
}

/** Restore all tables in one transaction: all or nothing. The target must be migrated to the same schema. */
export async function restoreBackup(db: Db, backup: Backup, opts: RestoreOptions = {}): Promise<Record<string, number>> {
  const names = schemaTableNames();
  const inFile = Object.keys(backup.tables).sort();
  const missing = names.filter((n) => !inFile.includes(n));
  const unknown = inFile.filter((n) => !names.includes(n));
  if (missing.length || unknown.length) {
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      `De back-up past niet bij deze versie: ontbrekend ${missing.join(', ') || '-'}, onbekend ${unknown.join(', ') || '-'}.`,
      { missing, unknown },
    );
  }
  return inTransaction(db, async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations !== backup.migrations) {
      throw new DomainError(
        'IMPORT_FILE_INVALID',
        `De back-up heeft ${backup.migrations} migraties, deze database ${migrations}: gebruik dezelfde versie van Regietafel.`,
        [],
      );
    }
    await emptyOrRefuse(tx, names, opts);
    const counts: Record<string, number> = {};
    for (const name of names) {
      const rows = backup.tables[name] ?? [];
      counts[name] = rows.length;
      if (rows.length === 0) continue;
      const t = sql.identifier(name);
      await tx.execute(
        sql`insert into ${t} overriding system value select * from json_populate_recordset(null::${t}, ${JSON.stringify(rows)}::json)`,
      );
    }
    await resetSequences(tx, names);
    return counts;
  });
}

/*
 * Streaming backup (format version 2), for any size: JSON lines, one table at a time in chunks,
 * so neither the backup nor the restore ever holds a whole table in memory.
 *   {"format":"regietafel-backup","version":2,"createdAt":…,"migrations":N,"tables":[…]}   header
 *   {"table":"monitor_episode","rows":[…up to chunkRows rows…]}                           chunks
 *   {"end":true,"counts":{"monitor_episode":2000000,…}}                                    trailer
 * A file without its trailer (cut off) or with other counts is refused before anything commits.
 */
export const STREAM_VERSION = 2;
export const DEFAULT_CHUNK_ROWS = 5_000;

export interface StreamHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof STREAM_VERSION;
  createdAt: string;
  migrations: number;
  tables: string[];
}

/** Write a backup line by line through `write` (which may wait for the file to drain). Returns rows per table. */
export async function writeBackupStream(
  db: Db,
  now: Date,
  write: (line: string) => Promise<void>,
  opts: { chunkRows?: number } = {},
): Promise<Record<string, number>> {
  const chunkRows = opts.chunkRows ?? DEFAULT_CHUNK_ROWS;
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const names = schemaTableNames();
    const header: StreamHeader = {
      format: BACKUP_FORMAT,
      version: STREAM_VERSION,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(tx),
      tables: names,
    };
    await write(JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const name of names) {
      counts[name] = 0;
      // A cursor inside the snapshot: the table is read chunk by chunk, never whole.
      await tx.execute(sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as r from ${sql.identifier(name)} t`);
      for (;;) {
        const rows = await queryRows<{ r: string }>(
          tx,
          sql`fetch forward ${sql.raw(String(Math.max(1, Math.floor(chunkRows))))} from backup_rows`,
        );
        if (rows.length === 0) break;
        await write(`{"table":${JSON.stringify(name)},"rows":[${rows.map((x) => x.r).join(',')}]}`);
        counts[name] += rows.length;
      }
      await tx.execute(sql`close backup_rows`);
    }
    await write(JSON.stringify({ end: true, counts }));
    return counts;
  });
}

function invalid(message: string): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', message, []);
}

/** Is this first line the header of a streaming (version 2) backup? */
export function isStreamHeader(line: string): boolean {
  try {
    const h = JSON.parse(line) as Partial<StreamHeader>;
    return h.format === BACKUP_FORMAT && h.version === STREAM_VERSION;
  } catch {
    return false;
  }
}

/**
 * Restore a streaming backup, all or nothing: one transaction; chunks are inserted as they are read;
 * a cut-off file, a count that differs, or a row that does not fit rolls everything back with a
 * Dutch error naming the table and line (never the rows themselves).
 */
export async function restoreBackupStream(
  db: Db,
  lines: AsyncIterable<string>,
  opts: RestoreOptions = {},
): Promise<Record<string, number>> {
  const names = schemaTableNames();
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done || !isStreamHeader(first.value)) throw invalid('Dit is geen Regietafel-back-up (versie 2): de eerste regel is geen kop.');
  const header = JSON.parse(first.value) as StreamHeader;
  const missing = names.filter((n) => !header.tables.includes(n));
  const unknown = header.tables.filter((n) => !names.includes(n));
  if (missing.length || unknown.length) {
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      `De back-up past niet bij deze versie: ontbrekend ${missing.join(', ') || '-'}, onbekend ${unknown.join(', ') || '-'}.`,
      { missing, unknown },
    );
  }
  return inTransaction(db, async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations !== header.migrations) {
      throw invalid(
        `De back-up heeft ${header.migrations} migraties, deze database ${migrations}: gebruik dezelfde versie van Regietafel.`,
      );
    }
    await emptyOrRefuse(tx, names, opts);
    const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    let trailer: { end: true; counts: Record<string, number> } | null = null;
    let lineNo = 1;
    for (let next = await it.next(); !next.done; next = await it.next()) {
      lineNo++;
      const line = next.value;
      if (line.trim() === '') continue;
      if (trailer) throw invalid(`Back-up, regel ${lineNo}: gegevens na het einde van de back-up.`);
      let item: { table?: unknown; rows?: unknown; end?: unknown; counts?: unknown };
      try {
        item = JSON.parse(line) as typeof item;
      } catch {
        throw invalid(`Back-up, regel ${lineNo}: geen geldige JSON (is het bestand beschadigd?).`);
      }
      if (item.end === true && typeof item.counts === 'object' && item.counts !== null) {
        trailer = { end: true, counts: item.counts as Record<string, number> };
        continue;
      }
      const table = typeof item.table === 'string' ? item.table : '';
      if (!names.includes(table) || !Array.isArray(item.rows)) throw invalid(`Back-up, regel ${lineNo}: onbekende tabel of geen rijen.`);
      const first = (counts[table] ?? 0) + 1;
      try {
        const t = sql.identifier(table);
        await tx.execute(
          sql`insert into ${t} overriding system value select * from json_populate_recordset(null::${t}, ${JSON.stringify(item.rows)}::json)`,
        );
      } catch (e) {
        // The rows themselves are never shown (they hold password hashes and care data).
        const state = sqlStateOf(e);
        throw invalid(
          `Back-up, regel ${lineNo}: tabel ${table}, rij ${first}–${first + item.rows.length - 1}: een ` +
            `rij past niet in de tabel${state ? ` (databasecode ${state})` : ''}. Er is niets teruggezet.`,
        );
      }
      counts[table] = first - 1 + item.rows.length;
    }
    if (!trailer)
      throw invalid('De back-up is onvolledig (het einde ontbreekt; afgebroken bij het schrijven of kopiëren?). Er is niets teruggezet.');
    const differ = names.filter((n) => (trailer?.counts[n] ?? 0) !== counts[n]);
    if (differ.length)
      throw invalid(`De back-up is onvolledig: het aantal rijen klopt niet voor ${differ.join(', ')}. Er is niets teruggezet.`);
    await resetSequences(tx, names);
    return counts;
  });
}

async function emptyOrRefuse(tx: Db, names: string[], opts: RestoreOptions): Promise<void> {
  if (opts.replace) {
    await tx.execute(
      sql`truncate ${sql.join(
        names.map((n) => sql.identifier(n)),
        sql`, `,
      )} restart identity cascade`,
    );
  } else {
    for (const name of names) {
      const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(name)}`);
      if (Number(row?.n) > 0)
        throw new DomainError('CONFLICT', `De database is niet leeg (tabel ${name}). Herstel in een lege database of gebruik --replace.`, {
          table: name,
        });
    }
  }
}

/** Serial columns continue after the restored ids. */
async function resetSequences(tx: Db, names: string[]): Promise<void> {
  const serials = await queryRows<{ table_name: string; column_name: string; seq: string }>(
    tx,
    sql`select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
        from information_schema.columns
        where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`,
  );
  for (const s of serials.filter((r) => names.includes(r.table_name) && r.seq)) {
    await tx.execute(
      sql`select setval(${s.seq}::regclass, (select coalesce(max(${sql.identifier(s.column_name)}), 0) from ${sql.identifier(s.table_name)}) + 1, false)`,
    );
  }
}
