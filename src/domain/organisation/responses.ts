/**
 * Response shapes of the reference-data API (organisations with their population, regions, persons, the CBS
 * population import): ONE source for the routes' validation and OpenAPI, the services' return types and the
 * organisation screens (z.infer below; the web imports the types only). See docs/ARCHITECTURE.md, "Response
 * shapes: one source".
 */
import { z } from 'zod';
import { OrgRefSchema } from '../programme/responses';

export const PopulationSchema = z.object({
  year: z.int(),
  inhabitants: z.int().nullable().describe('null = onbekend'),
  referenceDate: z.string().nullable(),
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  note: z.string().nullable(),
});

export const OrganisationSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    /** One of ORGANISATION_KINDS (domain/programme/vocabulary); the column is text, so the answer says string. */
    kind: z.string(),
    description: z.string().nullable(),
    /** Gemeente only: four digits ("0983"). */
    cbsCode: z.string().nullable(),
    population: z.array(PopulationSchema),
    memberIds: z.array(z.uuid()).describe('leden van een groep ("Groninger gemeenten" → de gemeenten)'),
    groupIds: z.array(z.uuid()).describe('de groepen waar deze organisatie lid van is'),
    version: z.int(),
  })
  .meta({ id: 'Organisation' });

export const OrganisationListSchema = z.object({ items: z.array(OrganisationSchema) });

export const CbsImportResultSchema = z.object({
  updated: z.int(),
  unknown: z.int(),
  years: z.array(z.int()),
  /** Regions in the file that are not a gemeente here (provinces, Nederland, other gemeenten). */
  skipped: z.array(z.string()),
});

export const RegionSchema = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), municipalities: z.array(OrgRefSchema), version: z.int() })
  .meta({ id: 'Region' });

export const RegionListSchema = z.object({ items: z.array(RegionSchema) });

export const PersonSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    organisationId: z.uuid().nullable(),
    organisationIds: z.array(z.uuid()).describe('alle organisaties namens welke de persoon optreedt, de eerste is organisationId'),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    roles: z.array(z.string()),
    removed: z.boolean().describe('verwijderd op verzoek (AVG): getoond als "vervallen persoon"'),
    version: z.int(),
  })
  .meta({ id: 'Person' });

export const PersonListSchema = z.object({ items: z.array(PersonSchema) });

export type PopulationView = z.infer<typeof PopulationSchema>;
export type OrganisationView = z.infer<typeof OrganisationSchema>;
export type OrganisationList = z.infer<typeof OrganisationListSchema>;
export type ImportCbsPopulationResult = z.infer<typeof CbsImportResultSchema>;
export type RegionView = z.infer<typeof RegionSchema>;
export type RegionList = z.infer<typeof RegionListSchema>;
export type PersonView = z.infer<typeof PersonSchema>;
export type PersonList = z.infer<typeof PersonListSchema>;
