import { scaledWeight, shareCosts, ShareError, WEIGHT_SCALE, type Party } from './share-costs';

/**
 * Distribution keys (verdeelsleutels) for a regional cost: by inhabitants of a chosen reference
 * year, in equal parts, by fixed weights, or by custom percentages (which must add up to 100).
 */
export const DISTRIBUTION_KEYS = ['inwoners', 'gelijk', 'gewichten', 'percentages'] as const;
export type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];

export interface SharingMunicipality {
  organisationId: string;
  name: string;
  cbsCode: string | null;
  /** Inhabitants in the reference year; null = unknown (never guessed). */
  inhabitants: number | null;
}

export interface SplitInput {
  totalCents: number;
  key: DistributionKey;
  municipalities: readonly SharingMunicipality[];
  /** Per organisation id: the weight or percentage as typed, for 'gewichten' and 'percentages'. */
  weights?: Readonly<Record<string, string>>;
  /** The year the inhabitants refer to, for the message when one is missing. */
  referenceYear?: number | null;
}

export interface SplitRow {
  organisationId: string;
  name: string;
  cbsCode: string | null;
  /** The weight used, as a decimal string (inhabitants, 1, the typed weight or percentage). */
  weight: string;
  cents: number;
}

export interface SplitProblem {
  field: string;
  reason: string;
}

export type SplitResult = { ok: true; rows: SplitRow[]; totalCents: number } | { ok: false; problems: SplitProblem[] };

/** Shares in whole cents that add up exactly to the total; see shareCosts for the tie-break. */
export function splitCost(input: SplitInput): SplitResult {
  const problems: SplitProblem[] = [];
  const parties: Party[] = [];
  for (const m of input.municipalities) {
    const weight = weightOf(input, m, problems);
    if (weight !== null) parties.push({ key: tieKey(m), weight });
  }
  if (input.key === 'percentages' && problems.length === 0) {
    const sum = parties.reduce((s, p) => s + p.weight, 0n);
    if (sum !== 100n * WEIGHT_SCALE)
      problems.push({ field: 'weights', reason: `de percentages tellen op tot ${formatScaled(sum)}%, niet tot 100%` });
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    const shares = new Map(shareCosts(input.totalCents, parties).map((s) => [s.key, s]));
    const rows = input.municipalities.map((m) => {
      const s = shares.get(tieKey(m));
      if (!s) throw new ShareError(`geen aandeel voor ${m.name}`);
      return {
        organisationId: m.organisationId,
        name: m.name,
        cbsCode: m.cbsCode,
        weight: displayWeight(input.key, s.weight),
        cents: s.cents,
      };
    });
    return { ok: true, rows, totalCents: input.totalCents };
  } catch (e) {
    if (e instanceof ShareError) return { ok: false, problems: [{ field: 'weights', reason: e.message }] };
    throw e;
  }
}

/** Ties are broken by CBS code where there is one (stable across installations), else the id. */
const tieKey = (m: SharingMunicipality) => m.cbsCode ?? m.organisationId;

function weightOf(input: SplitInput, m: SharingMunicipality, problems: SplitProblem[]): bigint | null {
  switch (input.key) {
    case 'gelijk':
      return 1n;
    case 'inwoners':
      if (m.inhabitants === null) {
        problems.push({
          field: `inwoners.${m.name}`,
          reason: `het inwonertal van ${m.name} in ${input.referenceYear ? `peiljaar ${input.referenceYear}` : 'het peiljaar'} is onbekend`,
        });
        return null;
      }
      return BigInt(m.inhabitants);
    case 'gewichten':
    case 'percentages': {
      const typed = input.weights?.[m.organisationId];
      const w = typed === undefined ? null : scaledWeight(typed);
      if (w === null) {
        problems.push({
          field: `weights.${m.name}`,
          reason:
            typed === undefined
              ? `geen ${input.key === 'gewichten' ? 'gewicht' : 'percentage'} voor ${m.name}`
              : `'${typed}' is geen getal (bijv. 12,5)`,
        });
        return null;
      }
      return w;
    }
  }
}

function displayWeight(key: DistributionKey, weight: bigint): string {
  return key === 'gewichten' || key === 'percentages' ? formatScaled(weight) : weight.toString();
}

/** A weight at scale 10^6 as a short decimal: 12500000 → "12.5". */
function formatScaled(w: bigint): string {
  const whole = w / WEIGHT_SCALE;
  const frac = (w % WEIGHT_SCALE).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}
