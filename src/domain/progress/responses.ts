/**
 * Response shapes of the progress API: ONE source for the routes' validation and OpenAPI, the services'
 * return types and the progress screens (z.infer below; the web imports the types only).
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { CHECK_RULES } from './contradictions';
import { LIFECYCLE_STATUSES } from './lifecycle';
import { MILESTONE_STATES } from './milestones';
import { PERIOD_KINDS } from './periods';
import { PERCENT_RULES, STATUS_RULES } from './roll-up';
import { PROGRESS_STATUSES } from './status';

const status = z.enum(PROGRESS_STATUSES);
const source = z.enum(['override', 'afgeleid', 'eigen', 'geen']);
const lifecycleStatus = z.enum(LIFECYCLE_STATUSES);
const milestoneState = z.enum(MILESTONE_STATES);

export const RuleSchema = z.object({ status: z.enum(STATUS_RULES), percent: z.enum(PERCENT_RULES) }).meta({ id: 'RollUpRule' });

export const ExplanationSchema = z
  .object({
    statusRule: z.enum(STATUS_RULES),
    percentRule: z.enum(PERCENT_RULES),
    counted: z.array(z.string()),
    excludedVervallen: z.array(z.string()),
    withoutStatus: z.array(z.string()),
    decisive: z.array(z.string()),
    percentBasis: z.array(z.object({ id: z.string(), percent: z.number(), weight: z.number() })),
    withoutPercent: z.array(z.string()),
  })
  .meta({ id: 'RollUpExplanation' });

export const NodeProgressSchema = z
  .object({
    nodeId: z.uuid(),
    parentId: z.uuid().nullable(),
    level: z.number().int(),
    code: z.string().nullable(),
    title: z.string(),
    lifecycle: z.object({ status: lifecycleStatus, since: z.string(), reason: z.string().nullable() }).nullable(),
    status: status.nullable(),
    percent: z.number().nullable(),
    statusSource: source,
    percentSource: source,
    derived: z.object({ status: status.nullable(), percent: z.number().nullable(), explanation: ExplanationSchema }).nullable(),
    override: z
      .object({
        id: z.uuid().nullable(),
        status: status.nullable(),
        percent: z.number().nullable(),
        reason: z.string(),
        authorLabel: z.string().nullable(),
        at: z.string().nullable(),
      })
      .nullable(),
    lastUpdate: z
      .object({
        id: z.uuid(),
        date: z.string(),
        status: status.nullable(),
        percent: z.number().nullable(),
        authorLabel: z.string(),
        isDemo: z.boolean(),
        correctionReason: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'NodeProgress' });

const PeriodRef = z.object({ id: z.uuid(), label: z.string(), lockedAt: z.string() }).nullable();

export const ProgressViewSchema = z.object({
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  levelLabels: z.array(z.string()),
  rule: RuleSchema,
  period: PeriodRef,
  today: z.string(),
  nodes: z.array(NodeProgressSchema),
});

const counts = z.record(z.string(), z.number());
/** The ancestors of a node as a reader names them (codes, or titles without a code), top first. */
const path = z.array(z.string());
export const CheckSchema = z
  .object({
    nodeId: z.uuid(),
    code: z.string().nullable(),
    title: z.string(),
    path,
    rule: z.enum(CHECK_RULES),
    key: z.string(),
    reason: z.string(),
    dismissal: z.object({ note: z.string(), authorLabel: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'ContradictionCheck' });
export const DashboardSchema = z.object({
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  levelLabels: z.array(z.string()),
  period: PeriodRef,
  asOf: z.string(),
  levels: z.array(z.object({ depth: z.number(), label: z.string(), total: z.number(), counts, lifecycle: counts })),
  worst: z.array(
    z.object({
      nodeId: z.uuid(),
      code: z.string().nullable(),
      title: z.string(),
      path,
      level: z.number(),
      status: status.nullable(),
      percent: z.number().nullable(),
      overridden: z.boolean(),
      lifecycle: lifecycleStatus.nullable(),
      corrected: z.boolean(),
      isDemo: z.boolean(),
    }),
  ),
  overdueMilestones: z.array(
    z.object({
      milestoneId: z.uuid(),
      nodeId: z.uuid(),
      nodeTitle: z.string(),
      nodeCode: z.string().nullable(),
      path,
      title: z.string(),
      dueLabel: z.string(),
      dueEnd: z.string().nullable(),
      state: milestoneState,
      isDemo: z.boolean(),
    }),
  ),
  missingUpdates: z.array(
    z.object({
      nodeId: z.uuid(),
      nodeTitle: z.string(),
      nodeCode: z.string().nullable(),
      path,
      periodLabel: z.string(),
      dueDate: z.string(),
      daysOverdue: z.number(),
    }),
  ),
  checks: z.array(CheckSchema),
  hasDemo: z.boolean(),
});

export const MyUpdatesSchema = z.object({
  today: z.string(),
  ownerId: z.string().nullable(),
  items: z.array(
    z.object({
      nodeId: z.uuid(),
      code: z.string().nullable(),
      title: z.string(),
      path,
      periodId: z.uuid(),
      periodLabel: z.string(),
      dueDate: z.string(),
      state: z.enum(['ingediend', 'open', 'te-laat']),
      daysOverdue: z.number(),
    }),
  ),
});

const cell = z.object({
  milestoneId: z.uuid(),
  title: z.string(),
  dueLabel: z.string(),
  state: milestoneState,
  isPlaceholder: z.boolean(),
  isDemo: z.boolean().optional(),
});
export const PlanningSchema = z.object({
  year: z.number(),
  level: z.number(),
  levelLabel: z.string(),
  today: z.string(),
  rows: z.array(
    z.object({
      nodeId: z.uuid(),
      code: z.string().nullable(),
      title: z.string(),
      path,
      quarters: z.tuple([z.array(cell), z.array(cell), z.array(cell), z.array(cell)]),
    }),
  ),
  hasDemo: z.boolean(),
});

export const TimelineSchema = z.object({
  today: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  rows: z.array(
    z.object({
      nodeId: z.uuid(),
      parentId: z.uuid().nullable(),
      level: z.number(),
      code: z.string().nullable(),
      title: z.string(),
      span: z.object({ start: z.string(), end: z.string(), label: z.string() }).nullable(),
      milestones: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          end: z.string().nullable(),
          label: z.string(),
          state: milestoneState,
          isDemo: z.boolean(),
        }),
      ),
    }),
  ),
});

