/** The sizes of `npm run bench -- --scale small|region|national` (issue 24). */
export interface Scale {
  name: 'small' | 'region' | 'national';
  programmes: number;
  /** Nodes per programme; the board report and the UI are measured on the first programme. */
  nodes: number;
  kpiMeasurements: number;
  episodes: number;
  /** Episodes in the PGlite database that is backed up and restored (issue 25: 2,000,000). */
  backupEpisodes: number;
  /** Seconds of load per HTTP endpoint. */
  httpSeconds: number;
  connections: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  small: {
    name: 'small',
    programmes: 1,
    nodes: 200,
    kpiMeasurements: 500,
    episodes: 10_000,
    backupEpisodes: 10_000,
    httpSeconds: 2,
    connections: 64,
  },
  region: {
    name: 'region',
    programmes: 5,
    nodes: 2_000,
    kpiMeasurements: 10_000,
    episodes: 100_000,
    backupEpisodes: 2_000_000,
    httpSeconds: 5,
    connections: 64,
  },
  national: {
    name: 'national',
    programmes: 50,
    nodes: 2_000,
    kpiMeasurements: 100_000,
    episodes: 1_000_000,
    backupEpisodes: 2_000_000,
    httpSeconds: 10,
    connections: 64,
  },
};

export function scaleFromArgs(args: string[]): Scale {
  const i = args.indexOf('--scale');
  const name = i >= 0 ? args[i + 1] : 'small';
  const s = SCALES[name as Scale['name']];
  if (!s) throw new Error(`--scale moet small, region of national zijn, niet '${name ?? ''}'`);
  const num = (flag: string): number | undefined => {
    const j = args.indexOf(flag);
    return j >= 0 ? Number(args[j + 1]) : undefined;
  };
  return {
    ...s,
    programmes: num('--programmes') ?? s.programmes,
    nodes: num('--nodes') ?? s.nodes,
    episodes: num('--episodes') ?? s.episodes,
    backupEpisodes: num('--backup-episodes') ?? s.backupEpisodes,
    httpSeconds: num('--seconds') ?? s.httpSeconds,
  };
}
