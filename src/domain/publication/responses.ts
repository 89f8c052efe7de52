/**
 * Response shapes of the publication API: the programme's publication settings and the public read models (what a
 * visitor without an account gets). ONE source for the routes' validation and OpenAPI, the services' return types
 * and the public pages (z.infer below; the web imports the types only). See docs/ARCHITECTURE.md, "Response
 * shapes: one source".
 *
 * A field that is not published is absent (not null), so a test can tell at once that it never left the server.
 */
import { z } from 'zod';
import { MILESTONE_STATES } from '../progress/milestones';
import { PROGRESS_STATUSES } from '../progress/status';
import { PUBLICATION_FIELDS, type PublicationField } from './fields';

const fieldsShape = Object.fromEntries(PUBLICATION_FIELDS.map((f) => [f, z.boolean()])) as Record<PublicationField, z.ZodBoolean>;
export const PublicationFieldsSchema = z.object(fieldsShape).meta({ id: 'PublicationFields' });

export const PublicationSchema = z
  .object({
    programmeId: z.uuid(),
    published: z.boolean(),
    fields: PublicationFieldsSchema,
    publishedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Publication' });

export const PublicProgrammeSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  shortName: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  description: z.string().nullable().optional(),
});

export const PublicProgrammeListSchema = z.object({ items: z.array(PublicProgrammeSummarySchema) }).meta({ id: 'PublicProgrammeList' });

export const PublicNodeSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.number().int(),
  depth: z.number().int(),
  code: z.string().nullable(),
  title: z.string(),
  path: z.string(),
  description: z.string().nullable().optional(),
  status: z.enum(PROGRESS_STATUSES).nullable().optional(),
  percent: z.number().nullable().optional(),
  /** The latest update up to the shown period's end: its date with the published texts. */
  latest: z
    .object({ date: z.string(), results: z.string().nullable().optional(), attentionPoints: z.string().nullable().optional() })
    .nullable()
    .optional(),
  milestones: z.array(z.object({ title: z.string(), dueLabel: z.string(), state: z.enum(MILESTONE_STATES) })).optional(),
});

export const PublicProgrammeSchema = PublicProgrammeSummarySchema.extend({
  levelLabels: z.array(z.string()),
  fields: PublicationFieldsSchema,
  /** The locked period whose state is shown; null: no period has been locked yet (no statuses). */
  period: z.object({ label: z.string(), startDate: z.string(), endDate: z.string() }).nullable(),
  /** Depth first, as in the programme document. */
  nodes: z.array(PublicNodeSchema),
}).meta({ id: 'PublicProgramme' });

export type PublicationView = z.infer<typeof PublicationSchema>;
export type PublicProgrammeSummary = z.infer<typeof PublicProgrammeSummarySchema>;
export type PublicProgrammeList = z.infer<typeof PublicProgrammeListSchema>;
export type PublicNodeView = z.infer<typeof PublicNodeSchema>;
export type PublicProgrammeView = z.infer<typeof PublicProgrammeSchema>;
