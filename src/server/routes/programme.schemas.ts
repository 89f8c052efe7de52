import { z } from 'zod';
import { LIMITS, int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { PROGRAMME_STATUSES } from '../../domain/programme/vocabulary';
import { NodeViewSchema, OrgRefSchema } from './node.schemas';

export const ProgrammeSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    shortName: z.string().nullable(),
    levelLabels: z.array(z.string()),
    periodStart: z.string().nullable().describe('jjjj-mm-dd'),
    periodEnd: z.string().nullable().describe('jjjj-mm-dd'),
    status: z.string(),
    region: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'ProgrammeSummary' });

export const ProgrammeListSchema = z.object({ items: z.array(ProgrammeSummarySchema) });

export const ProgrammeDetailSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    shortName: z.string().nullable(),
    description: z.string().nullable(),
    levelLabels: z.array(z.string()),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    status: z.string(),
    region: z.object({ id: z.uuid(), key: z.string(), name: z.string() }).nullable(),
    regionId: z.uuid().nullable(),
    ownerOrganisation: OrgRefSchema.nullable(),
    ownerOrganisationId: z.uuid().nullable(),
    partners: z.array(OrgRefSchema),
    documentVersion: z.string().nullable().describe('de eigen versie van het programmadocument'),
    adoptedOn: z.string().nullable().describe('vastgesteld op (jjjj-mm-dd)'),
    adoptedBy: z.string().nullable().describe('vastgesteld door (welk orgaan)'),
    replaces: z.string().nullable().describe('wat dit programma vervangt'),
    vision: z.string().nullable(),
    goal: z.string().nullable(),
    version: z.int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProgrammeDetail' });

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

type TreeNodeOut = z.infer<typeof NodeViewSchema> & {
  partnerKeys: string[];
  effortCount: number;
  hasGapAnalysis: boolean;
  children?: TreeNodeOut[];
};

export const TreeNodeSchema: z.ZodType<TreeNodeOut> = NodeViewSchema.extend({
  partnerKeys: z.array(z.string()),
  effortCount: z.int(),
  hasGapAnalysis: z.boolean(),
  get children() {
    return z.array(TreeNodeSchema).optional();
  },
}).meta({ id: 'TreeNode' });

export const TreeSchema = z.object({
  programme: ProgrammeDetailSchema,
  shape: z.enum(['flat', 'nested']),
  nodes: z.array(TreeNodeSchema),
});

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
