import { z } from 'zod';
import { LIMITS, int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { PROGRAMME_STATUSES } from '../../domain/programme/vocabulary';
import { ProgrammeDetailSchema, ProgrammeSummarySchema, TreeNodeSchema, TreeSchema } from '../../domain/programme/responses';

// The response shapes live in domain/programme/responses.ts (one source for server and web).
export { ProgrammeDetailSchema, ProgrammeSummarySchema, TreeNodeSchema, TreeSchema };

export const ProgrammeListSchema = z.object({ items: z.array(ProgrammeSummarySchema) });

const date = isoDateString('datum in de vorm jjjj-mm-dd');

export const ProgrammeFieldsSchema = z.object({
  slug: shortString()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes')
    .optional(),
  title: titleString().min(1, 'titel is verplicht').optional(),
  shortName: shortString().nullable().optional(),
  description: longString().nullable().optional(),
  levelLabels: z
    .array(titleString().min(1, 'naam van het niveau ontbreekt'))
    .max(LIMITS.list, `hoogstens ${LIMITS.list} items`)
    .min(1, 'minstens één niveau')
    .optional(),
  periodStart: date.nullable().optional(),
  periodEnd: date.nullable().optional(),
  status: z.enum(PROGRAMME_STATUSES).optional(),
  regionId: z.uuid().nullable().optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  partnerIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  documentVersion: z.string().max(100, 'hoogstens 100 tekens').nullable().optional(),
  adoptedOn: date.nullable().optional(),
  adoptedBy: shortString().nullable().optional(),
  replaces: longString().max(2000, 'hoogstens 2000 tekens').nullable().optional(),
  vision: longString().max(20_000).nullable().optional(),
  goal: longString().max(20_000).nullable().optional(),
});

export const CreateProgrammeSchema = ProgrammeFieldsSchema.extend({
  slug: shortString().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes'),
  title: titleString().min(1, 'titel is verplicht'),
  levelLabels: z
    .array(titleString().min(1, 'naam van het niveau ontbreekt'))
    .max(LIMITS.list, `hoogstens ${LIMITS.list} items`)
    .min(1, 'minstens één niveau'),
});

export const UpdateProgrammeSchema = ProgrammeFieldsSchema.extend({ version: int32().min(1) });

const DinPartnerSchema = z.object({ key: z.string(), label: z.string(), type: z.enum(['organisation', 'group']) });

export const DinMatrixSchema = z.object({
  programme: ProgrammeDetailSchema,
  partners: z.array(DinPartnerSchema),
  allPartners: z.array(DinPartnerSchema),
  organisation: z.object({ id: z.uuid(), name: z.string(), groups: z.array(z.string()) }).nullable(),
  rows: z.array(
    z.object({
      goal: z.object({
        id: z.uuid(),
        code: z.string().nullable(),
        title: z.string(),
        level: z.int(),
        path: z.array(z.string()).optional(),
      }),
      cells: z.array(
        z.object({
          partnerKey: z.string(),
          state: z.enum(['leeg', 'geen', 'inspanning']),
          efforts: z.array(z.object({ id: z.uuid(), text: z.string().nullable(), geen: z.boolean() })),
        }),
      ),
    }),
  ),
});

export const ImportProgrammeSchema = z.object({
  document: z.unknown().describe('het programmadocument (zie /api/schemas/programme-document.json)'),
  slug: shortString().optional().describe('nieuwe slug: importeren als kopie'),
  title: titleString().min(1).optional().describe('nieuwe titel: importeren als kopie'),
});

export const ImportResultSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  nodes: z.int(),
  efforts: z.int(),
  organisationsCreated: z.int(),
});
