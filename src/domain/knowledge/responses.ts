/**
 * Response shapes of the knowledge API (good practices, related initiatives, lists beside the tree): ONE source
 * for the routes' validation and OpenAPI, the services' return types and the knowledge screens (z.infer below;
 * the web imports the types only). See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { ADOPTION_STATUSES, INITIATIVE_KINDS } from './vocabulary';

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

export type NodeRefView = z.infer<typeof NodeRefSchema>;
export type AdoptionView = z.infer<typeof AdoptionSchema>;
export type PracticeView = z.infer<typeof PracticeSchema>;
export type InitiativeView = z.infer<typeof InitiativeSchema>;
export type InitiativeLinkView = InitiativeView['links'][number];
export type SideListView = z.infer<typeof SideListSchema>;
