import type { Count } from '../monitor/responses';
import type { CellStatus, Relation } from '../monitor/cell-bounds';
import { suppressCells } from '../monitor/suppression';

/**
 * Zelfredzaamheid-Matrix 2017 (GGD Amsterdam): 13 domains, each scored 1 (acute problematiek) to
 * 5 (volledig zelfredzaam); null = not scored. Source: shared/reference/domain-facts.md §2.
 */
export const ZRM_DOMAINS = [
  'Financiën',
  'Werk & opleiding',
  'Tijdsbesteding',
  'Huisvesting',
  'Huiselijke relaties',
  'Geestelijke gezondheid',
  'Lichamelijke gezondheid',
  'Middelengebruik',
  'Basale ADL',
  'Instrumentele ADL',
  'Sociaal netwerk',
  'Maatschappelijke participatie',
  'Justitie',
] as const;
export const ZRM_TOTAL = 'Totaalscore';

export type ZrmScores = readonly (number | null)[];

/** One assessment of one client by a provider; `client` is a pseudonym, never a name or BSN. */
export interface ZrmAssessment {
  client: string;
  provider: string;
  kind: 'start' | 'vervolg';
  date: string;
  scores: ZrmScores;
}

export interface ZrmPair {
  client: string;
  provider: string;
  start: ZrmScores;
  followUp: ZrmScores;
}

export function isValidZrmScores(scores: ZrmScores): boolean {
  return scores.length === ZRM_DOMAINS.length && scores.every((s) => s === null || (Number.isInteger(s) && s >= 1 && s <= 5));
}

/**
 * Pairs per client and provider: the earliest start assessment with the latest follow-up after it.
 * A client without both is not counted.
 */
export function pairAssessments(list: readonly ZrmAssessment[]): ZrmPair[] {
  const groups = new Map<string, ZrmAssessment[]>();
  for (const a of list) {
    const k = `${a.provider}\u0000${a.client}`;
    const g = groups.get(k) ?? [];
    g.push(a);
    groups.set(k, g);
  }
  const pairs: ZrmPair[] = [];
  for (const g of groups.values()) {
    const start = g.filter((a) => a.kind === 'start').sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (!start) continue;
    const follow = g
      .filter((a) => a.kind === 'vervolg' && a.date > start.date)
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .at(-1);
    if (!follow) continue;
    pairs.push({ client: start.client, provider: start.provider, start: start.scores, followUp: follow.scores });
  }
  return pairs;
}

export type ZrmChange = 'verbeterd' | 'gelijk' | 'verslechterd';

/** Change on one domain (null when either score is missing), or on the total over the domains scored both times. */
export function zrmChange(pair: ZrmPair, domainIndex: number | 'totaal'): ZrmChange | null {
  let a = 0;
  let b = 0;
  if (domainIndex === 'totaal') {
    let any = false;
    pair.start.forEach((s, i) => {
      const f = pair.followUp[i];
      if (s !== null && s !== undefined && f !== null && f !== undefined) {
        a += s;
        b += f;
        any = true;
      }
    });
    if (!any) return null;
  } else {
    const s = pair.start[domainIndex];
    const f = pair.followUp[domainIndex];
    if (s === null || s === undefined || f === null || f === undefined) return null;
    a = s;
    b = f;
  }
  return b > a ? 'verbeterd' : b < a ? 'verslechterd' : 'gelijk';
}

export interface ZrmRow {
  /** A provider (organisation id) or 'totaal'. */
  unit: string;
  domain: string;
  n: Count;
  verbeterd: Count;
  gelijk: Count;
  verslechterd: Count;
  /** Shares in percent (one decimal), null when the count behind it is hidden. */
  pctVerbeterd: number | null;
  pctGelijk: number | null;
  pctVerslechterd: number | null;
}

const FIELDS = ['verbeterd', 'gelijk', 'verslechterd'] as const;

/**
 * % improved / stable / declined per domain (and on the total score), per provider and in total.
 * With `threshold` the monitor's suppression applies: counts 1..threshold−1 read "<k", and cells that
 * would give them away through n = verbeterd + gelijk + verslechterd or total = Σ providers read "x";
 * a share is shown only when its count and n are shown. `threshold` null: raw counts.
 */
export function aggregateZrm(pairs: readonly ZrmPair[], listedProviders: readonly string[], threshold: number | null): ZrmRow[] {
  // Every provider with pairs is a part of the total, listed or not, so total = Σ providers holds.
  const providers = [...new Set([...listedProviders, ...pairs.map((p) => p.provider)])];
  const units = [...providers, 'totaal'];
  const domains: { label: string; index: number | 'totaal' }[] = [
    ...ZRM_DOMAINS.map((label, index) => ({ label, index })),
    { label: ZRM_TOTAL, index: 'totaal' as const },
  ];
  const values = new Map<string, number>();
  const key = (u: string, d: string, f: string) => `${u}|${d}|${f}`;
  for (const u of units) for (const d of domains) for (const f of [...FIELDS, 'n']) values.set(key(u, d.label, f), 0);
  for (const p of pairs) {
    for (const d of domains) {
      const c = zrmChange(p, d.index);
      if (c === null) continue;
      for (const u of [p.provider, 'totaal']) {
        if (!values.has(key(u, d.label, 'n'))) continue;
        values.set(key(u, d.label, c), (values.get(key(u, d.label, c)) ?? 0) + 1);
        values.set(key(u, d.label, 'n'), (values.get(key(u, d.label, 'n')) ?? 0) + 1);
      }
    }
  }
  let status = new Map<string, CellStatus>();
  if (threshold !== null) {
    const relations: Relation[] = [];
    for (const d of domains) {
      for (const u of units) relations.push({ total: key(u, d.label, 'n'), parts: FIELDS.map((f) => key(u, d.label, f)) });
      for (const f of [...FIELDS, 'n'])
        relations.push({ total: key('totaal', d.label, f), parts: providers.map((u) => key(u, d.label, f)) });
    }
    status = suppressCells(values, relations, threshold);
  }
  const rows: ZrmRow[] = [];
  for (const u of units) {
    for (const d of domains) {
      const get = (f: string) => values.get(key(u, d.label, f)) ?? 0;
      const st = (f: string): CellStatus => status.get(key(u, d.label, f)) ?? 'shown';
      const shown = (f: string): Count => (threshold === null || st(f) === 'shown' ? get(f) : get(f) < threshold ? `<${threshold}` : 'x');
      const n = get('n');
      const pct = (f: string) => (n > 0 && st(f) === 'shown' && st('n') === 'shown' ? Math.round((get(f) / n) * 1000) / 10 : null);
      rows.push({
        unit: u,
        domain: d.label,
        n: shown('n'),
        verbeterd: shown('verbeterd'),
        gelijk: shown('gelijk'),
        verslechterd: shown('verslechterd'),
        pctVerbeterd: pct('verbeterd'),
        pctGelijk: pct('gelijk'),
        pctVerslechterd: pct('verslechterd'),
      });
    }
  }
  return rows;
}
