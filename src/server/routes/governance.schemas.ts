import { z } from 'zod';
import { ACTION_STATUSES, BODY_KINDS, MEETING_STATUSES } from '../../domain/governance';
import { PROGRESS_STATUSES } from '../../domain/progress';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als jjjj-mm-dd')
  .describe('jjjj-mm-dd');
const text = (max: number) => z.string().max(max);
const optText = (max: number) => z.string().max(max).nullable().optional();

/** Programme by id or slug (the web UI uses slugs); the routes resolve it to the id. */
export const ProgrammeParams = z.object({ programmeId: z.string().min(1).max(200) });
export const BodyParams = ProgrammeParams.extend({ bodyId: z.uuid() });
export const SeatParams = BodyParams.extend({ seatId: z.uuid() });
export const MeetingParams = ProgrammeParams.extend({ meetingId: z.uuid() });
export const AgendaItemParams = MeetingParams.extend({ itemId: z.uuid() });
export const ActionParams = MeetingParams.extend({ actionId: z.uuid() });
export const PersonParams = z.object({ personId: z.uuid() });
export const IdSchema = z.object({ id: z.uuid() });
export const VersionQuery = z.object({ version: z.coerce.number().int() });

const Nominal = z.object({ minPerYear: z.number().int().min(1).max(366), maxPerYear: z.number().int().min(1).max(366) });
const kind = z.enum(BODY_KINDS);

export const BodyBody = z.object({
  key: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9-]+$/, 'kleine letters, cijfers en streepjes')
    .optional(),
  name: text(300),
  kind,
  purpose: optText(10_000),
  mandate: optText(10_000),
  frequencyText: optText(300).describe('zoals geschreven, bv. "elke 4 maanden" of "4–10 keer per jaar"'),
  durationText: optText(300),
  nominal: Nominal.nullable().optional().describe('leeg: Regietafel leest het uit de frequentie, als dat kan'),
  parentId: z.uuid().nullable().optional(),
  refersToBodyId: z.uuid().nullable().optional(),
  refersToName: optText(300),
  nodeIds: z.array(z.uuid()).max(500).optional(),
});
export const UpdateBodyBody = BodyBody.extend({ version: z.number().int() });

export const SeatBody = z.object({
  personId: z.uuid().nullable().describe('leeg = vacante zetel'),
  role: text(100),
  organisationIds: z.array(z.uuid()).max(50).default([]),
  note: optText(1000),
});

export const MeetingBody = z.object({ date: isoDate });
export const UpdateMeetingBody = z.object({ version: z.number().int(), date: isoDate.optional(), minutes: optText(50_000) });
export const AgendaItemBody = z.object({ title: text(500).default(''), nodeId: z.uuid().nullable().optional(), notes: optText(10_000) });
export const DecisionBody = z.object({
  text: text(10_000),
  nodeIds: z.array(z.uuid()).max(200).optional(),
  adoptedDocuments: z
    .array(z.object({ title: text(500), reference: optText(500) }))
    .max(50)
    .optional(),
});
export const ActionBody = z.object({
  text: text(5_000),
  ownerPersonId: z.uuid().nullable().optional(),
  ownerOrganisationId: z.uuid().nullable().optional(),
  deadline: isoDate.nullable().optional(),
});
export const DecisionParams = MeetingParams.extend({ decisionId: z.uuid() });
export const UpdateDecisionBody = DecisionBody.extend({ version: z.number().int() });
export const UpdateActionBody = ActionBody.extend({ version: z.number().int() });
export const VersionSchema = z.object({ version: z.number().int() });
export const ActionStatusBody = z.object({ status: z.enum(ACTION_STATUSES) });
export const CalendarQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });
export const DecisionsQuery = z.object({ bodyId: z.uuid().optional(), from: isoDate.optional(), to: isoDate.optional() });

const Ref = z.object({ id: z.uuid(), name: z.string() });
const BodyRef = z.object({ id: z.uuid(), name: z.string(), kind, programmeId: z.uuid(), programmeTitle: z.string().nullable() });
const NodeRef = z.object({ id: z.uuid(), code: z.string().nullable(), title: z.string() });
const SeatSchema = z.object({
  id: z.uuid(),
  role: z.string(),
  person: Ref.nullable(),
  vacant: z.boolean(),
  organisations: z.array(Ref),
  note: z.string().nullable(),
});

