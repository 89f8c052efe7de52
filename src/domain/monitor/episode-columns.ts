/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over typed arrays whose indexes are in range by construction */
import { dayNumber } from './periods';

/** `einde` of an open episode: later than any period end, so "runs to pe" needs no special case. */
export const OPEN_END = 2_147_483_647;

/**
 * All care episodes as columns (typed arrays, codes as indexes into small dictionaries), sorted by
 * client: the monitor engine counts distinct clients by looking only at the previous client.
 * A million episodes take about 20 MB here, against hundreds of MB as row objects.
 */
export interface EpisodeColumns {
  readonly size: number;
  /** Dense client number; the episodes of one client are adjacent. */
  readonly client: Int32Array;
  /** Index into `gemeenten` (CBS codes). */
  readonly gemeente: Int32Array;
  /** Index into `aanbieders`. */
  readonly aanbieder: Int32Array;
  /** 0 = BW, 1 = MO. */
  readonly product: Uint8Array;
  /** Day numbers (days since 1970-01-01). */
  readonly start: Int32Array;
  /** Day number, or OPEN_END. */
  readonly einde: Int32Array;
  /** Index into `reasons`, or -1 when there is none. */
  readonly reason: Int16Array;
  readonly pgb: Uint8Array;
  readonly gemeenten: readonly string[];
  readonly aanbieders: readonly string[];
  readonly reasons: readonly string[];
}

export const PRODUCT_INDEX: Readonly<Record<string, number>> = { BW: 0, MO: 1 };

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  code(v: string): number {
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.index.set(v, i);
    }
    return i;
  }
}

function grow<T extends Int32Array | Int16Array | Uint8Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

/** Collects episodes one by one (any order) and builds the client-sorted columns. */
export class EpisodeColumnsBuilder {
  private n = 0;
  private cap = 1024;
  private client = new Int32Array(this.cap);
  private gemeente = new Int32Array(this.cap);
  private aanbieder = new Int32Array(this.cap);
  private product = new Uint8Array(this.cap);
  private start = new Int32Array(this.cap);
  private einde = new Int32Array(this.cap);
  private reason = new Int16Array(this.cap);
  private pgb = new Uint8Array(this.cap);
  private readonly clients = new Map<string, number>();
  /** Clients numbered by the caller (`addCoded`): one more than the highest number seen. */
  private codedClients = 0;
  private readonly gemeenten = new Dictionary();
  private readonly aanbieders = new Dictionary();
  private readonly reasons = new Dictionary();

  /** Dates as day numbers (see `dayNumber`); `einde` null for an open episode. */
  addDays(
    client: string,
    gemeente: string,
    aanbieder: string,
    product: 'BW' | 'MO',
    start: number,
    einde: number | null,
    reason: string | null,
    pgb: boolean,
  ): void {
    if (this.n === this.cap) this.enlarge();
    const i = this.n++;
    let c = this.clients.get(client);
    if (c === undefined) {
      c = this.clients.size;
      this.clients.set(client, c);
    }
    this.client[i] = c;
    this.gemeente[i] = this.gemeenten.code(gemeente);
    this.aanbieder[i] = this.aanbieders.code(aanbieder);
    this.product[i] = product === 'MO' ? 1 : 0;
    this.start[i] = start;
    this.einde[i] = einde ?? OPEN_END;
    this.reason[i] = reason === null ? -1 : this.reasons.code(reason);
    this.pgb[i] = pgb ? 1 : 0;
  }

  /**
   * For a reader that numbers clients itself (dense from 0, e.g. in the order first seen) and codes
   * the dictionaries through `gemeenteCode`, `aanbiederCode` and `reasonCode`: no string per row.
   * `product` 0 = BW, 1 = MO; `einde` a day number or OPEN_END; `reason` -1 for none; `pgb` 0 or 1.
   * Not to be mixed with `addDays` in one builder (their client numbers would collide).
   */
  addCoded(
    client: number,
    gemeente: number,
    aanbieder: number,
    product: number,
    start: number,
    einde: number,
    reason: number,
    pgb: number,
  ): void {
    if (this.n === this.cap) this.enlarge();
    const i = this.n++;
    if (client >= this.codedClients) this.codedClients = client + 1;
    this.client[i] = client;
    this.gemeente[i] = gemeente;
    this.aanbieder[i] = aanbieder;
    this.product[i] = product;
    this.start[i] = start;
    this.einde[i] = einde;
    this.reason[i] = reason;
    this.pgb[i] = pgb;
  }

  gemeenteCode(v: string): number {
    return this.gemeenten.code(v);
  }

  aanbiederCode(v: string): number {
    return this.aanbieders.code(v);
  }

  reasonCode(v: string): number {
    return this.reasons.code(v);
  }

  /** Convenience for tests and small sets: dates as jjjj-mm-dd. */
  add(e: {
    client: string;
    gemeente: string;
    aanbieder: string;
    product: 'BW' | 'MO';
    start: string;
    einde: string | null;
    reden: string | null;
    pgb: boolean;
  }): void {
    this.addDays(
      e.client,
      e.gemeente,
      e.aanbieder,
      e.product,
      dayNumber(e.start),
      e.einde === null ? null : dayNumber(e.einde),
      e.reden,
      e.pgb,
    );
  }

  private enlarge(): void {
    this.cap *= 2;
    this.client = grow(this.client, (n) => new Int32Array(n));
    this.gemeente = grow(this.gemeente, (n) => new Int32Array(n));
    this.aanbieder = grow(this.aanbieder, (n) => new Int32Array(n));
    this.product = grow(this.product, (n) => new Uint8Array(n));
    this.start = grow(this.start, (n) => new Int32Array(n));
    this.einde = grow(this.einde, (n) => new Int32Array(n));
    this.reason = grow(this.reason, (n) => new Int16Array(n));
    this.pgb = grow(this.pgb, (n) => new Uint8Array(n));
  }

  /** Counting sort on the dense client number: O(n), stable. */
  build(): EpisodeColumns {
    const n = this.n;
    if (this.clients.size > 0 && this.codedClients > 0) throw new Error('EpisodeColumnsBuilder: addDays and addCoded in one builder');
    const clients = this.clients.size + this.codedClients;
    const first = new Int32Array(clients + 1);
    for (let i = 0; i < n; i++) first[this.client[i]! + 1]! += 1;
    for (let c = 0; c < clients; c++) first[c + 1]! += first[c]!;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[first[this.client[i]!]!++] = i;
    const pick = <T extends Int32Array | Int16Array | Uint8Array>(src: T, make: (n: number) => T): T => {
      const out = make(n);
      for (let k = 0; k < n; k++) out[k] = src[order[k]!]!;
      return out;
    };
    return {
      size: n,
      client: pick(this.client, (m) => new Int32Array(m)),
      gemeente: pick(this.gemeente, (m) => new Int32Array(m)),
      aanbieder: pick(this.aanbieder, (m) => new Int32Array(m)),
      product: pick(this.product, (m) => new Uint8Array(m)),
      start: pick(this.start, (m) => new Int32Array(m)),
      einde: pick(this.einde, (m) => new Int32Array(m)),
      reason: pick(this.reason, (m) => new Int16Array(m)),
      pgb: pick(this.pgb, (m) => new Uint8Array(m)),
      gemeenten: this.gemeenten.values,
      aanbieders: this.aanbieders.values,
      reasons: this.reasons.values,
    };
  }
}
