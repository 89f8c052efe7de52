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

export const ServiceFilterQuery = z.object({
  gemeente: z.string().max(200).optional().describe('organisatie-id van de gemeente'),
  soort: z.enum(SERVICE_KINDS).optional(),
  zonderVerwijzing: z.enum(['ja', 'nee', 'onbekend']).optional(),
  q: z.string().max(200).optional().describe('woorden in naam, omschrijving, doelgroep, aanbieder of adres'),
});

export const FormatQuery = ServiceFilterQuery.extend({ format: z.enum(['csv', 'xlsx']) });

export {
  ImportPreviewSchema,
  ImportResultSchema,
  MunicipalityListSchema,
  ServiceListSchema,
  ServiceSchema,
} from '../../domain/social-map/responses';
