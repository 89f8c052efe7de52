import { z } from 'zod';
import { LIMITS, int32, longString, shortString, titleString } from '../../domain/shared/limits';
import { DeadlineInputSchema } from '../../domain/programme/document';
import { BUDGET_KINDS, LINK_KINDS, NODE_SCOPES } from '../../domain/programme/vocabulary';
import {
  DeadlineSchema,
  EffortSchema,
  GapAnalysisSchema,
  HistoryEntrySchema,
  NodeDetailSchema,
  NodeViewSchema,
  OrgRefSchema,
} from '../../domain/programme/responses';

// The response shapes live in domain/programme/responses.ts (one source for server and web).
export { DeadlineSchema, EffortSchema, GapAnalysisSchema, HistoryEntrySchema, NodeDetailSchema, NodeViewSchema, OrgRefSchema };

const SectionInputSchema = z.object({
  title: titleString().trim().min(1, 'de kop van een paragraaf mag niet leeg zijn'),
  body: longString(),
});

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
