import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { is } from 'drizzle-orm';
import { NodePgSession } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { PgliteSession } from 'drizzle-orm/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Db } from './database';

/**
 * COPY in and out, the one place that knows the drivers underneath drizzle: row objects are the
 * slow part of bulk work (a million rows), so bulk loads and reads go as COPY text through the raw
 * clients — PGlite through a blob it serves as `/dev/blob`, node-postgres through pg-copy-streams.
 */

/**
 * The result of `copy (select …) to`, chunk by chunk, read on the handle openDatabase made (not a
 * transaction: only the handle has a raw client). On PostgreSQL the chunks come as they stream in,
 * on its own pooled connection; PGlite hands over the whole text at once.
 */
export async function copyOut(db: Db, select: string, onChunk: (bytes: Uint8Array) => void): Promise<void> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    const conn = await client.connect();
    try {
      for await (const chunk of conn.query(copyTo(`copy (${select}) to stdout`))) onChunk(chunk as Buffer);
    } catch (e) {
      // A COPY broken off midway leaves the connection unusable: the pool must not hand it out again.
      conn.release(true);
      throw e;
    }
    conn.release();
  } else if (isPglite(client)) {
    const res = await client.query(`copy (${select}) to '/dev/blob'`);
    if (res.blob) onChunk(new Uint8Array(await res.blob.arrayBuffer()));
  } else {
    throw new Error('COPY uit de database: alleen met de databasehandle zelf, niet binnen een transactie');
  }
}

function isPglite(client: unknown): client is PGlite {
  return typeof client === 'object' && client !== null && 'dumpDataDir' in client && 'query' in client;
}

/** COPY text on its way into a table. */
export interface CopyIn {
  send(chunks: Buffer<ArrayBuffer>[]): Promise<void>;
  end(): Promise<void>;
  abort(): Promise<void>;
}

/** How much COPY text may wait unsent before `send` waits for the server to take it. */
const MAX_QUEUED_BYTES = 32 << 20;

/**
 * COPY into a table over the transaction's own connection; `statement` is `copy table (columns)
 * from` without its source, which depends on the driver. Drizzle keeps the raw client of a
 * transaction in `tx._.session.client` (private in its types, so reached by a cast here):
 * - PGlite: a PGlite Transaction; `query(sql, [], { blob })` serves the blob as `/dev/blob`. It
 *   runs in this thread, so nothing is gained by starting early: the chunks are kept until `end`.
 * - node-postgres: the PoolClient that holds the transaction; `COPY … FROM STDIN` through
 *   pg-copy-streams, started by the first chunk, so the server loads while the file is read.
 */
export function copyIn(tx: Db, statement: string): CopyIn {
  if (!is(tx, PgTransaction)) throw new Error('COPY naar een tabel hoort binnen een transactie te draaien');
  const session = tx._.session;
  const client = (session as unknown as { client?: unknown }).client;
  const copy = statement;
  if (is(session, PgliteSession)) {
    const kept: Buffer<ArrayBuffer>[] = [];
    return {
      send: async (chunks) => void kept.push(...chunks),
      end: async () => {
        if (kept.length > 0) await (client as PgliteTransaction).query(`${copy} '/dev/blob'`, [], { blob: new Blob(kept) });
      },
      abort: async () => void kept.splice(0),
    };
  }
  if (is(session, NodePgSession) && client instanceof pg.Client) return streamCopy(client, `${copy} stdin`);
  throw new Error('COPY: onbekend databasestuurprogramma');
}

function streamCopy(client: pg.Client, text: string): CopyIn {
  let stream: ReturnType<typeof copyFrom> | null = null;
  // An error from the server arrives as an event between sends; it is thrown by the next call.
  let failure: unknown = null;
  const open = () => {
    if (stream) return stream;
    const s = client.query(copyFrom(text));
    s.on('error', (e) => (failure ??= e));
    stream = s;
    return s;
  };
  return {
    async send(chunks) {
      const s = open();
      if (failure) throw failure;
      for (const c of chunks) s.write(c);
      // Wait for the server only when it is far behind; otherwise just let the socket write.
      if (s.writableLength > MAX_QUEUED_BYTES) await once(s, 'drain');
      else await new Promise((resolve) => setImmediate(resolve));
    },
    async end() {
      if (!stream) return;
      if (failure) throw failure;
      stream.end();
      await finished(stream);
    },
    async abort() {
      if (!stream || failure) return;
      // CopyFail: the server ends the COPY with an error, which ends the stream.
      stream.destroy(new Error('import afgebroken: het bestand bevat fouten'));
      await finished(stream).catch(() => undefined);
    },
  };
}
