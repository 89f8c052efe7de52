import { DomainError, type ErrorDetail } from '../shared/errors';
import type { OverrideInput } from './evaluate-tree';

/** A reason must say something: at least this many characters after trimming. */
export const MIN_REASON_LENGTH = 10;

/**
 * An override replaces a derived value, so it is only for nodes that have children, it changes
 * the status, the percent or both, and it carries a written reason (the derived value stays visible).
 */
export function assertValidOverride(input: OverrideInput, ctx: { hasChildren: boolean }): OverrideInput {
  const details: ErrorDetail[] = [];
  if (!ctx.hasChildren)
    details.push({
      field: 'nodeId',
      reason: 'Alleen een afgeleide waarde (van een element met onderliggende elementen) kan worden overschreven.',
    });
  if (input.status === null && input.percent === null)
    details.push({ field: 'status', reason: 'Geef een status, een percentage of beide.' });
  if (input.percent !== null && (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)) {
    details.push({ field: 'percent', reason: 'Een percentage is een heel getal van 0 tot en met 100.' });
  }
  const reason = input.reason.trim();
  if (reason.length < MIN_REASON_LENGTH) {
    details.push({ field: 'reason', reason: `Licht de overschrijving toe in minstens ${MIN_REASON_LENGTH} tekens.` });
  }
  if (details.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `Overschrijving ongeldig: ${details.map((d) => d.reason).join(' ')}`, details);
  }
  return { ...input, reason };
}