export const BodySchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    key: z.string(),
    name: z.string(),
    kind,
    purpose: z.string().nullable(),
    mandate: z.string().nullable(),
    frequencyText: z.string().nullable(),
    durationText: z.string().nullable(),
    nominal: Nominal.nullable(),
    parent: BodyRef.nullable(),
    children: z.array(BodyRef),
    refersTo: BodyRef.nullable(),
    refersToName: z.string().nullable(),
    referredFrom: z.array(BodyRef),
    nodes: z.array(NodeRef),
    seats: z.array(SeatSchema),
    depth: z.number().int(),
    isDemo: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Body' });

export const BodyListSchema = z.object({ programmeId: z.uuid(), programmeTitle: z.string(), bodies: z.array(BodySchema) });

export const ActionItemSchema = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    meetingDate: z.string(),
    bodyId: z.uuid(),
    bodyName: z.string(),
    position: z.number().int(),
    text: z.string(),
    ownerPerson: Ref.nullable(),
    ownerOrganisation: Ref.nullable(),
    deadline: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    doneDate: z.string().nullable(),
    overdue: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'ActionItem' });

export const DecisionSchema = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    meetingDate: z.string(),
    bodyId: z.uuid(),
    bodyName: z.string(),
    position: z.number().int(),
    text: z.string(),
    nodes: z.array(NodeRef),
    adoptedDocuments: z.array(z.object({ title: z.string(), reference: z.string().nullable() })),
    version: z.number().int(),
  })
  .meta({ id: 'Decision' });

const MeetingSummary = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  date: z.string(),
  status: z.enum(MEETING_STATUSES),
  agendaItems: z.number(),
  decisions: z.number(),
  actions: z.number(),
});

export const BodyDetailSchema = BodySchema.extend({
  programmeTitle: z.string(),
  meetings: z.array(MeetingSummary),
  periods: z.array(
    z.object({
      id: z.uuid(),
      label: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      dueDate: z.string(),
      lockedAt: z.string().nullable(),
    }),
  ),
  openActions: z.array(ActionItemSchema),
}).meta({ id: 'BodyDetail' });

const LookBackUpdate = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  date: z.string(),
  status: z.enum(PROGRESS_STATUSES),
  percent: z.number().nullable(),
  results: z.string().nullable(),
  attentionPoints: z.string().nullable(),
  authorLabel: z.string(),
  nodeTitle: z.string(),
  nodeCode: z.string().nullable(),
  isDemo: z.boolean(),
});

export const MeetingSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    body: z.object({ id: z.uuid(), name: z.string(), kind }),
    date: z.string(),
    status: z.enum(MEETING_STATUSES),
    minutes: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    version: z.number().int(),
    isDemo: z.boolean(),
    previousMeeting: z.object({ id: z.uuid(), date: z.string() }).nullable(),
    agenda: z.array(
      z.object({
        id: z.uuid(),
        position: z.number().int(),
        title: z.string(),
        notes: z.string().nullable(),
        node: z
          .object({
            id: z.uuid(),
            code: z.string().nullable(),
            title: z.string(),
            status: z.enum(PROGRESS_STATUSES).nullable(),
            percent: z.number().nullable(),
          })
          .nullable(),
        lookBack: z.object({ since: z.string().nullable(), until: z.string(), updates: z.array(LookBackUpdate) }).nullable(),
      }),
    ),
    carriedActions: z.array(ActionItemSchema),
    decisions: z.array(DecisionSchema),
    actions: z.array(ActionItemSchema),
  })
  .meta({ id: 'Meeting' });

export const CalendarSchema = z.object({
  programmeId: z.uuid(),
  year: z.number().int(),
  rows: z.array(
    z.object({
      bodyId: z.uuid(),
      bodyName: z.string(),
      bodyKind: kind,
      months: z.array(
        z.object({ month: z.number().int(), meetings: z.array(z.object({ id: z.uuid(), date: z.string(), status: z.string() })) }),
      ),
      count: z.number().int(),
      nominal: Nominal.nullable(),
      frequencyText: z.string().nullable(),
      deviations: z.array(z.object({ kind: z.enum(['te-weinig', 'te-veel', 'lange-pauze']), message: z.string() })),
    }),
  ),
});

export const DecisionsAndActionsSchema = z.object({
  programmeId: z.uuid(),
  bodyId: z.uuid().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  decisions: z.array(DecisionSchema),
  openActions: z.array(ActionItemSchema),
});

export const PersonBodiesSchema = z.object({
  personId: z.uuid(),
  personName: z.string(),
  seats: z.array(
    z.object({
      seatId: z.uuid(),
      role: z.string(),
      body: BodyRef,
      programmeSlug: z.string(),
      programmeTitle: z.string(),
      organisations: z.array(Ref),
    }),
  ),
});
