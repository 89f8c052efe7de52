import { z } from 'zod';
import { int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { CHECK_RULES, LIFECYCLE_STATUSES, PERCENT_RULES, PERIOD_KINDS, PROGRESS_STATUSES, STATUS_RULES } from '../../domain/progress';
import { DEADLINE_GRAINS } from '../../domain/shared/deadline';
import { ProgrammeParams } from './params';

const isoDate = isoDateString('datum als jjjj-mm-dd').describe('jjjj-mm-dd');
const status = z.enum(PROGRESS_STATUSES);
const percent = int32().min(0).max(100);
const source = z.enum(['override', 'afgeleid', 'eigen', 'geen']);
const lifecycleStatus = z.enum(LIFECYCLE_STATUSES);

/** Programme by id or slug (the web UI uses slugs); the access check resolves it once (programmeOf). */
export { ProgrammeParams };
export const NodeParams = ProgrammeParams.extend({ nodeId: z.uuid() });
export const PeriodParams = ProgrammeParams.extend({ periodId: z.uuid() });
export const MilestoneParams = ProgrammeParams.extend({ milestoneId: z.uuid() });
export const PeriodQuery = z.object({ periodId: z.uuid().optional() });
export const IdSchema = z.object({ id: z.uuid() });

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
export const DismissCheckBody = z.object({ key: z.string().min(1).max(200), note: z.string().max(4_000) });
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
      state: z.string(),
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

export const MyUpdatesQuery = z.object({ ownerId: z.uuid().optional() });
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

const milestoneState = z.enum(['gehaald', 'te-laat-gehaald', 'te-laat', 'open', 'zonder-termijn']);
export const PlanningQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  level: z.coerce.number().int().min(0).max(20).optional(),
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

export const PostUpdateBody = z.object({
  reportDate: isoDate.optional(),
  status,
  percent: percent.nullable().optional(),
  results: longString().max(10_000).nullable().optional(),
  attentionPoints: longString().max(10_000).nullable().optional(),
});

export const LifecycleBody = z.object({
  status: lifecycleStatus,
  since: isoDate.nullable().optional(),
  reason: longString().max(2000).nullable().optional(),
});
export const UpdateParams = ProgrammeParams.extend({ updateId: z.uuid() });
export const CorrectUpdateBody = PostUpdateBody.extend({
  reason: longString().max(2000).describe('waarom de eerdere update verkeerd was (minstens 5 tekens)'),
});
export const WithdrawUpdateBody = z.object({ reason: longString().max(2000) });

/** `basedOn`: the id of the active override the user saw (null: none); another one now answers 409 with the current state. */
const basedOn = z.uuid().nullable().describe('de overschrijving waarop de wijziging is gebaseerd (null: er was er geen)');
export const OverrideBody = z.object({ status: status.nullable(), percent: percent.nullable(), reason: longString().max(4_000), basedOn });
export const WithdrawOverrideBody = z.object({ basedOn: z.uuid() });

export const RuleBody = z.object({
  rule: RuleSchema,
  weights: z.record(z.uuid(), z.number().max(1_000_000, 'gewicht hoogstens 1.000.000')).optional(),
});

/** The cycle a period belongs to: a body's (overleg) id, or absent/null for the programme's own. */
const cycleBodyId = z
  .uuid()
  .nullable()
  .optional()
  .describe('het overleg van de rapportagecyclus; leeg = de eigen cyclus van het programma');
const PeriodInputSchema = z.object({
  label: z.string().min(1).max(200),
  kind: z.enum(PERIOD_KINDS),
  startDate: isoDate,
  endDate: isoDate,
  dueDate: isoDate,
  bodyId: cycleBodyId,
});
export const CreatePeriodsBody = z.union([
  z.object({ periods: z.array(PeriodInputSchema).min(1).max(100) }),
  z.object({
    quarters: z.object({
      year: z.number().int().min(1990).max(2100),
      dueDaysAfterEnd: z.number().int().min(0).max(90).default(10),
      bodyId: cycleBodyId,
    }),
  }),
  z.object({
    boardMeetings: z.object({
      dates: z.array(isoDate).min(1).max(50),
      firstStart: isoDate,
      dueDaysBefore: z.number().int().min(0).max(90).default(14),
      bodyId: cycleBodyId,
      labelPrefix: z.string().min(1).max(120).optional(),
    }),
  }),
]);

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

export const DeadlineSchema = z.object({
  grain: z.enum(DEADLINE_GRAINS),
  wording: shortString().nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
});
export const MilestoneBody = z.object({
  nodeId: z.uuid(),
  title: titleString().describe('mag leeg zijn bij een nog te benoemen mijlpaal (isPlaceholder)'),
  deadline: DeadlineSchema.nullable().optional().describe('bij wijzigen: weglaten = ongewijzigd'),
  dueText: z
    .string()
    .max(200)
    .nullable()
    .optional()
    .describe('termijn in woorden, bv. "Q3 2022", "eind Q3 / begin Q4 2022" of "doorlopend"; bij wijzigen: weglaten = ongewijzigd'),
  doneDate: isoDate
    .nullable()
    .optional()
    .describe('gehaald op (niet in de toekomst); null = niet gehaald (ongedaan maken); weglaten = ongewijzigd'),
  planYear: int32().nullable().optional().describe('planningscel: jaar (met planQuarter)'),
  planQuarter: int32().nullable().optional().describe('planningscel: kwartaal 1–4'),
  isPlaceholder: z.boolean().optional(),
  reason: longString().max(2000).nullable().optional().describe('waarom gewijzigd (correctie), in het auditlog'),
  version: int32().optional(),
});
export const DeleteMilestoneBody = z.object({ version: int32(), reason: longString().max(2000).nullable().optional() });
