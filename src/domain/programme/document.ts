import { z } from 'zod';
import { LIMITS, int32, isoDateString, longString, shortString, titleString } from '../shared/limits';
import { PERIOD_KINDS } from '../progress/periods';
import { PERCENT_RULES, STATUS_RULES } from '../progress/roll-up';
import { PROGRESS_STATUSES } from '../progress/status';
import { LIFECYCLE_STATUSES } from '../progress/lifecycle';
import { DEADLINE_GRAINS, validateDeadline, parseDeadline } from '../shared/deadline';
import {
  BUDGET_KINDS,
  CBS_CODE,
  KEY_PATTERN,
  LINK_KINDS,
  NODE_SCOPES,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  PROGRAMME_STATUSES,
} from './vocabulary';

/**
 * The programme interchange document: what `regietafel export programme` writes and
 * `regietafel import programme` (and POST /api/programmes/import, and the demo seeds) read.
 * Written to be typed by hand: things refer to each other by readable keys, optional fields may
 * be left out, nodes are a flat list with `parentKey` (order among siblings = order in the list).
 * Export writes every field explicitly, so export → import → export gives the same document
 * (apart from the programme's slug/title when imported as a copy).
 */

const key = shortString().regex(KEY_PATTERN, 'sleutel: alleen letters, cijfers, punt, streep en liggend streepje');
const text = titleString().trim().min(1, 'mag niet leeg zijn');
const isoDate = isoDateString('datum in de vorm jjjj-mm-dd');

/**
 * A deadline: either the document's own words ("Q3 2022", "Q3 en Q4 2022", "Q4 2022 of Q1 2023",
 * "doorlopend", "30-09-2022", "september 2022") which are parsed, or the structured form that
 * export writes. See src/domain/shared/deadline.ts.
 */
export const DeadlineStructSchema = z
  .strictObject({
    grain: z.enum(DEADLINE_GRAINS),
    wording: shortString().nullable().optional(),
    start: isoDate.nullable().optional(),
    end: isoDate.nullable().optional(),
  })
  .superRefine((d, ctx) => {
    const reason = validateDeadline({ grain: d.grain, wording: d.wording ?? null, start: d.start ?? null, end: d.end ?? null });
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });
export const DeadlineInputSchema = z.union([
  longString().superRefine((s, ctx) => {
    const r = parseDeadline(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
  }),
  DeadlineStructSchema,
]);

export const PopulationSchema = z.strictObject({
  /** Reference year: inhabitants on 1 January of this year unless referenceDate says otherwise. */
  year: int32().min(1800).max(2200),
  /** null = unknown (a figure we lack is marked unknown, never invented). */
  inhabitants: int32().min(0).nullable(),
  referenceDate: isoDate.nullable().optional(),
  source: shortString().nullable().optional(),
  sourceUrl: shortString().nullable().optional(),
  /** Caveats: rounded, derived, provisional, not a 1-January figure. */
  note: longString().nullable().optional(),
});

export const DocOrganisationSchema = z
  .strictObject({
    key,
    name: text,
    kind: z.enum(ORGANISATION_KINDS),
    description: longString().nullable().optional(),
    /** Gemeente only: four-digit CBS code, e.g. "0983". Required for a gemeente. */
    cbsCode: shortString().regex(CBS_CODE, 'CBS-code: vier cijfers, bijv. 0983').nullable().optional(),
    population: z.array(PopulationSchema).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'gemeente' && !o.cbsCode)
      ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'een gemeente heeft een CBS-code nodig' });
    if (o.kind !== 'gemeente' && o.cbsCode)
      ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'alleen een gemeente heeft een CBS-code' });
  });

export const DocRegionSchema = z.strictObject({
  key,
  name: text,
  /** Organisation keys of the member municipalities (kind gemeente). */
  municipalities: z.array(key).max(LIMITS.list, `hoogstens ${LIMITS.list} items`),
});