export const TerugblikSchema = z.object({
  period: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  since: z.string().nullable(),
  until: z.string(),
  themes: z.array(
    z.object({
      themeId: z.uuid(),
      code: z.string().nullable(),
      title: z.string(),
      updates: z.array(
        z.object({
          id: z.uuid(),
          nodeId: z.uuid(),
          nodeTitle: z.string(),
          nodeCode: z.string().nullable(),
          path,
          date: z.string(),
          status,
          percent: z.number().nullable(),
          results: z.string().nullable(),
          attentionPoints: z.string().nullable(),
          authorLabel: z.string(),
          isDemo: z.boolean(),
          correctionReason: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const NodeHistorySchema = z.object({
  nodeId: z.uuid(),
  title: z.string(),
  ownerOrganisationId: z.uuid().nullable(),
  updates: z.array(
    z.object({
      id: z.uuid(),
      reportDate: z.string(),
      status: status.nullable(),
      percent: z.number().nullable(),
      results: z.string().nullable(),
      attentionPoints: z.string().nullable(),
      authorLabel: z.string(),
      isDemo: z.boolean(),
      createdAt: z.string(),
      correctsId: z.uuid().nullable(),
      correctionReason: z.string().nullable(),
      correctedById: z.uuid().nullable(),
      withdrawn: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
    }),
  ),
  overrides: z.array(
    z.object({
      id: z.uuid(),
      status: status.nullable(),
      percent: z.number().nullable(),
      reason: z.string(),
      authorLabel: z.string(),
      createdAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  lifecycle: z.array(
    z.object({
      id: z.uuid(),
      status: lifecycleStatus,
      since: z.string(),
      reason: z.string().nullable(),
      authorLabel: z.string(),
      createdAt: z.string(),
    }),
  ),
  milestones: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      wording: z.string().nullable(),
      dueLabel: z.string(),
      dueEnd: z.string().nullable(),
      doneDate: z.string().nullable(),
      state: milestoneState,
      planYear: z.number().nullable(),
      planQuarter: z.number().nullable(),
      isPlaceholder: z.boolean(),
      isDemo: z.boolean(),
      version: z.number(),
    }),
  ),
  checks: z.array(CheckSchema),
});

export const PeriodListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      label: z.string(),
      kind: z.enum(PERIOD_KINDS),
      startDate: z.string(),
      endDate: z.string(),
      dueDate: z.string(),
      lockedAt: z.string().nullable(),
      lockedBy: z.string().nullable(),
      current: z.boolean(),
      bodyId: z.uuid().nullable(),
    }),
  ),
});

const ref = z.object({ id: z.uuid(), name: z.string() });

/** "Waar zet mijn organisatie zich in?": every node where an organisation commits, across programmes. */
export const CommitmentsSchema = z
  .object({
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
    groups: z.array(ref),
    members: z.array(ref),
    today: z.string(),
    programmes: z.array(
      z.object({
        programmeId: z.uuid(),
        slug: z.string(),
        title: z.string(),
        nodes: z.array(
          z.object({
            nodeId: z.uuid(),
            code: z.string().nullable(),
            title: z.string(),
            path: z.array(z.string()),
            level: z.number(),
            levelLabel: z.string(),
            status: status.nullable(),
            percent: z.number().nullable(),
            statusIsDemo: z.boolean(),
            reasons: z.array(
              z.object({
                kind: z.enum(['inspanning', 'eigenaar', 'trekker', 'gemeente']),
                via: z.string().nullable(),
                text: z.string().nullable(),
              }),
            ),
            milestones: z.array(
              z.object({ id: z.uuid(), title: z.string(), dueLabel: z.string(), state: milestoneState, isDemo: z.boolean() }),
            ),
            duties: z.array(
              z.object({
                periodId: z.uuid(),
                periodLabel: z.string(),
                dueDate: z.string(),
                state: z.enum(['ingediend', 'open', 'te-laat']),
                daysOverdue: z.number(),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'OrganisationCommitments' });

export type NodeProgressView = z.infer<typeof NodeProgressSchema>;
export type ProgressView = z.infer<typeof ProgressViewSchema>;
export type CheckView = z.infer<typeof CheckSchema>;
export type NodeHistoryView = z.infer<typeof NodeHistorySchema>;
export type DashboardView = z.infer<typeof DashboardSchema>;
export type QuarterPlanView = z.infer<typeof PlanningSchema>;
export type TimelineView = z.infer<typeof TimelineSchema>;
export type TerugblikView = z.infer<typeof TerugblikSchema>;
export type MyUpdatesView = z.infer<typeof MyUpdatesSchema>;
export type PeriodView = z.infer<typeof PeriodListSchema>['items'][number];
export type OrganisationCommitmentsView = z.infer<typeof CommitmentsSchema>;
