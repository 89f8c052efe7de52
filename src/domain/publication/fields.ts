import { DomainError } from '../shared/errors';

/**
 * What a published programme shows to visitors without an account. The programme's title,
 * period, level names and its tree (codes and titles) are public once it is published; each of
 * these fields is published only when its beheerder ticks it. Persons (trekkers, members, authors
 * of updates) are never public: there is no field for them.
 */
export const PUBLICATION_FIELDS = [
  'programmeDescription',
  'nodeDescriptions',
  'statuses',
  'results',
  'attentionPoints',
  'milestones',
] as const;
export type PublicationField = (typeof PUBLICATION_FIELDS)[number];
export type PublicationFields = Record<PublicationField, boolean>;

/** Descriptions yes, points of attention only when chosen. */
export const DEFAULT_PUBLICATION_FIELDS: PublicationFields = {
  programmeDescription: true,
  nodeDescriptions: true,
  statuses: true,
  results: true,
  attentionPoints: false,
  milestones: true,
};

export const NOTHING_PUBLISHED: PublicationFields = {
  programmeDescription: false,
  nodeDescriptions: false,
  statuses: false,
  results: false,
  attentionPoints: false,
  milestones: false,
};

export const PUBLICATION_FIELD_LABELS: Record<PublicationField, string> = {
  programmeDescription: 'beschrijving van het programma',
  nodeDescriptions: 'beschrijvingen van de elementen',
  statuses: 'stoplichten en percentage gereed',
  results: 'behaalde resultaten',
  attentionPoints: 'aandachtspunten',
  milestones: 'mijlpalen',
};

/** Stored settings (possibly from an older version with fewer fields) as a complete record; unknown keys are dropped. */
export function normalisePublicationFields(stored: unknown): PublicationFields {
  const out = { ...NOTHING_PUBLISHED };
  if (stored && typeof stored === 'object') {
    for (const f of PUBLICATION_FIELDS) out[f] = (stored as Record<string, unknown>)[f] === true;
  }
  return out;
}

/** Input must name every field as true or false; anything else is refused with the field named. */
export function assertPublicationFields(input: Record<string, unknown>): PublicationFields {
  const details = [];
  for (const key of Object.keys(input)) {
    if (!(PUBLICATION_FIELDS as readonly string[]).includes(key))
      details.push({ field: key, reason: `'${key}' is geen publiceerbaar veld (personen worden nooit gepubliceerd).` });
  }
  for (const f of PUBLICATION_FIELDS) if (typeof input[f] !== 'boolean') details.push({ field: f, reason: 'Kies ja of nee.' });
  if (details.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Publicatie-instellingen ongeldig: ${details.map((d) => `${d.field}: ${d.reason}`).join(' ')}`,
      details,
    );
  return normalisePublicationFields(input);
}