export const DocPersonSchema = z.strictObject({
  key,
  name: text,
  organisation: key.nullable().optional(),
  email: shortString().nullable().optional(),
  phone: shortString().nullable().optional(),
  roles: z.array(z.enum(PERSON_ROLES)).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
});

export const DocTrekkerSchema = z.union([z.strictObject({ person: key }), z.strictObject({ organisation: key })]);

export const DocSectionSchema = z.strictObject({ title: text, body: longString() });

export const DocBudgetSchema = z
  .strictObject({
    kind: z.enum(BUDGET_KINDS),
    /** Whole cents; only with kind 'bedrag' (0 = nothing needed). */
    cents: z.int().min(0).nullable().optional(),
    /** Which other fund pays, with kind 'ander-fonds'. */
    fund: shortString().nullable().optional(),
    note: longString().nullable().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'bedrag' && (b.cents === null || b.cents === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['cents'], message: 'een bedrag heeft cents nodig (0 mag)' });
    }
    if (b.kind !== 'bedrag' && b.cents !== null && b.cents !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['cents'], message: `bij '${b.kind}' hoort geen bedrag` });
    }
  });

export const DocGapAnalysisSchema = z.strictObject({
  /** "Wat doen we al": one entry per current practice. */
  currentPractices: z.array(longString()).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  hiaat: longString().nullable().optional(),
  voorstel: longString().nullable().optional(),
  budget: DocBudgetSchema.nullable().optional(),
});

export const DocNodeSchema = z.strictObject({
  /** Local key, unique within the document (not the code: codes are labels). */
  key,
  parentKey: key.nullable().optional(),
  /** The label shown ("1.2", "II", "A3"); may repeat, may be absent. */
  code: shortString().nullable().optional(),
  title: text,
  description: longString().nullable().optional(),
  /** Index into the programme's levelLabels, 0 = top. Defaults to the node's depth. */
  level: int32().min(0).optional(),
  scope: z.enum(NODE_SCOPES).nullable().optional(),
  owner: key.nullable().optional(),
  trekkers: z.array(DocTrekkerSchema).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  /** Organisation keys of the municipalities that take part (any scope). */
  municipalities: z.array(key).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  /** Organisation keys of the region's municipalities that explicitly do not take part. */
  excludedMunicipalities: z.array(key).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  /** Other names the programme uses for the node. */
  aliases: z.array(text).max(50, 'hoogstens 50 items').optional(),
  deadline: DeadlineInputSchema.nullable().optional(),
  doelstelling: longString().nullable().optional(),
  expectedResult: longString().nullable().optional(),
  sections: z.array(DocSectionSchema).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  gapAnalysis: DocGapAnalysisSchema.nullable().optional(),
});

export const DocPartnerSchema = z.union([
  z.strictObject({ organisation: key }),
  /** A partner kind instead of one organisation, e.g. "Alle gemeenten", "Aanbieders". */
  z.strictObject({ group: text }),
]);

export const DocEffortSchema = z
  .strictObject({
    key: key.optional(),
    partner: DocPartnerSchema,
    /** Node keys of the goals this effort serves (DIN is a network: one effort, several goals). */
    goals: z.array(key).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).min(1, 'een inspanning dient minstens één doel'),
    text: longString().nullable().optional(),
    /** Explicit "geen": the partner commits to nothing here. Differs from an absent effort. */
    geen: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    const hasText = typeof e.text === 'string' && e.text.trim() !== '';
    if (e.geen && hasText) ctx.addIssue({ code: 'custom', path: ['text'], message: "een inspanning 'geen' heeft geen tekst" });
    if (!e.geen && !hasText) ctx.addIssue({ code: 'custom', path: ['text'], message: 'beschrijf de inspanning, of zet geen: true' });
  });

export const DocLinkTargetSchema = z.union([
  key,
  /** A node in another programme that already exists: its programme slug and node key. */
  z.strictObject({ programme: shortString().min(1), node: key }),
]);

