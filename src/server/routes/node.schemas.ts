import { z } from 'zod';
import { LIMITS, int32, longString, shortString, titleString } from '../../domain/shared/limits';
import { DeadlineInputSchema } from '../../domain/programme/document';
import { BUDGET_KINDS, LINK_KINDS, NODE_SCOPES } from '../../domain/programme/vocabulary';
import { DEADLINE_GRAINS } from '../../domain/shared/deadline';

export const OrgRefSchema = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string(), cbsCode: z.string().nullable() })
  .meta({ id: 'OrganisationRef' });

export const DeadlineSchema = z
  .object({
    grain: z.enum(DEADLINE_GRAINS),
    wording: z.string().nullable(),
    start: z.string().nullable().describe('jjjj-mm-dd, eerste dag van de termijn'),
    end: z.string().nullable().describe('jjjj-mm-dd, laatste dag: vanaf de dag erna is het verlopen'),
  })
  .meta({ id: 'Deadline' });

const SectionSchema = z.object({ title: z.string().trim().min(1, 'de kop van een onderdeel mag niet leeg zijn'), body: z.string() });
const SectionInputSchema = z.object({
  title: titleString().trim().min(1, 'de kop van een onderdeel mag niet leeg zijn'),
  body: longString(),
});

export const NodeViewSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    parentId: z.uuid().nullable(),
    position: z.int(),
    key: z.string(),
    code: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    level: z.int(),
    levelLabel: z.string(),
    scope: z.string().nullable(),
    ownerOrganisation: OrgRefSchema.nullable(),
    trekkers: z.array(z.object({ personId: z.uuid().nullable(), organisationId: z.uuid().nullable(), name: z.string() })),
    municipalities: z.array(OrgRefSchema).describe('deelnemende gemeenten (elke scope)'),
    excludedMunicipalities: z.array(OrgRefSchema).describe('gemeenten van de regio die uitdrukkelijk niet deelnemen'),
    aliases: z.array(z.string()).describe('andere namen; de zoekfunctie van de boom vindt ze'),
    deadline: DeadlineSchema,
    deadlineLabel: z.string(),
    deadlineState: z.enum(['geen', 'doorlopend', 'nog-niet-begonnen', 'lopend', 'verlopen']),
    doelstelling: z.string().nullable(),
    expectedResult: z.string().nullable(),
    sections: z.array(SectionSchema),
    version: z.int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NodeView' });

export const EffortSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    partnerKey: z.string().describe("'org:<uuid>' of 'group:<naam>'"),
    partner: z.union([
      z.object({ type: z.literal('organisation'), organisation: OrgRefSchema }),
      z.object({ type: z.literal('group'), group: z.string() }),
    ]),
    text: z.string().nullable(),
    geen: z.boolean().describe('expliciet "geen inspanning"; verschilt van een lege cel'),
    goalIds: z.array(z.uuid()),
    position: z.int(),
    version: z.int(),
  })
  .meta({ id: 'Effort' });

export const GapAnalysisSchema = z
  .object({
    currentPractices: z.array(z.string()),
    hiaat: z.string().nullable(),
    voorstel: z.string().nullable(),
    budget: z.object({ kind: z.string(), cents: z.int().nullable(), fund: z.string().nullable(), note: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'GapAnalysis' });

export const HistoryEntrySchema = z.object({
  id: z.int(),
  at: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const NodeDetailSchema = NodeViewSchema.extend({
  programmeSlug: z.string(),
  efforts: z.array(EffortSchema),
  gapAnalysis: GapAnalysisSchema.nullable(),
  links: z.array(
    z.object({
      id: z.uuid(),
      direction: z.enum(['uit', 'in']),
      kind: z.string(),
      note: z.string().nullable(),
      node: z.object({
        id: z.uuid(),
        key: z.string(),
        code: z.string().nullable(),
        title: z.string(),
        programmeId: z.uuid(),
        programmeSlug: z.string(),
        programmeTitle: z.string(),
      }),
    }),
  ),
  history: z.array(HistoryEntrySchema),
}).meta({ id: 'NodeDetail' });

const TrekkerInputSchema = z.union([z.strictObject({ personId: z.uuid() }), z.strictObject({ organisationId: z.uuid() })]);

/** Editable node fields; absent = unchanged. */
export const NodeFieldsSchema = z.object({
  code: shortString().nullable().optional(),
  title: titleString().min(1, 'titel is verplicht').optional(),
  description: longString().nullable().optional(),
  level: int32().min(0).optional(),
  scope: z.enum(NODE_SCOPES).nullable().optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  trekkers: z.array(TrekkerInputSchema).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  municipalityIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  excludedMunicipalityIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  aliases: z.array(titleString()).max(50, 'hoogstens 50 items').optional(),
  deadline: DeadlineInputSchema.nullable().optional().describe('gestructureerd, of de eigen woorden: "Q3 en Q4 2022", "doorlopend"'),
  doelstelling: longString().nullable().optional(),
  expectedResult: longString().nullable().optional(),
  sections: z.array(SectionInputSchema).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
});

export const CreateNodeSchema = NodeFieldsSchema.extend({
  title: titleString().min(1, 'titel is verplicht'),
  parentId: z.uuid().nullable(),
  position: int32().min(0).optional(),
  key: shortString()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u)
    .optional(),
});

export const UpdateNodeSchema = NodeFieldsSchema.extend({ version: int32().min(1) });

export const MoveNodeSchema = z.object({ version: int32().min(1), parentId: z.uuid().nullable(), position: int32().min(0) });

export const RenumberSchema = z.object({
  parentId: z.uuid().nullable().optional(),
  styles: z
    .array(z.enum(['getal', 'romeins', 'letter']))
    .max(LIMITS.list, `hoogstens ${LIMITS.list} items`)
    .optional(),
});

const GapAnalysisInputSchema = z.object({
  currentPractices: z.array(longString()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).default([]),
  hiaat: longString().nullable().default(null),
  voorstel: longString().nullable().default(null),
  budget: z
    .object({
      kind: z.enum(BUDGET_KINDS),
      cents: z.int().min(0).nullable().optional(),
      fund: shortString().nullable().optional(),
      note: longString().nullable().optional(),
    })
    .nullable()
    .default(null),
});

export const SaveGapAnalysisSchema = z.union([
  z.object({ version: int32().min(1), gapAnalysis: z.null() }),
  GapAnalysisInputSchema.extend({ version: int32().min(1) }),
]);

export const CreateLinkSchema = z.object({ toNodeId: z.uuid(), kind: z.enum(LINK_KINDS), note: longString().nullable().optional() });

export const PartnerInputSchema = z.union([z.strictObject({ organisationId: z.uuid() }), z.strictObject({ group: titleString().min(1) })]);

export const CreateEffortSchema = z.object({
  partner: PartnerInputSchema,
  goalIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).min(1, 'een inspanning dient minstens één doel'),
  text: longString().nullable().optional(),
  geen: z.boolean().optional(),
  key: shortString()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u)
    .optional(),
});

export const UpdateEffortSchema = z.object({
  version: int32().min(1),
  partner: PartnerInputSchema.optional(),
  goalIds: z.array(z.uuid()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).min(1).optional(),
  text: longString().nullable().optional(),
  geen: z.boolean().optional(),
});

export const VersionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
