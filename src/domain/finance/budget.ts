/**
 * Budget lines (begrotingsregels): money for a node (or the programme as a whole) per year, money
 * stream and payer, with the amounts requested, granted and realised. An amount that is not known
 * is null, never 0; 0 is a fact ("nothing was granted").
 */

/** Money streams the seed programmes use (docs/finance.md); an installation may add its own. */
export const MONEY_STREAMS = [
  { key: 'wmo', label: 'Wmo' },
  { key: 'zvw', label: 'Zvw' },
  { key: 'wlz', label: 'Wlz' },
  { key: 'jeugdwet', label: 'Jeugdwet' },
  { key: 'participatiewet', label: 'Participatiewet' },
  { key: 'ambulantisering-ggz', label: 'Middelen ambulantisering ggz' },
  { key: 'mo-bw', label: 'MO/BW (centrumgemeente)' },
  { key: 'subsidie-zonmw-vws', label: 'Subsidie ZonMw/VWS' },
  { key: 'regiodeal', label: 'Regiodeal' },
  { key: 'provincie', label: 'Provincie' },
  { key: 'cofinanciering', label: 'Cofinanciering partners' },
  { key: 'eigen-middelen', label: 'Eigen middelen / burgerinitiatief' },
] as const;

export const BUDGET_STATUSES = ['aangevraagd', 'toegekend', 'gerealiseerd'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export const RECURRENCES = ['eenmalig', 'structureel'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export interface BudgetLine {
  id: string;
  nodeId: string | null;
  year: number | null;
  moneyStream: string;
  payerOrganisationId: string | null;
  recurrence: Recurrence;
  status: BudgetStatus;
  requestedCents: number | null;
  grantedCents: number | null;
  realisedCents: number | null;
  /** Outcome-based money: the criteria, and whether they were met (null = not yet judged). */
  condition: string | null;
  conditionMet: boolean | null;
}

export interface Amounts {
  /** Sum of the known amounts. */
  cents: number;
  /** Lines whose amount for this status is unknown: the total is then "at least". */
  unknown: number;
}

export type StatusAmounts = Record<BudgetStatus, Amounts>;

const AMOUNT_OF: Record<BudgetStatus, (l: BudgetLine) => number | null> = {
  aangevraagd: (l) => l.requestedCents,
  toegekend: (l) => l.grantedCents,
  gerealiseerd: (l) => l.realisedCents,
};

/**
 * Which amounts a line is expected to carry: a requested line only the request; a granted line
 * the request (if any) and the grant; a realised line all three. An amount past the line's status
 * is not counted as unknown, it simply does not apply yet.
 */
export function appliesTo(line: Pick<BudgetLine, 'status'>, status: BudgetStatus): boolean {
  return BUDGET_STATUSES.indexOf(status) <= BUDGET_STATUSES.indexOf(line.status);
}

export function emptyAmounts(): StatusAmounts {
  return { aangevraagd: { cents: 0, unknown: 0 }, toegekend: { cents: 0, unknown: 0 }, gerealiseerd: { cents: 0, unknown: 0 } };
}

/** Adds a line to running totals per status (requested / granted / realised). */
export function addLine(into: StatusAmounts, line: BudgetLine): StatusAmounts {
  for (const s of BUDGET_STATUSES) {
    if (!appliesTo(line, s)) continue;
    const v = AMOUNT_OF[s](line);
    if (v === null) into[s].unknown += 1;
    else into[s].cents += v;
  }
  return into;
}

export function totals(lines: readonly BudgetLine[]): StatusAmounts {
  return lines.reduce(addLine, emptyAmounts());
}

/** Check of a stated total (a funders' table "Totaal") against the sum of its lines. */
export interface FundingCheck {
  statedCents: number;
  linesCents: number;
  /** Lines without a known amount: the sum is a lower bound. */
  unknownLines: number;
  differenceCents: number;
}

export function checkFundingTotal(statedCents: number, lines: readonly BudgetLine[]): FundingCheck {
  // The best-known amount of a line: realised, else granted, else requested.
  let sum = 0;
  let unknown = 0;
  for (const l of lines) {
    const v = l.realisedCents ?? l.grantedCents ?? l.requestedCents;
    if (v === null) unknown += 1;
    else sum += v;
  }
  return { statedCents, linesCents: sum, unknownLines: unknown, differenceCents: statedCents - sum };
}