export const DocLinkSchema = z.strictObject({
  from: key,
  to: DocLinkTargetSchema,
  kind: z.enum(LINK_KINDS),
  note: longString().nullable().optional(),
});

export const DocProgrammeSchema = z.strictObject({
  slug: shortString().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: kleine letters, cijfers en streepjes'),
  title: text,
  shortName: shortString().nullable().optional(),
  description: longString().nullable().optional(),
  levelLabels: z.array(text).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).min(1, 'minstens één niveau'),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  status: z.enum(PROGRAMME_STATUSES).optional(),
  region: key.nullable().optional(),
  owner: key.nullable().optional(),
  /** Organisation keys of the partners, in display order. */
  partners: z.array(key).max(LIMITS.list, `hoogstens ${LIMITS.list} items`).optional(),
  /** The document's own version, adoption (date, body), what it replaces, vision and goal. */
  documentVersion: shortString().nullable().optional(),
  adoptedOn: isoDate.nullable().optional(),
  adoptedBy: shortString().nullable().optional(),
  replaces: longString().nullable().optional(),
  vision: longString().nullable().optional(),
  goal: longString().nullable().optional(),
});

const status = z.enum(PROGRESS_STATUSES);
const percent = z.int().min(0).max(100);
const instant = z.iso.datetime({ offset: true });
/** Who wrote an update or override: a name only when the exporter asked for personal data, else the organisation. */
const author = z.string();

export const DocMilestoneSchema = z.strictObject({
  node: key,
  title: text,
  deadline: DeadlineInputSchema.nullable().optional(),
  doneDate: isoDate.nullable().optional(),
  /** The planning cell (year + quarter) the programme put it in, apart from the deadline wording. */
  planYear: int32().nullable().optional(),
  planQuarter: z.int().min(1).max(4).nullable().optional(),
  /** Planned but not named yet. */
  isPlaceholder: z.boolean().optional(),
  isDemo: z.boolean().optional(),
});

export const DocUpdateSchema = z.strictObject({
  node: key,
  /** The organisation the author reported for. */
  organisation: key.nullable().optional(),
  reportDate: isoDate,
  status,
  percent: percent.nullable().optional(),
  results: z.string().nullable().optional(),
  attentionPoints: z.string().nullable().optional(),
  author,
  createdAt: instant,
  isDemo: z.boolean().optional(),
  /** A correction: the index (in progress.updates) of the update this one replaces, with the reason. */
  corrects: z.int().min(0).nullable().optional(),
  correctionReason: z.string().nullable().optional(),
  /** Withdrawn without replacement: kept in the history, no longer counted. Who only with personal data. */
  withdrawnAt: instant.nullable().optional(),
  withdrawnBy: z.string().nullable().optional(),
  withdrawnReason: z.string().nullable().optional(),
});

/** A life-cycle status of a node (voorbereiding … afgerond) from a day on, beside its traffic light. */
export const DocLifecycleSchema = z.strictObject({
  node: key,
  status: z.enum(LIFECYCLE_STATUSES),
  since: isoDate,
  reason: z.string().nullable().optional(),
  author,
  createdAt: instant,
});

export const DocOverrideSchema = z.strictObject({
  node: key,
  status: status.nullable(),
  percent: percent.nullable(),
  reason: z.string(),
  author,
  createdAt: instant,
  withdrawnAt: instant.nullable().optional(),
  withdrawnBy: z.string().nullable().optional(),
});

export const DocSnapshotSchema = z.strictObject({
  node: key,
  status: status.nullable(),
  percent: percent.nullable(),
  statusSource: z.string(),
  percentSource: z.string(),
  derivedStatus: status.nullable(),
  derivedPercent: percent.nullable(),
  overrideStatus: status.nullable(),
  overridePercent: percent.nullable(),
  overrideReason: z.string().nullable(),
  /** Index into progress.updates of the update the state stood on. */
  lastUpdate: z.int().min(0).nullable(),
  lastUpdateDate: isoDate.nullable(),
  /** The roll-up explanation as it stood, with node keys instead of ids. */
  explanation: z.unknown().nullable(),
});

