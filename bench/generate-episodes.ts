/**
 * Benchmark data: a deterministic, clearly synthetic set of care episodes in the monitor's CSV
 * format (client,gemeente,aanbieder,product,start,einde,reden_einde,pgb), streamed to a file.
 * Default: 1,000,000 episodes over 355 municipalities and 200 providers, starts 2015–2025,
 * about 30% still open, 10 end-reason codes.
 *
 *   node --import tsx bench/generate-episodes.ts --episodes 1000000 --out /tmp/episodes.csv
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { seededRandom, type Random } from '../seeds/random';

export interface GenerateOptions {
  episodes: number;
  municipalities?: number;
  providers?: number;
  seed?: number;
}

export interface GenerateResult {
  episodes: number;
  clients: number;
  open: number;
  bytes: number;
}

export const CSV_HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb';

/** The 10 WMO588 end reasons of iWmo 3.2 used here, with a plausible mix; 20 is a temporary stop. */
export const BENCH_REASONS = ['02', '19', '20', '21', '22', '23', '31', '36', '38', '39'] as const;
const REASON_WEIGHTS = [4, 38, 12, 9, 6, 10, 6, 4, 6, 5];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

const isoCache = new Map<number, string>();
function iso(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** Synthetic 4-digit municipality codes (not real CBS codes: this is benchmark data). */
export function benchMunicipalities(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(1001 + i * 7).padStart(4, '0'));
}

/** Synthetic 8-digit AGB-like provider codes. */
export function benchProviders(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(98_000_001 + i * 13));
}

interface World {
  gemeenten: string[];
  gemeenteWeights: number[];
  /** Per municipality: the providers that serve it (a few regional, one or two national). */
  served: string[][];
}

function buildWorld(rnd: Random, municipalities: number, providers: number): World {
  const gemeenten = benchMunicipalities(municipalities);
  const aanbieders = benchProviders(providers);
  // Skewed sizes like real municipalities: a few large cities, a long tail of small ones.
  const gemeenteWeights = gemeenten.map((_, i) => 1 / Math.pow(i + 1, 0.8));
  const served = gemeenten.map((_, i) => {
    const regional = Math.floor((i / municipalities) * providers);
    const set = new Set<string>();
    for (let k = 0; k < 6; k++) set.add(aanbieders[(regional + k * 3) % providers] ?? '');
    set.add(rnd.pick(aanbieders));
    return [...set];
  });
  return { gemeenten, gemeenteWeights, served };
}

/** Writes the CSV; resolves when the file is flushed. */
export async function generateEpisodes(path: string, opts: GenerateOptions): Promise<GenerateResult> {
  const rnd = seededRandom(opts.seed ?? 20_240_101);
  const world = buildWorld(rnd, opts.municipalities ?? 355, opts.providers ?? 200);
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chunk = CSV_HEADER + '\n';
  let bytes = 0;
  let written = 0;
  let clients = 0;
  let open = 0;

  const flush = async (force: boolean) => {
    if (!force && chunk.length < 1 << 16) return;
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  };

  while (written < opts.episodes) {
    clients++;
    const client = `bench-${clients.toString(36).padStart(6, '0')}`;
    const gemeente = rnd.weighted(world.gemeenten, world.gemeenteWeights);
    const gi = world.gemeenten.indexOf(gemeente);
    const aanbieders = world.served[gi] ?? [];
    const bw = rnd.chance(0.6);
    const pgb = bw && rnd.chance(0.08) ? 'ja' : 'nee';
    let aanbieder = rnd.pick(aanbieders);
    let start = rnd.int(FIRST_DAY, LAST_DAY);
    // A chain of episodes for one client: a temporary stop (20) or a switch of provider is followed by a new episode.
    for (;;) {
      if (written >= opts.episodes) break;
      const product = bw ? 'BW' : rnd.chance(0.15) ? 'BW' : 'MO';
      const days = Math.max(1, Math.round(rnd.logNormal(product === 'BW' ? 420 : 75, 1.0)));
      const end = start + days - 1;
      const isOpen = end > LAST_DAY || rnd.chance(0.2);
      written++;
      if (isOpen) {
        open++;
        chunk += `${client},${gemeente},${aanbieder},${product},${iso(start)},,,${pgb}\n`;
        await flush(false);
        break;
      }
      const reden = rnd.weighted(BENCH_REASONS, REASON_WEIGHTS);
      chunk += `${client},${gemeente},${aanbieder},${product},${iso(start)},${iso(end)},${reden},${pgb}\n`;
      await flush(false);
      const next = reden === '20' ? 0.95 : reden === '38' ? 0.9 : reden === '02' ? 0 : 0.3;
      if (!rnd.chance(next)) break;
      if (reden === '38') aanbieder = rnd.pick(aanbieders);
      start = end + (reden === '20' ? rnd.int(2, 40) : rnd.int(1, 400));
      if (start > LAST_DAY) break;
    }
  }
  await flush(true);
  out.end();
  await once(out, 'finish');
  return { episodes: written, clients, open, bytes };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const episodes = Number(argValue(args, '--episodes') ?? 1_000_000);
  const out = argValue(args, '--out') ?? 'episodes.csv';
  const t0 = performance.now();
  const r = await generateEpisodes(out, { episodes });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${r.episodes} episodes (${r.clients} cliënten, ${((100 * r.open) / r.episodes).toFixed(1)}% open) → ${out} in ${s} s`);
}
