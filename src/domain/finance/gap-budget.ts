import type { GapBudget } from './overview';

/**
 * The gap analysis's "benodigd budget" as a budget line (issue 22). Each node with a filled-in budget
 * has exactly one line with origin 'hiaatanalyse', written with the gap analysis and by the data
 * migration 0009 (the same mapping in SQL):
 * - bedrag: requested = the amount, stream "benodigd volgens hiaatanalyse";
 * - onbekend: requested unknown (null, never 0), same stream;
 * - ander-fonds: requested unknown, the stream is the named fund ("ander fonds" when none is named).
 * Status aangevraagd, one-off, no year: the gap analysis states none of these.
 */
export const GAP_ORIGIN = 'hiaatanalyse';
export const GAP_STREAM = 'benodigd volgens hiaatanalyse';
const OTHER_FUND = 'ander fonds';

export interface GapBudgetInput {
  kind: 'bedrag' | 'onbekend' | 'ander-fonds';
  cents?: number | null;
  fund?: string | null;
  note?: string | null;
}

export interface GapLineFields {
  moneyStream: string;
  requestedCents: number | null;
  note: string | null;
}

export function gapBudgetLine(b: GapBudgetInput | null): GapLineFields | null {
  if (b === null) return null;
  if (b.kind === 'ander-fonds') return { moneyStream: b.fund?.trim() || OTHER_FUND, requestedCents: null, note: b.note ?? null };
  return { moneyStream: GAP_STREAM, requestedCents: b.kind === 'bedrag' ? (b.cents ?? null) : null, note: b.note ?? null };
}

/** The gap-analysis budget a line with origin 'hiaatanalyse' stands for (the column on the finance page). */
export function gapBudgetOfLine(line: { nodeId: string; moneyStream: string; requestedCents: number | null }): GapBudget {
  if (line.requestedCents !== null) return { nodeId: line.nodeId, kind: 'bedrag', cents: line.requestedCents };
  return { nodeId: line.nodeId, kind: line.moneyStream === GAP_STREAM ? 'onbekend' : 'ander-fonds', cents: null };
}
