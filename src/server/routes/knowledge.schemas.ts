import { z } from 'zod';
import { ADOPTION_STATUSES, INITIATIVE_KINDS } from '../../domain/knowledge/vocabulary';
import { boundedArray, int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { ProgrammeParams } from './params';

const nullableText = longString().nullable().optional();

export const PracticeInputSchema = z.object({
  title: titleString().min(1, 'titel is verplicht'),
  summary: nullableText,
  workingComponents: boundedArray(longString()).optional(),
  targetGroup: nullableText,
  originOrganisationId: z.uuid().nullable().optional(),
  originRegionId: z.uuid().nullable().optional(),
  originText: titleString().nullable().optional(),
  contact: longString().nullable().optional().describe('null = onbekend'),
  links: boundedArray(shortString().max(2000)).optional(),
  tags: boundedArray(shortString()).optional(),
  relatedNodeIds: boundedArray(z.string().max(200)).optional(),
  published: z.boolean().optional(),
});
export const PracticeUpdateSchema = PracticeInputSchema.extend({ version: int32().min(1) });

export const PracticeFilterSchema = z.object({
  tag: shortString().optional(),
  organisationId: z.uuid().optional(),
  status: z.enum(ADOPTION_STATUSES).optional(),
  q: shortString().optional(),
});

export const PracticeParams = z.object({ practiceId: z.string().max(200) });
export const AdoptionParams = PracticeParams.extend({ organisationId: z.string().max(200) });
export const AdoptionInputSchema = z.object({
  status: z.enum(ADOPTION_STATUSES),
  statusDate: isoDateString().nullable().optional(),
  note: longString().nullable().optional(),
});

export const InitiativeInputSchema = z.object({
  name: titleString().min(1, 'naam is verplicht'),
  kind: z.enum(INITIATIVE_KINDS),
  goal: nullableText,
  owner: titleString().nullable().optional(),
  contact: longString().nullable().optional().describe('null = onbekend'),
  url: shortString().max(2000).nullable().optional(),
});
export const InitiativeCreateSchema = InitiativeInputSchema.extend({
  nodeIds: boundedArray(z.string().max(200)).optional().describe('elementen (thema’s) van dit programma; leeg = het programma als geheel'),
});
export const InitiativeUpdateSchema = InitiativeInputSchema.extend({ version: int32().min(1) });
export const InitiativeParams = ProgrammeParams.extend({ initiativeId: z.string().max(200) });
export const InitiativeLinkParams = ProgrammeParams.extend({ linkId: z.string().max(200) });
export const InitiativeLinkInputSchema = z.object({ nodeId: z.string().max(200).nullable() });
export const InitiativeQuerySchema = z.object({ nodeId: z.string().max(200).optional() });

const sideListFields = {
  title: titleString().min(1, 'naam is verplicht'),
  description: nullableText,
  items: boundedArray(z.object({ title: titleString(), text: longString().nullable().optional() })),
};
export const SideListCreateSchema = z.object({ nodeId: z.string().max(200).nullable(), ...sideListFields });
export const SideListUpdateSchema = z.object({ version: int32().min(1), ...sideListFields });
export const SideListParams = ProgrammeParams.extend({ listId: z.string().max(200) });
export const SideListQuerySchema = z.object({
  nodeId: z.string().max(200).optional().describe("een element-id, of 'programma' voor de lijsten van het programma zelf"),
});

export { AdoptionSchema, InitiativeSchema, NodeRefSchema, PracticeSchema, SideListSchema } from '../../domain/knowledge/responses';
