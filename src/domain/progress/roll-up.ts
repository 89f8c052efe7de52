import { DomainError } from '../shared/errors';
import { STATUS_SEVERITY, type ProgressStatus } from './status';

/**
 * How a parent's status and percent follow from its children. Each programme picks one status
 * rule and one percent rule; the rule and its outcome are explained in the UI ("uitleg").
 *
 * Status rules (children with status `vervallen` never count; children without an update are
 * named in the explanation but cannot decide the status):
 * - `slechtste` (worst-of): any rood → rood; else any oranje → oranje; else all afgerond →
 *   afgerond; else all niet gestart → niet gestart; else (under way, nothing worrying) → groen.
 * - `meerderheid`: the status most children have; a tie goes to the worse status.
 *
 * Percent rules (over children that are not vervallen and report a percent):
 * - `gewogen-gemiddelde`: Σ weight × percent / Σ weight, rounded half up to a whole percent.
 *   Weights are ≥ 0 with at most two decimals, and not all zero.
 * - `gemiddelde`: the same with every weight 1.
 * - `geen`: the programme derives no percent.
 */
export const STATUS_RULES = ['slechtste', 'meerderheid'] as const;
export type StatusRule = (typeof STATUS_RULES)[number];
export const PERCENT_RULES = ['gewogen-gemiddelde', 'gemiddelde', 'geen'] as const;
export type PercentRule = (typeof PERCENT_RULES)[number];

export interface RollUpRule {
  status: StatusRule;
  percent: PercentRule;
}

export const DEFAULT_RULE: RollUpRule = { status: 'slechtste', percent: 'gewogen-gemiddelde' };

export interface RollUpChild {
  id: string;
  /** The child's effective status; null when nobody reported on it yet. */
  status: ProgressStatus | null;
  /** Whole percent 0–100, or null when not reported. */
  percent: number | null;
  /** Weight within its parent (default 1). */
  weight: number;
}

export interface RollUpExplanation {
  statusRule: StatusRule;
  percentRule: PercentRule;
  /** Children whose status counted. */
  counted: string[];
  excludedVervallen: string[];
  withoutStatus: string[];
  /** The children that decided the status (e.g. the red ones under `slechtste`). */
  decisive: string[];
  /** Children in the percent and the weight each had. */
  percentBasis: { id: string; percent: number; weight: number }[];
  /** Children that are not vervallen but report no percent. */
  withoutPercent: string[];
}

export interface RollUpResult {
  status: ProgressStatus | null;
  percent: number | null;
  explanation: RollUpExplanation;
}

/** Weight in hundredths, exact; throws a Dutch error naming the child when the weight is invalid. */
export function weightHundredths(childId: string, weight: number): number {
  const scaled = Math.round(weight * 100);
  if (!Number.isFinite(weight) || weight < 0 || Math.abs(weight * 100 - scaled) > 1e-6 || scaled > 100_000_000) {
    throw new DomainError('VALIDATION_FAILED', `Ongeldig gewicht ${weight} voor element '${childId}'.`, [
      { field: 'gewicht', reason: 'Een gewicht is een getal van 0 of meer met hoogstens twee decimalen.', childId },
    ]);
  }
  return scaled;
}

/** Check every weight of a parent's children before they are stored or used. */
export function assertValidWeights(children: readonly { id: string; weight: number; status?: ProgressStatus | null }[]): void {
  const counted = children.filter((c) => c.status !== 'vervallen');
  const hundredths = counted.map((c) => weightHundredths(c.id, c.weight));
  if (counted.length > 0 && hundredths.every((w) => w === 0)) {
    throw new DomainError('VALIDATION_FAILED', 'De gewichten van de elementen zijn samen 0: een gewogen gemiddelde kan dan niet.', [
      { field: 'gewicht', reason: 'Minstens één element dat meetelt heeft een gewicht groter dan 0.' },
    ]);
  }
}

function worstOf(children: RollUpChild[]): { status: ProgressStatus; decisive: string[] } {
  const ids = (s: ProgressStatus) => children.filter((c) => c.status === s).map((c) => c.id);
  if (ids('rood').length > 0) return { status: 'rood', decisive: ids('rood') };
  if (ids('oranje').length > 0) return { status: 'oranje', decisive: ids('oranje') };
  const all = children.map((c) => c.id);
  if (ids('afgerond').length === children.length) return { status: 'afgerond', decisive: all };
  if (ids('niet-gestart').length === children.length) return { status: 'niet-gestart', decisive: all };
  return { status: 'groen', decisive: children.filter((c) => c.status !== 'niet-gestart').map((c) => c.id) };
}

function majority(children: RollUpChild[]): { status: ProgressStatus; decisive: string[] } {
  const byStatus = new Map<ProgressStatus, string[]>();
  for (const c of children) if (c.status) byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), c.id]);
  let best: [ProgressStatus, string[]] | null = null;
  for (const entry of byStatus) {
    if (
      !best ||
      entry[1].length > best[1].length ||
      (entry[1].length === best[1].length && STATUS_SEVERITY[entry[0]] < STATUS_SEVERITY[best[0]])
    ) {
      best = entry;
    }
  }
  if (!best) throw new Error('majority of no children');
  return { status: best[0], decisive: best[1] };
}

/** Derive a parent's status and percent from its children under `rule`, with the explanation. */
export function rollUp(children: readonly RollUpChild[], rule: RollUpRule): RollUpResult {
  const active = children.filter((c) => c.status !== 'vervallen');
  const excludedVervallen = children.filter((c) => c.status === 'vervallen').map((c) => c.id);
  const withStatus = active.filter((c) => c.status !== null);
  const explanation: RollUpExplanation = {
    statusRule: rule.status,
    percentRule: rule.percent,
    counted: withStatus.map((c) => c.id),
    excludedVervallen,
    withoutStatus: active.filter((c) => c.status === null).map((c) => c.id),
    decisive: [],
    percentBasis: [],
    withoutPercent: active.filter((c) => c.percent === null).map((c) => c.id),
  };

  let status: ProgressStatus | null = null;
  if (withStatus.length > 0) {
    const decided = rule.status === 'slechtste' ? worstOf(withStatus) : majority(withStatus);
    status = decided.status;
    explanation.decisive = decided.decisive;
  } else if (children.length > 0 && active.length === 0) {
    status = 'vervallen';
    explanation.decisive = excludedVervallen;
  }

  let percent: number | null = null;
  if (rule.percent !== 'geen') {
    if (rule.percent === 'gewogen-gemiddelde') assertValidWeights(active);
    let numerator = 0;
    let denominator = 0;
    for (const c of active) {
      if (c.percent === null) continue;
      if (!Number.isInteger(c.percent) || c.percent < 0 || c.percent > 100) {
        throw new DomainError('VALIDATION_FAILED', `Ongeldig percentage ${c.percent} voor element '${c.id}'.`, [
          { field: 'percentage', reason: 'Een percentage is een heel getal van 0 tot en met 100.', childId: c.id },
        ]);
      }
      const w = rule.percent === 'gemiddelde' ? 100 : weightHundredths(c.id, c.weight);
      explanation.percentBasis.push({ id: c.id, percent: c.percent, weight: w / 100 });
      numerator += w * c.percent;
      denominator += w;
    }
    // Integer arithmetic, rounded half up: the same inputs always give the same whole percent.
    if (denominator > 0) percent = Math.floor((2 * numerator + denominator) / (2 * denominator));
  }
  return { status, percent, explanation };
}
