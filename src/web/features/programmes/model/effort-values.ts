import type { EffortInput } from '../api/save-effort';
import type { Effort } from '../api/types';
import { NEW_GROUP, type EffortFormValues } from './validate';

export const EMPTY_EFFORT: EffortFormValues = { partner: '', group: '', text: '', geen: false };

/** The form's values for an existing effort: the edit form starts from what is stored. */
export function effortValues(e: Effort): EffortFormValues {
  return { partner: e.partnerKey, group: '', text: e.text ?? '', geen: e.geen };
}

/** The request body for the form's values; `goalIds` always starts with the node the form is on. */
export function effortInput(v: EffortFormValues, nodeId: string, alsoFor: readonly string[]): EffortInput {
  const partner =
    v.partner === NEW_GROUP
      ? { group: v.group.trim() }
      : v.partner.startsWith('org:')
        ? { organisationId: v.partner.slice('org:'.length) }
        : { group: v.partner.slice('group:'.length) };
  return { partner, goalIds: [nodeId, ...alsoFor.filter((id) => id !== nodeId)], text: v.geen ? null : v.text.trim(), geen: v.geen };
}
