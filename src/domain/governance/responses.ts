/**
 * Response shapes of the governance API: ONE source for the routes' validation and OpenAPI, the services'
 * return types, the board report (which imports them as types and calls listDecisionsAndActions) and the
 * governance screens (z.infer below; the web imports the types only).
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { PROGRESS_STATUSES } from '../progress/status';
import { ACTION_STATUSES, BODY_KINDS, MEETING_STATUSES } from './vocabulary';

const Nominal = z.object({ minPerYear: z.number().int().min(1).max(366), maxPerYear: z.number().int().min(1).max(366) });
const kind = z.enum(BODY_KINDS);

const Ref = z.object({ id: z.uuid(), name: z.string() });
const BodyRef = z.object({
  id: z.uuid(),
  name: z.string(),
  kind,
  programmeId: z.uuid(),
  programmeTitle: z.string().nullable().describe('gezet als het overleg bij een ander programma hoort dan het gevraagde'),
});
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

export const BodyListSchema = z.object({
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  bodies: z.array(BodySchema).describe('diepte eerst langs de nesting'),
});

/** What an action and a decision both say about their place: the meeting, its body, the position and the text. */
const MeetingItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingDate: z.string(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  position: z.number().int(),
  text: z.string(),
});

export const ActionItemSchema = MeetingItemSchema.extend({
  ownerPerson: Ref.nullable(),
  ownerOrganisation: Ref.nullable(),
  deadline: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  doneDate: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
}).meta({ id: 'ActionItem' });

export const DecisionSchema = MeetingItemSchema.extend({
  nodes: z.array(NodeRef),
  adoptedDocuments: z.array(z.object({ title: z.string(), reference: z.string().nullable() })),
  version: z.number().int(),
}).meta({ id: 'Decision' });

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

export type BodyRef = z.infer<typeof BodyRef>;
export type Seat = z.infer<typeof SeatSchema>;
export type Body = z.infer<typeof BodySchema>;
export type BodyListView = z.infer<typeof BodyListSchema>;
export type MeetingSummary = z.infer<typeof MeetingSummary>;
export type BodyDetailView = z.infer<typeof BodyDetailSchema>;
export type ActionItem = z.infer<typeof ActionItemSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type AgendaItem = Meeting['agenda'][number];
export type CalendarView = z.infer<typeof CalendarSchema>;
export type PersonBodiesView = z.infer<typeof PersonBodiesSchema>;
export type DecisionsAndActionsView = z.infer<typeof DecisionsAndActionsSchema>;
