import { z } from 'zod';
import { int32, isoDateString, longString, shortString, titleString } from '../../domain/shared/limits';
import { LIFECYCLE_STATUSES, PERIOD_KINDS, PROGRESS_STATUSES } from '../../domain/progress';
import { DEADLINE_GRAINS } from '../../domain/shared/deadline';
import { RuleSchema } from '../../domain/progress/responses';
import { ProgrammeParams } from './params';

const isoDate = isoDateString('datum als jjjj-mm-dd').describe('jjjj-mm-dd');
const status = z.enum(PROGRESS_STATUSES);
const percent = int32().min(0).max(100);
const lifecycleStatus = z.enum(LIFECYCLE_STATUSES);

/** Programme by id or slug (the web UI uses slugs); the access check resolves it once (programmeOf). */
export { ProgrammeParams };
export const NodeParams = ProgrammeParams.extend({ nodeId: z.uuid() });
export const PeriodParams = ProgrammeParams.extend({ periodId: z.uuid() });
export const MilestoneParams = ProgrammeParams.extend({ milestoneId: z.uuid() });
export const PeriodQuery = z.object({ periodId: z.uuid().optional() });
export const IdSchema = z.object({ id: z.uuid() });

export const DismissCheckBody = z.object({ key: z.string().min(1).max(200), note: z.string().max(4_000) });
export const MyUpdatesQuery = z.object({ ownerId: z.uuid().optional() });
export const PlanningQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100),
  level: z.coerce.number().int().min(0).max(20).optional(),
});

export {
  CheckSchema,
  DashboardSchema,
  ExplanationSchema,
  MyUpdatesSchema,
  NodeHistorySchema,
  NodeProgressSchema,
  PeriodListSchema,
  PlanningSchema,
  ProgressViewSchema,
  RuleSchema,
  TerugblikSchema,
  TimelineSchema,
} from '../../domain/progress/responses';

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
