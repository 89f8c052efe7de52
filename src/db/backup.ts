import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { DomainError } from '../domain/shared/errors';
import { inTransaction, queryRows, type Db } from './database';
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
 * Bookkeeping that is not data: the monitor's episode revision is created by its migration and
 * moved by a trigger whenever episodes change (a restore moves it too), so it is never backed up.
 */
const NOT_BACKED_UP = new Set(['monitor_revision']);

/** Table names in an order where every table comes after the tables it references. */
export function schemaTableNames(): string[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable) && !NOT_BACKED_UP.has(getTableConfig(v).name));
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
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migrations: await appliedMigrations(tx), tables };
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
  if (b?.format !== BACKUP_FORMAT || b.version !== BACKUP_VERSION || typeof b.tables !== 'object' || b.tables === null || typeof b.migrations !== 'number') {
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
    throw new DomainError('IMPORT_FILE_INVALID', `De back-up past niet bij deze versie: ontbrekend ${missing.join(', ') || '-'}, onbekend ${unknown.join(', ') || '-'}.`, { missing, unknown });
  }
  return inTransaction(db, async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations !== backup.migrations) {
      throw new DomainError('IMPORT_FILE_INVALID', `De back-up heeft ${backup.migrations} migraties, deze database ${migrations}: gebruik dezelfde versie van Regietafel.`, []);
    }
    if (opts.replace) {
      await tx.execute(sql`truncate ${sql.join(names.map((n) => sql.identifier(n)), sql`, `)} restart identity cascade`);
    } else {
      for (const name of names) {
        const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(name)}`);
        if (Number(row?.n) > 0) throw new DomainError('CONFLICT', `De database is niet leeg (tabel ${name}). Herstel in een lege database of gebruik --replace.`, { table: name });
      }
    }
    const counts: Record<string, number> = {};
    for (const name of names) {
      const rows = backup.tables[name] ?? [];
      counts[name] = rows.length;
      if (rows.length === 0) continue;
      const t = sql.identifier(name);
      await tx.execute(sql`insert into ${t} overriding system value select * from json_populate_recordset(null::${t}, ${JSON.stringify(rows)}::json)`);
    }
    // Serial columns continue after the restored ids.
    const serials = await queryRows<{ table_name: string; column_name: string; seq: string }>(
      tx,
      sql`select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
          from information_schema.columns
          where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    for (const s of serials.filter((r) => names.includes(r.table_name) && r.seq)) {
      await tx.execute(
        sql`select setval(${s.seq}::regclass, (select coalesce(max(${sql.identifier(s.column_name)}), 0) from ${sql.identifier(s.table_name)}) + 1, false)`,
      );
    }
    return counts;
  });
}
