import type { DemoEpisode } from '../../seeds/monitor-demo';

/**
 * The monitor's figures for one period, recomputed with plain loops straight from the definitions
 * of issue 6 (not from the engine), for tests that check what the engine or the page shows.
 */
export interface ExpectedFigures {
  in_zorg: number;
  instroom: number;
  uitstroom: number;
  zorgdagen: number;
  pgb: number;
  redenen_einde: Record<string, number>;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

export function expectedFigures(episodes: DemoEpisode[], ps: string, pe: string): ExpectedFigures {
  const overlapping = episodes.filter((e) => e.start <= pe && (e.einde ?? pe) >= ps);
  const clients = (list: DemoEpisode[]) => new Set(list.map((e) => e.client)).size;
  const ending = overlapping.filter((e) => e.einde !== null && e.einde <= pe);
  const redenen: Record<string, number> = {};
  for (const e of ending) redenen[e.reden ?? ''] = (redenen[e.reden ?? ''] ?? 0) + 1;
  return {
    in_zorg: clients(overlapping),
    instroom: clients(overlapping.filter((e) => e.start >= ps)),
    uitstroom: clients(ending.filter((e) => e.reden !== '20')),
    zorgdagen: overlapping.reduce((sum, e) => {
      const from = e.start > ps ? e.start : ps;
      const to = e.einde !== null && e.einde < pe ? e.einde : pe;
      return sum + days(from, to) + 1;
    }, 0),
    pgb: clients(overlapping.filter((e) => e.pgb)),
    redenen_einde: redenen,
  };
}
