import type { ErrorDetail } from '../shared/errors';
import { LIMITS } from '../shared/limits';
import { isServiceKind, type ServiceKind, type WithoutReferral } from './vocabulary';

/**
 * A service (voorziening) on the social map, as people enter it. Texts are plain text (no markup),
 * so the search helper can index them as they are. The provider is an organisation in Regietafel
 * or, when it is not one, a name as free text (never both).
 */
export interface ServiceFields {
  name: string;
  kind: ServiceKind;
  description: string | null;
  targetGroup: string | null;
  providerOrganisationId: string | null;
  providerName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  openingHours: string | null;
  /** Accessible without referral or indication: true, false, or null = unknown. */
  withoutReferral: WithoutReferral;
  waitingTimeNote: string | null;
  /** The gemeenten (organisation ids) the service is for: at least one. */
  municipalityIds: string[];
  published: boolean;
  /** Details (address, hours, contact) made up for the demo: shown as such. */
  isDemo: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s/]+\.[^\s]+$/i;
const PHONE = /^[+0-9 ()\-/]{3,}$/;

/** Text fields with their limit; empty text is stored as null. */
const TEXT_LIMITS = {
  name: LIMITS.title,
  description: LIMITS.text,
  targetGroup: LIMITS.title,
  providerName: LIMITS.title,
  address: LIMITS.title,
  phone: LIMITS.short,
  email: LIMITS.short,
  website: LIMITS.short,
  openingHours: LIMITS.title,
  waitingTimeNote: LIMITS.title,
} as const;

/** Empty and blank text become null; other text is trimmed. */
export function cleanText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  return t === '' ? null : t;
}

/** A website written without scheme ("www.x.nl") gets https://; everything else stays as written. */
export function normaliseWebsite(text: string | null): string | null {
  if (text === null) return null;
  return /^www\./i.test(text) ? `https://${text}` : text;
}

/**
 * Every problem with a service's fields (field names as in the API; Dutch reasons). Pure: whether the
 * municipalities and the provider exist is the service's question.
 */
export function checkServiceFields(f: ServiceFields): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (f.name.trim() === '') problems.push({ field: 'name', reason: 'de naam is verplicht' });
  if (!isServiceKind(f.kind)) problems.push({ field: 'kind', reason: `onbekende soort '${String(f.kind)}'` });
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const v = f[field as keyof typeof TEXT_LIMITS];
    if (v !== null && v.length > max) problems.push({ field, reason: `hoogstens ${max.toLocaleString('nl-NL')} tekens` });
  }
  if (f.providerOrganisationId !== null && f.providerName !== null)
    problems.push({ field: 'providerName', reason: 'kies een organisatie óf typ een naam, niet allebei' });
  if (f.email !== null && !EMAIL.test(f.email)) problems.push({ field: 'email', reason: `'${f.email}' is geen e-mailadres` });
  if (f.website !== null && !WEBSITE.test(f.website))
    problems.push({ field: 'website', reason: `'${f.website}' is geen webadres (begin met https:// of www.)` });
  if (f.phone !== null && !PHONE.test(f.phone))
    problems.push({ field: 'phone', reason: `'${f.phone}' is geen telefoonnummer (cijfers, spaties, +, -, haakjes)` });
  if (f.municipalityIds.length === 0) problems.push({ field: 'municipalityIds', reason: 'kies minstens één gemeente' });
  if (new Set(f.municipalityIds).size !== f.municipalityIds.length)
    problems.push({ field: 'municipalityIds', reason: 'een gemeente staat er twee keer in' });
  return problems;
}

/** Dutch field names, for messages and the import's columns. */
export const SERVICE_FIELD_LABELS: Record<keyof ServiceFields, string> = {
  name: 'Naam',
  kind: 'Soort',
  description: 'Omschrijving',
  targetGroup: 'Doelgroep',
  providerOrganisationId: 'Aanbieder',
  providerName: 'Aanbieder',
  address: 'Adres',
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  openingHours: 'Openingstijden',
  withoutReferral: 'Zonder verwijzing',
  waitingTimeNote: 'Wachttijd',
  municipalityIds: 'Gemeenten',
  published: 'Gepubliceerd',
  isDemo: 'Demo',
};

/** True when two services' fields say the same (municipalities in any order). */
export function sameServiceFields(a: ServiceFields, b: ServiceFields): boolean {
  const keys = Object.keys(SERVICE_FIELD_LABELS) as (keyof ServiceFields)[];
  return keys.every((k) => {
    if (k === 'municipalityIds') return [...a.municipalityIds].sort().join() === [...b.municipalityIds].sort().join();
    return a[k] === b[k];
  });
}
