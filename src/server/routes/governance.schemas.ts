import { z } from 'zod';
import { ACTION_STATUSES, BODY_KINDS } from '../../domain/governance';

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

export {
  ActionItemSchema,
  BodyDetailSchema,
  BodyListSchema,
  BodySchema,
  CalendarSchema,
  DecisionSchema,
  DecisionsAndActionsSchema,
  MeetingSchema,
  PersonBodiesSchema,
} from '../../domain/governance/responses';
