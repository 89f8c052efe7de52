/**
 * An independent reference for the monitor definitions (issue 6), for tests only. It walks
 * calendar days one by one instead of using interval arithmetic or SQL, so it shares no logic
 * with the engine.
 */
export interface OracleEpisode {
  client: string;
  gemeente: string;
  aanbieder: string;
  product: 'BW' | 'MO';
  start: string;
  einde: string | null;
  reden: string | null;
  pgb: boolean;
}

export interface OracleCapacity {
  aanbieder: string;
  product: '' | 'BW' | 'MO';
  van: string;
  tot: string | null;
  plaatsen: number;
}

export interface OracleFigures {
  in_zorg: number;
  instroom: number;
  uitstroom: number;
  zorgdagen: number;
  gemiddelde_bezetting: number;
  bezettingsgraad: number | null;
  doorlooptijd_mediaan: number | null;
  doorlooptijd_gemiddeld: number | null;
  redenen_einde: Record<string, number>;
  pgb: number;
}

function* days(from: string, to: string): Generator<string> {
  const d = new Date(`${from}T12:00:00Z`);
  for (;;) {
    const s = d.toISOString().slice(0, 10);
    if (s > to) return;
    yield s;
    d.setUTCDate(d.getUTCDate() + 1);
  }
}

function dayCount(from: string, to: string): number {
  let n = 0;
  for (const _ of days(from, to)) n += 1;
  return n;
}

export function oracleFigures(
  eps: readonly OracleEpisode[],
  ps: string,
  pe: string,
  capacity: readonly OracleCapacity[] | null,
): OracleFigures {
  const periodDays = [...days(ps, pe)];
  const inZorg = new Set<string>();
  const instroom = new Set<string>();
  const uitstroom = new Set<string>();
  const pgb = new Set<string>();
  const durations: number[] = [];
  const redenen: Record<string, number> = {};
  let zorgdagen = 0;
  for (const e of eps) {
    const last = e.einde ?? '9999-12-31';
    let overlap = 0;
    for (const d of periodDays) if (d >= e.start && d <= last) overlap += 1;
    if (overlap === 0) continue;
    zorgdagen += overlap;
    inZorg.add(e.client);
    if (e.pgb) pgb.add(e.client);
    if (periodDays.includes(e.start)) instroom.add(e.client);
    if (e.einde && periodDays.includes(e.einde)) {
      const code = e.reden ?? '';
      redenen[code] = (redenen[code] ?? 0) + 1;
      if (code !== '20') {
        uitstroom.add(e.client);
        durations.push(dayCount(e.start, e.einde) - 1);
      }
    }
  }
  durations.sort((a, b) => a - b);
  const n = durations.length;
  const median = n === 0 ? null : n % 2 === 1 ? (durations[(n - 1) / 2] ?? 0) : ((durations[n / 2 - 1] ?? 0) + (durations[n / 2] ?? 0)) / 2;
  const mean = n === 0 ? null : durations.reduce((a, b) => a + b, 0) / n;
  let placeDays = 0;
  for (const c of capacity ?? []) {
    for (const d of periodDays) if (d >= c.van && d <= (c.tot ?? '9999-12-31')) placeDays += c.plaatsen;
  }
  return {
    in_zorg: inZorg.size,
    instroom: instroom.size,
    uitstroom: uitstroom.size,
    zorgdagen,
    gemiddelde_bezetting: Math.round((zorgdagen / periodDays.length) * 100) / 100,
    bezettingsgraad: capacity && placeDays > 0 ? Math.round((zorgdagen / placeDays) * 10000) / 10000 : null,
    doorlooptijd_mediaan: median,
    doorlooptijd_gemiddeld: mean,
    redenen_einde: redenen,
    pgb: pgb.size,
  };
}

export function toCsv(eps: readonly OracleEpisode[]): string {
  const lines = ['client,gemeente,aanbieder,product,start,einde,reden_einde,pgb'];
  for (const e of eps)
    lines.push([e.client, e.gemeente, e.aanbieder, e.product, e.start, e.einde ?? '', e.reden ?? '', e.pgb ? 'ja' : 'nee'].join(','));
  return `${lines.join('\n')}\n`;
}
