import { describe, expect, it } from 'vitest';
import { parseEpisodesCsv } from '../src/import/episodes/parse-episodes-csv';
import { parseCapacityCsv, parseRegionCsv } from '../src/import/episodes/parse-registers-csv';
import { DEMO_MUNICIPALITIES, demoCapacityCsv, demoEpisodes, demoEpisodesCsv, demoRegionCsv } from './monitor-demo';

const inCareOn = (day: string, gemeente: string, product: string) =>
  new Set(
    demoEpisodes()
      .filter((e) => e.gemeente === gemeente && e.product === product && e.start <= day && (e.einde === null || e.einde >= day))
      .map((e) => e.client),
  ).size;

describe('monitor demo data', () => {
  it('is the same on every run and clearly synthetic', () => {
    expect(demoEpisodesCsv()).toBe(demoEpisodesCsv());
    const episodes = demoEpisodes();
    expect(episodes.every((e) => /^demo-\d{5}$/.test(e.client) && e.aanbieder.startsWith('Demo-aanbieder '))).toBe(true);
  });

  it('passes the import checks of the engine without a single rejected row', () => {
    const episodes = parseEpisodesCsv(demoEpisodesCsv(), undefined);
    expect(episodes.errors).toEqual([]);
    expect(episodes.items).toHaveLength(demoEpisodes().length);
    expect(parseRegionCsv(demoRegionCsv()).items).toHaveLength(DEMO_MUNICIPALITIES.length);
    const capacity = parseCapacityCsv(demoCapacityCsv());
    expect(capacity.errors).toEqual([]);
    expect(capacity.items.every((c) => c.plaatsen > 0)).toBe(true);
  });

  it('has every municipality, ends, pauses and open episodes, and sizes that fit the municipality', () => {
    const episodes = demoEpisodes();
    expect(new Set(episodes.map((e) => e.gemeente)).size).toBe(DEMO_MUNICIPALITIES.length);
    expect(episodes.some((e) => e.einde === null)).toBe(true);
    expect(episodes.some((e) => e.reden === '20')).toBe(true);
    expect(episodes.every((e) => e.einde === null || e.einde >= e.start)).toBe(true);
    // About one BW client per 1,000 inhabitants: Venlo (~104,000) far above Bergen (~13,000).
    const venlo = inCareOn('2024-06-30', '0983', 'BW');
    const bergen = inCareOn('2024-06-30', '0893', 'BW');
    expect(venlo).toBeGreaterThan(60);
    expect(venlo).toBeLessThan(200);
    expect(bergen).toBeLessThan(venlo / 3);
  });
});
