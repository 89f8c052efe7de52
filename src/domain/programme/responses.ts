/**
 * Response shapes of the programme API: ONE source for the route's response validation and OpenAPI
 * (server/routes), the services' return types and the web UI's types (z.infer below). The web
 * imports only the types (`import type`), so zod stays out of the browser bundle. Rename a field
 * here and the service that builds it and the screen that reads it both fail to compile.
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { DEADLINE_GRAINS } from '../shared/deadline';
import { NODE_SCOPES } from './vocabulary';

export const OrgRefSchema = z
  .object({ id: z.uuid(), key: z.string(), name: z.string(), kind: z.string(), cbsCode: z.string().nullable() })
  .meta({ id: 'OrganisationRef' });
export type OrgRef = z.infer<typeof OrgRefSchema>;

export const DeadlineSchema = z
  .object({
    grain: z.enum(DEADLINE_GRAINS),
    wording: z.string().nullable(),
    start: z.string().nullable().describe('jjjj-mm-dd, eerste dag van de termijn'),
    end: z.string().nullable().describe('jjjj-mm-dd, laatste dag: vanaf de dag erna is het verlopen'),
  })
  .meta({ id: 'Deadline' });

export const DEADLINE_STATES = ['geen', 'doorlopend', 'nog-niet-begonnen', 'lopend', 'verlopen'] as const;

const TrekkerSchema = z.object({ personId: z.uuid().nullable(), organisationId: z.uuid().nullable(), name: z.string() });
export type TrekkerView = z.infer<typeof TrekkerSchema>;

/** A node as the tree and node routes return it. */
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
    levelLabel: z.string().describe('de naam van het niveau in dit programma, of "Niveau n" voorbij de namen'),
    scope: z.enum(NODE_SCOPES).nullable(),
    ownerOrganisation: OrgRefSchema.nullable(),
    trekkers: z.array(TrekkerSchema),
    municipalities: z.array(OrgRefSchema).describe('deelnemende gemeenten (elke scope)'),
    excludedMunicipalities: z.array(OrgRefSchema).describe('gemeenten van de regio die uitdrukkelijk niet deelnemen'),
    aliases: z.array(z.string()).describe('andere namen; de zoekfunctie van de boom vindt ze'),
    deadline: DeadlineSchema,
    deadlineLabel: z.string().describe('de termijn in woorden'),
    deadlineState: z.enum(DEADLINE_STATES),
    doelstelling: z.string().nullable(),
    expectedResult: z.string().nullable(),
    sections: z.array(z.object({ title: z.string(), body: z.string() })),
    version: z.int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NodeView' });
export type NodeView = z.infer<typeof NodeViewSchema>;

export const EffortSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    partnerKey: z.string().describe("'org:<uuid>' of 'group:<naam>': de DIN-kolom"),
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
export type EffortView = z.infer<typeof EffortSchema>;

export const GapAnalysisSchema = z
  .object({
    currentPractices: z.array(z.string()).describe('"Wat doen we al": één per bestaande praktijk'),
    hiaat: z.string().nullable(),
    voorstel: z.string().nullable(),
    budget: z
      .object({ kind: z.string(), cents: z.int().nullable(), fund: z.string().nullable(), note: z.string().nullable() })
      .nullable()
      .describe("null = niet ingevuld; 'onbekend' = nodig, bedrag onbekend; 'ander-fonds' = elders betaald"),
  })
  .meta({ id: 'GapAnalysis' });
export type GapAnalysisView = z.infer<typeof GapAnalysisSchema>;

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
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const NodeLinkSchema = z.object({
  id: z.uuid(),
  direction: z.enum(['uit', 'in']).describe("'uit': dit element verwijst naar het andere; 'in': het andere naar dit"),
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
});
export type LinkView = z.infer<typeof NodeLinkSchema>;

/** A node with everything that hangs off it (the node page). */
export const NodeDetailSchema = NodeViewSchema.extend({
  programmeSlug: z.string(),
  efforts: z.array(EffortSchema),
  gapAnalysis: GapAnalysisSchema.nullable(),
  links: z.array(NodeLinkSchema),
  history: z.array(HistoryEntrySchema),
}).meta({ id: 'NodeDetail' });
export type NodeDetail = z.infer<typeof NodeDetailSchema>;

/** A programme on the list. */
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
    region: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('de regio die het dient: op de lijst getoond en filterbaar'),
  })
  .meta({ id: 'ProgrammeSummary' });
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

/** One programme with its own fields (programme page, tree, DIN). */
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
export type ProgrammeDetail = z.infer<typeof ProgrammeDetailSchema>;

/** What the tree adds to a node: its DIN columns, its effort count, whether it has a gap analysis. */
const TreeNodeFields = {
  partnerKeys: z.array(z.string()).describe("DIN-kolommen met een inspanning (of een expliciete 'geen') op dit element"),
  effortCount: z.int(),
  hasGapAnalysis: z.boolean(),
};

/** A node of the tree (flat shape: no children). */
export const FlatTreeNodeSchema = NodeViewSchema.extend(TreeNodeFields);
export type TreeNode = z.infer<typeof FlatTreeNodeSchema>;
type NestedTreeNode = TreeNode & { children?: NestedTreeNode[] };

export const TreeNodeSchema: z.ZodType<NestedTreeNode> = NodeViewSchema.extend({
  ...TreeNodeFields,
  get children() {
    return z.array(TreeNodeSchema).optional();
  },
}).meta({ id: 'TreeNode' });

export const TreeSchema = z.object({
  programme: ProgrammeDetailSchema,
  shape: z.enum(['flat', 'nested']),
  nodes: z.array(TreeNodeSchema),
});
/** The flat tree, as the programme overview reads it (`?shape=flat`). */
export type FlatTree = { programme: ProgrammeDetail; shape: 'flat'; nodes: TreeNode[] };
