import { z } from 'zod';
import { boundedArray, longString, shortString, titleString } from '../../domain/shared/limits';
import { SERVICE_KINDS } from '../../domain/social-map/vocabulary';

export const ServiceParams = z.object({ serviceId: z.string().max(200).describe('id van de voorziening') });

const optionalText = (s: z.ZodString) => s.nullable().optional();

export const ServiceInputSchema = z.object({
  name: titleString().min(1),
  kind: z.enum(SERVICE_KINDS),
  description: optionalText(longString()),
  targetGroup: optionalText(titleString()),
  providerOrganisationId: optionalText(shortString()),
  providerName: optionalText(titleString()),
  address: optionalText(titleString()),
  phone: optionalText(shortString()),
  email: optionalText(shortString()),
  website: optionalText(shortString()),
  openingHours: optionalText(titleString()),
  withoutReferral: z.boolean().nullable().optional().describe('zonder verwijzing of indicatie: true, false, null = onbekend'),
  waitingTimeNote: optionalText(titleString()),
  municipalityIds: boundedArray(shortString(), 500).describe('de gemeenten (organisatie-id) waarvoor de voorziening is'),
  published: z.boolean().optional(),
  isDemo: z.boolean().optional(),
});

export const ServiceUpdateSchema = ServiceInputSchema.partial().extend({ version: z.int().min(1) });

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
  withoutReferral: z.boolean().nullable(),
  waitingTimeNote: z.string().nullable(),
  municipalities: z.array(z.object({ id: z.string(), name: z.string(), cbsCode: z.string().nullable() })),
  published: z.boolean(),
  isDemo: z.boolean(),
  updatedOn: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  mayEdit: z.boolean(),
});

export const ServiceFilterQuery = z.object({
  gemeente: z.string().max(200).optional().describe('organisatie-id van de gemeente'),
  soort: z.enum(SERVICE_KINDS).optional(),
  zonderVerwijzing: z.enum(['ja', 'nee', 'onbekend']).optional(),
  q: z.string().max(200).optional().describe('woorden in naam, omschrijving, doelgroep, aanbieder of adres'),
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
export const FormatQuery = ServiceFilterQuery.extend({ format: z.enum(['csv', 'xlsx']) });
