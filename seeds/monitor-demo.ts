/**
 * Demo care episodes for the regional monitor (issue 6): clearly synthetic (pseudonyms `demo-…`,
 * providers named "Demo-aanbieder …"), deterministic (fixed seed), and plausible in size for the
 * 14 municipalities of Noord- en Midden-Limburg and the 6 of Flevoland. Produces the three CSV
 * files an analyst would import: the region register, the capacity register and the episodes.
 */
import { seededRandom, type Random } from './random';

export interface DemoMunicipality {
  gemeente: string;
  naam: string;
  regio: 'NML' | 'FLE';
  /** Inhabitants, only used to size the synthetic numbers (see shared/reference/domain-facts.md). */
  inwoners: number;
}

export const DEMO_REGIONS = { NML: 'Noord- en Midden-Limburg', FLE: 'Flevoland' } as const;

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  { gemeente: '0889', naam: 'Beesel', regio: 'NML', inwoners: 13_422 },
  { gemeente: '0893', naam: 'Bergen (L.)', regio: 'NML', inwoners: 13_037 },
  { gemeente: '0907', naam: 'Gennep', regio: 'NML', inwoners: 17_953 },
  { gemeente: '1507', naam: 'Horst aan de Maas', regio: 'NML', inwoners: 44_821 },
  { gemeente: '1894', naam: 'Peel en Maas', regio: 'NML', inwoners: 45_534 },
  { gemeente: '0983', naam: 'Venlo', regio: 'NML', inwoners: 103_785 },
  { gemeente: '0984', naam: 'Venray', regio: 'NML', inwoners: 45_108 },
  { gemeente: '1711', naam: 'Echt-Susteren', regio: 'NML', inwoners: 32_041 },
  { gemeente: '1640', naam: 'Leudal', regio: 'NML', inwoners: 36_006 },
  { gemeente: '1641', naam: 'Maasgouw', regio: 'NML', inwoners: 24_406 },
  { gemeente: '0946', naam: 'Nederweert', regio: 'NML', inwoners: 17_492 },
  { gemeente: '1669', naam: 'Roerdalen', regio: 'NML', inwoners: 20_806 },
  { gemeente: '0957', naam: 'Roermond', regio: 'NML', inwoners: 60_743 },
  { gemeente: '0988', naam: 'Weert', regio: 'NML', inwoners: 50_079 },
  { gemeente: '0034', naam: 'Almere', regio: 'FLE', inwoners: 198_145 },
  { gemeente: '0995', naam: 'Lelystad', regio: 'FLE', inwoners: 76_792 },
  { gemeente: '0303', naam: 'Dronten', regio: 'FLE', inwoners: 40_592 },
  { gemeente: '0171', naam: 'Noordoostpolder', regio: 'FLE', inwoners: 46_439 },
  { gemeente: '0184', naam: 'Urk', regio: 'FLE', inwoners: 19_987 },
  { gemeente: '0050', naam: 'Zeewolde', regio: 'FLE', inwoners: 22_113 },
];

type Product = 'BW' | 'MO';

interface DemoProvider {
  naam: string;
  regio: 'NML' | 'FLE';
  products: Product[];
  weight: number;
}

const PROVIDERS: DemoProvider[] = [
  { naam: 'Demo-aanbieder Maasdal Wonen', regio: 'NML', products: ['BW'], weight: 5 },
  { naam: 'Demo-aanbieder Peelhuis', regio: 'NML', products: ['BW'], weight: 3 },
  { naam: 'Demo-aanbieder Roerstad Opvang', regio: 'NML', products: ['MO'], weight: 4 },
  { naam: 'Demo-aanbieder Kempen Onderdak', regio: 'NML', products: ['BW', 'MO'], weight: 2 },
  { naam: 'Demo-aanbieder Polderhuis', regio: 'FLE', products: ['BW'], weight: 4 },
  { naam: 'Demo-aanbieder Flevo Nachtopvang', regio: 'FLE', products: ['MO'], weight: 3 },
  { naam: 'Demo-aanbieder Lage Vaart Wonen', regio: 'FLE', products: ['BW', 'MO'], weight: 2 },
];

/**
 * The data ends on 31-12-2025: episodes running past it are open. BW starts from 2015 so the stock
 * has built up by the years the monitor shows; MO episodes are short and start from 2018.
 */
export const DEMO_LAST_DAY = '2025-12-31';

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface ProductProfile {
  firstDay: string;
  /** Relative inflow on a day: a slow rise for BW, a winter peak for MO (maximum 1). */
  intensity: (day: number) => number;
  /** Clients in care per 1,000 inhabitants (a steady state the generator aims for). */
  perThousand: number;
  /** Median and spread of the episode length in days (log-normal). */
  medianDays: number;
  sigma: number;
  reasons: readonly string[];
  weights: readonly number[];
  pgbShare: number;
}

const PROFILES: Record<Product, ProductProfile> = {
  BW: {
    firstDay: '2015-01-01',
    intensity: (day) => 0.7 + 0.3 * ((day - dayOf('2015-01-01')) / (dayOf(DEMO_LAST_DAY) - dayOf('2015-01-01'))),
    perThousand: 1.0,
    medianDays: 540,
    sigma: 0.8,
    reasons: ['02', '19', '20', '21', '22', '23', '31', '36', '38', '39'],
    weights: [4, 40, 8, 7, 4, 8, 6, 3, 8, 12],
    pgbShare: 0.12,
  },
  MO: {
    firstDay: '2018-01-01',
    intensity: (day) => 0.8 + 0.2 * Math.cos((2 * Math.PI * (day - dayOf('2018-01-15'))) / 365.25),
    perThousand: 0.25,
    medianDays: 80,
    sigma: 0.9,
    reasons: ['19', '20', '21', '22', '23', '31', '38', '39'],
    weights: [38, 6, 24, 8, 10, 6, 4, 4],
    pgbShare: 0,
  },
};

