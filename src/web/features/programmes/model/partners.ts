import { partnerLabel, type Effort, type OrganisationRef } from '../api/types';

export interface PartnerOption {
  /** `org:<uuid>` or `group:<name>`. */
  value: string;
  label: string;
}

/**
 * Everyone who can hold an effort in this programme: its partner organisations (in their order),
 * then groups and other organisations that already have an effort, by name.
 */
export function partnerOptions(partners: OrganisationRef[], efforts: Effort[]): PartnerOption[] {
  const out = new Map<string, string>(partners.map((o) => [`org:${o.id}`, o.name]));
  const extra = new Map<string, string>();
  for (const e of efforts) if (!out.has(e.partnerKey)) extra.set(e.partnerKey, partnerLabel(e.partner));
  const sorted = [...extra].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  return [...out, ...sorted].map(([value, label]) => ({ value, label }));
}
