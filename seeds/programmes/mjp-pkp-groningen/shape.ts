import type { DeadlineStruct, Step } from '../build';

/**
 * One DIN project of the MJP PKP as the appendices describe it: goal, the efforts of gemeenten,
 * Menzis and aanbieders, result, timeline, finance, general remarks and actions.
 * `menzis: 'geen'` is the document's explicit "Geen" — a fact, not an empty cell.
 */
export interface DinProject {
  code: string;
  title: string;
  description: string;
  doel: string;
  gemeenten: string;
  menzis: string | 'geen';
  aanbieders: string;
  resultaat: string;
  deadline: DeadlineStruct | null;
  /** Timeline steps in the document's words ("medio 2021"), at the coarsest grain that is certainly true. */
  tijdspad?: Step[];
  financien: string;
  /**
   * The extra money the project needs, as the document states it: an amount (0 for "Geen extra
   * financiering"), paid from another fund, or not known. Three different facts, never blank.
   */
  budget: { kind: 'bedrag'; cents: number } | { kind: 'ander-fonds'; fund: string } | { kind: 'onbekend' };
  algemeen?: string;
  acties: string[];
}
