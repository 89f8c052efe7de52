import type { ProgrammeDocumentInput } from '../../src/domain/programme/document';
import { demoReferenceData } from '../reference-data';
import { referenceRegions } from './regions';

export { municipalities, noordLimburg, middenLimburg, flevoland, groningen } from './municipalities';
export { inhabitants, provinceTotals2024 } from './inhabitants';
export { referenceOrganisations, otherOrganisations } from './organisations';
export { referenceRegions } from './regions';

type DocOrganisationInput = NonNullable<ProgrammeDocumentInput['organisations']>[number];
type DocRegionInput = NonNullable<ProgrammeDocumentInput['regions']>[number];

/**
 * Organisations as a programme document declares them, with CBS code and inhabitants. Built by the
 * same conversion loadDemo uses for the reference data (seeds/reference-data.ts), so a document
 * imported on its own stores exactly what the demo stores.
 */
export function documentOrganisations(keys: string[]): DocOrganisationInput[] {
  const all = demoReferenceData().organisations;
  return keys.map((k) => {
    const org = all.find((o) => o.key === k);
    if (!org) throw new Error(`seed: onbekende organisatie '${k}'`);
    return org;
  });
}

export function documentRegions(keys: string[]): DocRegionInput[] {
  return keys.map((k) => {
    const r = referenceRegions.find((x) => x.key === k);
    if (!r) throw new Error(`seed: onbekende regio '${k}'`);
    return { key: r.key, name: r.name, municipalities: [...r.municipalities] };
  });
}

export function regionMembers(key: string): string[] {
  const r = referenceRegions.find((x) => x.key === key);
  if (!r) throw new Error(`seed: onbekende regio '${key}'`);
  return [...r.municipalities];
}
