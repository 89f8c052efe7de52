import { SERVICE_KIND_INFO, withoutReferralLabel } from './vocabulary';
import type { ServiceMunicipality, ServiceView } from './responses';

/**
 * The columns of the social map's CSV and XLSX files, in order: the export writes exactly these
 * headers and the import reads them back (docs/social-map.md). `Dienst-id` is the key: a row with
 * the id of an existing service updates it, an empty one adds a new service. `Bijgewerkt` is written
 * for the reader and ignored on import.
 */
export const SOCIAL_MAP_COLUMNS = [
  { field: 'id', header: 'Dienst-id', aliases: ['dienst id', 'id', 'dienstid'] },
  { field: 'name', header: 'Naam', aliases: ['naam', 'naam voorziening', 'voorziening', 'dienst'] },
  { field: 'kind', header: 'Soort', aliases: ['soort', 'type', 'soort voorziening'] },
  { field: 'municipalities', header: 'Gemeenten', aliases: ['gemeenten', 'gemeente'] },
  { field: 'targetGroup', header: 'Doelgroep', aliases: ['doelgroep', 'voor wie'] },
  { field: 'provider', header: 'Aanbieder', aliases: ['aanbieder', 'organisatie', 'uitvoerder'] },
  { field: 'description', header: 'Omschrijving', aliases: ['omschrijving', 'beschrijving', 'toelichting'] },
  { field: 'address', header: 'Adres', aliases: ['adres', 'locatie'] },
  { field: 'phone', header: 'Telefoon', aliases: ['telefoon', 'telefoonnummer', 'tel'] },
  { field: 'email', header: 'E-mail', aliases: ['e mail', 'email', 'mail'] },
  { field: 'website', header: 'Website', aliases: ['website', 'url', 'web'] },
  { field: 'openingHours', header: 'Openingstijden', aliases: ['openingstijden', 'bereikbaarheid', 'open'] },
  {
    field: 'withoutReferral',
    header: 'Zonder verwijzing (ja/nee/onbekend)',
    aliases: ['zonder verwijzing', 'zonder verwijzing of indicatie', 'vrij toegankelijk'],
  },
  { field: 'waitingTimeNote', header: 'Wachttijd', aliases: ['wachttijd', 'wachttijden'] },
  { field: 'published', header: 'Gepubliceerd (ja/nee)', aliases: ['gepubliceerd', 'openbaar', 'publiek'] },
  { field: 'isDemo', header: 'Demo (ja/nee)', aliases: ['demo', 'voorbeeldgegevens'] },
  { field: 'updatedOn', header: 'Bijgewerkt', aliases: ['bijgewerkt', 'laatst bijgewerkt'] },
] as const;

export type SocialMapColumn = (typeof SOCIAL_MAP_COLUMNS)[number]['field'];

export const SOCIAL_MAP_HEADERS: string[] = SOCIAL_MAP_COLUMNS.map((c) => c.header);

/** "Venlo (0983)": a municipality as the file names it; the import reads the code, or the name alone. */
export function municipalityLabel(m: ServiceMunicipality): string {
  return m.cbsCode ? `${m.name} (${m.cbsCode})` : m.name;
}

/** One service as a row of the file, in SOCIAL_MAP_COLUMNS order (plain text; the writer neutralises formulas). */
export function serviceRow(s: ServiceView): string[] {
  const cell: Record<SocialMapColumn, string> = {
    id: s.id,
    name: s.name,
    kind: SERVICE_KIND_INFO[s.kind].nl,
    municipalities: s.municipalities.map(municipalityLabel).join('; '),
    targetGroup: s.targetGroup ?? '',
    provider: s.provider.name ?? '',
    description: s.description ?? '',
    address: s.address ?? '',
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    openingHours: s.openingHours ?? '',
    withoutReferral: withoutReferralLabel(s.withoutReferral),
    waitingTimeNote: s.waitingTimeNote ?? '',
    published: s.published ? 'ja' : 'nee',
    isDemo: s.isDemo ? 'ja' : 'nee',
    updatedOn: s.updatedOn,
  };
  return SOCIAL_MAP_COLUMNS.map((c) => cell[c.field]);
}

/** "Venlo (0983)" → { name: 'Venlo', code: '0983' }; "GM0983" and "0983" → code only; else a name. */
export function parseMunicipalityRef(text: string): { name: string | null; code: string | null } {
  const t = text.trim();
  const withCode = /^(.*?)\s*\(\s*(?:GM)?(\d{4})\s*\)$/i.exec(t);
  if (withCode) return { name: withCode[1]?.trim() || null, code: withCode[2] ?? null };
  const code = /^(?:GM)?(\d{4})$/i.exec(t);
  if (code) return { name: null, code: code[1] ?? null };
  return { name: t, code: null };
}

/** A cell listing municipalities: separated by ';', line breaks or ' / ' (a comma may sit inside a name). */
export function splitMunicipalities(text: string): string[] {
  return text
    .split(/[;\n]|\s\/\s/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
