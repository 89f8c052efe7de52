import { z } from 'zod';
import { LIMITS, int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { ORGANISATION_KINDS, PERSON_ROLES } from '../../domain/programme/vocabulary';
import { OrgRefSchema } from './node.schemas';

const date = isoDateString('datum in de vorm jjjj-mm-dd');

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
    kind: z.string(),
    description: z.string().nullable(),
    cbsCode: z.string().nullable(),
    population: z.array(PopulationSchema),
    memberIds: z.array(z.uuid()).describe('leden van een groep ("Groninger gemeenten" → de gemeenten)'),
    groupIds: z.array(z.uuid()).describe('de groepen waar deze organisatie lid van is'),
    version: z.int(),
  })
  .meta({ id: 'Organisation' });

const key = shortString().regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'alleen letters, cijfers, punt en streepjes');
const cbsCode = shortString()
  .regex(/^\d{4}$/, 'CBS-code: vier cijfers, bijv. 0983')
  .nullable()
  .optional();

export const CreateOrganisationSchema = z.object({
  key,
  name: titleString().min(1, 'naam is verplicht'),
  kind: z.enum(ORGANISATION_KINDS),
  description: longString().nullable().optional(),
  cbsCode,
  memberIds: z.array(z.uuid()).optional(),
});

export const UpdateOrganisationSchema = z.object({
  version: int32().min(1),
  key: key.optional(),
  name: titleString().min(1, 'naam is verplicht').optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  description: longString().nullable().optional(),
  cbsCode,
  memberIds: z.array(z.uuid()).optional(),
});

export const PopulationInputSchema = z.object({
  inhabitants: int32().min(0).nullable(),
  referenceDate: date.nullable().optional(),
  source: shortString().nullable().optional(),
  sourceUrl: shortString().nullable().optional(),
  note: longString().nullable().optional(),
});

export const CbsImportResultSchema = z.object({
  updated: z.int(),
  unknown: z.int(),
  years: z.array(z.int()),
  skipped: z.array(z.string()),
});

export const RegionSchema = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), municipalities: z.array(OrgRefSchema), version: z.int() })
  .meta({ id: 'Region' });

export const CreateRegionSchema = z.object({
  key,
  name: titleString().min(1),
  municipalityIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`),
});
export const UpdateRegionSchema = z.object({
  version: int32().min(1),
  name: titleString().min(1).optional(),
  municipalityIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
});

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

const personFields = {
  name: titleString().min(1, 'naam is verplicht'),
  organisationId: z.uuid().nullable().optional(),
  organisationIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  email: shortString().nullable().optional(),
  phone: shortString().nullable().optional(),
  roles: z.array(z.enum(PERSON_ROLES)).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
};
export const CreatePersonSchema = z.object({ key, ...personFields });
export const UpdatePersonSchema = z.object({
  version: int32().min(1),
  key: key.optional(),
  ...personFields,
  name: personFields.name.optional(),
});
