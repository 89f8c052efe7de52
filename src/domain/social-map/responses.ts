/**
 * Response shapes of the social map API: ONE source for the routes' validation and OpenAPI, the services'
 * return types and the social map's screens (z.infer below; the web imports the types only).
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { SERVICE_KINDS } from './vocabulary';

/** A gemeente a service serves. */
const ServiceMunicipalitySchema = z.object({ id: z.string(), name: z.string(), cbsCode: z.string().nullable() });

export const ServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SERVICE_KINDS),
  kindLabel: z.string(),
  description: z.string().nullable(),
  targetGroup: z.string().nullable(),
  provider: z.object({ organisationId: z.string().nullable(), name: z.string().nullable() }),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  openingHours: z.string().nullable(),
  withoutReferral: z.boolean().nullable().describe('null = onbekend'),
  waitingTimeNote: z.string().nullable(),
  municipalities: z.array(ServiceMunicipalitySchema),
  published: z.boolean(),
  isDemo: z.boolean(),
  updatedOn: z.string().describe('dd-mm-jjjj van de laatste wijziging'),
  updatedAt: z.string(),
  version: z.number(),
  mayEdit: z.boolean().describe('mag de vrager deze voorziening wijzigen of verwijderen?'),
});

export const ServiceListSchema = z.object({ items: z.array(ServiceSchema), mayCreate: z.boolean() });

export const MunicipalityListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), cbsCode: z.string().nullable(), services: z.number() })),
});

const counts = z.object({ nieuw: z.number(), bijwerken: z.number(), ongewijzigd: z.number() });
export const ImportPreviewSchema = z.object({
  warnings: z.array(z.object({ row: z.number(), field: z.string().optional(), message: z.string() })),
  counts,
  rows: z.array(
    z.object({
      row: z.number(),
      id: z.string().nullable(),
      name: z.string(),
      kind: z.string(),
      municipalities: z.array(z.string()),
      action: z.enum(['nieuw', 'bijwerken', 'ongewijzigd']),
    }),
  ),
});
export const ImportResultSchema = z.object({ counts });

export type ServiceMunicipality = z.infer<typeof ServiceMunicipalitySchema>;
/** One service as the API answers it. */
export type ServiceView = z.infer<typeof ServiceSchema>;
export type ServiceList = z.infer<typeof ServiceListSchema>;
/** A gemeente with the number of services it has (the list's filter). */
export type MunicipalityCount = z.infer<typeof MunicipalityListSchema>['items'][number];
export type SocialMapImportPreview = z.infer<typeof ImportPreviewSchema>;
export type SocialMapImportResult = z.infer<typeof ImportResultSchema>;
export type ImportAction = SocialMapImportPreview['rows'][number]['action'];
export type ImportCounts = SocialMapImportPreview['counts'];
