import { z } from 'zod';
import { LIMITS, int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { ORGANISATION_KINDS, PERSON_ROLES } from '../../domain/programme/vocabulary';

const date = isoDateString('datum in de vorm jjjj-mm-dd');

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

export {
  CbsImportResultSchema,
  OrganisationListSchema,
  OrganisationSchema,
  PersonListSchema,
  PersonSchema,
  PopulationSchema,
  RegionListSchema,
  RegionSchema,
} from '../../domain/organisation/responses';
