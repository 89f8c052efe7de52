import { z } from 'zod';
import { ADOPTION_STATUSES, INITIATIVE_KINDS } from '../../domain/knowledge/vocabulary';
import { boundedArray, int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { ProgrammeParams } from './params';

const nullableText = longString().nullable().optional();

export const NodeRefSchema = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  title: z.string(),
  programmeId: z.uuid(),
  programmeSlug: z.string(),
  programmeTitle: z.string(),
});

export const AdoptionSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  status: z.enum(ADOPTION_STATUSES),
  statusDate: z.string().nullable(),
  note: z.string().nullable(),
});

export const PracticeSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string().nullable(),
    workingComponents: z.array(z.string()).describe('werkzame elementen'),
    targetGroup: z.string().nullable(),
    origin: z.object({
      organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      region: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      text: z.string().nullable(),
    }),
    contact: z.string().nullable().describe('null = onbekend; bezoekers krijgen het nooit'),
    links: z.array(z.string()),
    tags: z.array(z.string()),
    relatedNodes: z.array(NodeRefSchema).describe('alleen elementen van programma’s die de lezer mag zien'),
    adoptions: z.array(AdoptionSchema),
    published: z.boolean(),
    isDemo: z.boolean(),
    version: z.int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'GoodPractice' });

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

export const InitiativeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(INITIATIVE_KINDS),
    goal: z.string().nullable(),
    owner: z.string().nullable(),
    contact: z.string().nullable().describe('null = onbekend'),
    url: z.string().nullable(),
    links: z.array(
      z.object({
        id: z.uuid(),
        programmeId: z.uuid(),
        programmeSlug: z.string(),
        programmeTitle: z.string(),
        nodeId: z.uuid().nullable(),
        node: z.object({ id: z.uuid(), code: z.string().nullable(), title: z.string() }).nullable(),
      }),
    ),
    otherLinks: z.int().describe('koppelingen in programma’s die de lezer niet mag zien'),
    isDemo: z.boolean(),
    version: z.int(),
  })
  .meta({ id: 'Initiative' });

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

export const SideListSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    nodeId: z.uuid().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    position: z.int(),
    items: z.array(z.object({ id: z.uuid(), title: z.string(), text: z.string().nullable() })),
    isDemo: z.boolean(),
    version: z.int(),
  })
  .meta({ id: 'SideList' });

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