export interface DemoEpisode {
  client: string;
  gemeente: string;
  aanbieder: string;
  product: Product;
  start: string;
  einde: string | null;
  reden: string | null;
  pgb: boolean;
}

function providersFor(m: DemoMunicipality, product: Product): { names: string[]; weights: number[] } {
  const list = PROVIDERS.filter((p) => p.regio === m.regio && p.products.includes(product));
  return { names: list.map((p) => p.naam), weights: list.map((p) => p.weight) };
}

/** Every episode of the demo, in a fixed order. */
export function demoEpisodes(seed = 6): DemoEpisode[] {
  const rnd: Random = seededRandom(seed);
  const last = dayOf(DEMO_LAST_DAY);
  const episodes: DemoEpisode[] = [];
  let clientNo = 0;
  for (const m of DEMO_MUNICIPALITIES) {
    for (const product of ['BW', 'MO'] as const) {
      const profile = PROFILES[product];
      const first = dayOf(profile.firstDay);
      const providers = providersFor(m, product);
      const meanDays = profile.medianDays * Math.exp((profile.sigma * profile.sigma) / 2);
      // Inflow per day that keeps the stock near perThousand per 1,000 inhabitants.
      const perDay = ((m.inwoners / 1000) * profile.perThousand) / meanDays;
      const clients = Math.max(1, Math.round(0.85 * perDay * (last - first + 1)));
      for (let c = 0; c < clients; c++) {
        clientNo++;
        const client = `demo-${String(clientNo).padStart(5, '0')}`;
        const pgb = rnd.chance(profile.pgbShare);
        let aanbieder = rnd.weighted(providers.names, providers.weights);
        let start = rnd.int(first, last);
        while (!rnd.chance(profile.intensity(start))) start = rnd.int(first, last);
        for (;;) {
          const days = Math.max(1, Math.round(rnd.logNormal(profile.medianDays, profile.sigma)));
          const end = start + days;
          if (end > last) {
            episodes.push({ client, gemeente: m.gemeente, aanbieder, product, start: isoOf(start), einde: null, reden: null, pgb });
            break;
          }
          const reden = rnd.weighted(profile.reasons, profile.weights);
          episodes.push({ client, gemeente: m.gemeente, aanbieder, product, start: isoOf(start), einde: isoOf(end), reden, pgb });
          // A pause (20) is followed by a restart at the same provider; a switch (38) by a start elsewhere.
          if (reden !== '20' && reden !== '38') break;
          if (reden === '38' && providers.names.length > 1) {
            const others = providers.names.filter((n) => n !== aanbieder);
            aanbieder = rnd.pick(others);
          }
          start = end + (reden === '20' ? rnd.int(3, 45) : 1);
          if (start > last) break;
        }
      }
    }
  }
  return episodes;
}

const csv = (rows: (string | number)[][]) =>
  rows.map((r) => r.map((v) => (/[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\n') + '\n';

export function demoRegionCsv(): string {
  return csv([
    ['gemeente', 'gemeente_naam', 'regio', 'regio_naam'],
    ...DEMO_MUNICIPALITIES.map((m) => [m.gemeente, m.naam, m.regio, DEMO_REGIONS[m.regio]]),
  ]);
}

export function demoEpisodesCsv(episodes = demoEpisodes()): string {
  return csv([
    ['client', 'gemeente', 'aanbieder', 'product', 'start', 'einde', 'reden_einde', 'pgb'],
    ...episodes.map((e) => [e.client, e.gemeente, e.aanbieder, e.product, e.start, e.einde ?? '', e.reden ?? '', e.pgb ? 'ja' : 'nee']),
  ]);
}

/**
 * Places per provider and product in two contract periods (2018–2022 and from 2023), sized so the
 * occupancy lands near 90%: the mean daily occupancy of the demo episodes in each period / 0.9;
 * plus a row without product holding all the provider's places.
 */
export function demoCapacityCsv(episodes = demoEpisodes()): string {
  const periods = [
    { van: '2018-01-01', tot: '2022-12-31' },
    { van: '2023-01-01', tot: '' },
  ];
  const rows: (string | number)[][] = [['aanbieder', 'locatie', 'product', 'van', 'tot', 'plaatsen']];
  for (const p of PROVIDERS) {
    const total = new Map<string, number>();
    for (const product of p.products) {
      for (const period of periods) {
        // Measure over the last full year of the period, when the stock has built up.
        const ps = dayOf(period.tot === '' ? '2025-01-01' : '2022-01-01');
        const pe = ps + 364;
        let days = 0;
        for (const e of episodes) {
          if (e.aanbieder !== p.naam || e.product !== product) continue;
          const s = Math.max(dayOf(e.start), ps);
          const t = Math.min(e.einde ? dayOf(e.einde) : pe, pe);
          if (t >= s) days += t - s + 1;
        }
        const plaatsen = Math.max(1, Math.ceil(days / 365 / 0.9));
        rows.push([p.naam, '', product, period.van, period.tot, plaatsen]);
        total.set(period.van, (total.get(period.van) ?? 0) + plaatsen);
      }
    }
    // The register's row without product (all places of the provider) is what the totaal row uses.
    for (const period of periods) rows.push([p.naam, '', '', period.van, period.tot, total.get(period.van) ?? 0]);
  }
  return csv(rows);
}