export const DocPeriodSchema = z.strictObject({
  label: text,
  kind: z.enum(PERIOD_KINDS),
  startDate: isoDate,
  endDate: isoDate,
  dueDate: isoDate,
  /** A locked period: when, by whom (only with personal data), and the frozen state of every node. */
  locked: z
    .strictObject({ at: instant, by: z.string().nullable(), snapshot: z.array(DocSnapshotSchema) })
    .nullable()
    .optional(),
});

/** What progress reporting added to a programme (docs/progress.md). */
export const DocProgressSchema = z.strictObject({
  rule: z
    .strictObject({ status: z.enum(STATUS_RULES), percent: z.enum(PERCENT_RULES) })
    .nullable()
    .optional(),
  /** Weights of nodes in the weighted average (default 1). */
  weights: z.array(z.strictObject({ node: key, weight: z.number().min(0) })).optional(),
  periods: z.array(DocPeriodSchema).optional(),
  milestones: z.array(DocMilestoneSchema).optional(),
  updates: z.array(DocUpdateSchema).optional(),
  overrides: z.array(DocOverrideSchema).optional(),
  /** Life-cycle statuses with their history (the latest by date, then entry, is in force). */
  lifecycle: z.array(DocLifecycleSchema).optional(),
});

export const PROGRAMME_DOCUMENT_FORMAT = 'regietafel-programma';

export const ProgrammeDocumentSchema = z
  .strictObject({
    $schema: shortString().optional(),
    format: z.literal(PROGRAMME_DOCUMENT_FORMAT),
    formatVersion: z.literal(1),
    programme: DocProgrammeSchema,
    /** Organisations referenced by key. An organisation whose key already exists is reused as it is. */
    organisations: z.array(DocOrganisationSchema).max(LIMITS.documentItems, `hoogstens ${LIMITS.documentItems} items`).optional(),
    regions: z.array(DocRegionSchema).max(LIMITS.documentItems, `hoogstens ${LIMITS.documentItems} items`).optional(),
    persons: z.array(DocPersonSchema).max(LIMITS.documentItems, `hoogstens ${LIMITS.documentItems} items`).optional(),
    nodes: z.array(DocNodeSchema).max(LIMITS.documentNodes, `hoogstens ${LIMITS.documentNodes} elementen in één programmadocument`),
    efforts: z.array(DocEffortSchema).max(LIMITS.documentItems, `hoogstens ${LIMITS.documentItems} items`).optional(),
    links: z.array(DocLinkSchema).max(LIMITS.documentItems, `hoogstens ${LIMITS.documentItems} items`).optional(),
    progress: DocProgressSchema.optional(),
  })
  .meta({
    title: 'Regietafel programmadocument',
    description: 'Een programma met zijn doelenboom, inspanningen (DIN), hiaatanalyses en verwijzingen; zie docs/programme-document.md.',
  });

export type ProgrammeDocument = z.infer<typeof ProgrammeDocumentSchema>;
/** What a hand-written document may leave out (before zod fills nothing in: same as the output here). */
export type ProgrammeDocumentInput = z.input<typeof ProgrammeDocumentSchema>;
export type DocNode = z.infer<typeof DocNodeSchema>;
export type DocEffort = z.infer<typeof DocEffortSchema>;
export type DocOrganisation = z.infer<typeof DocOrganisationSchema>;
export type DocRegion = z.infer<typeof DocRegionSchema>;
export type DocPerson = z.infer<typeof DocPersonSchema>;
export type DocLink = z.infer<typeof DocLinkSchema>;
export type DocDeadline = z.infer<typeof DeadlineInputSchema>;
export type DocProgress = z.infer<typeof DocProgressSchema>;

/** The JSON Schema of the document, published at GET /api/schemas/programme-document.json. */
export function programmeDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProgrammeDocumentSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
