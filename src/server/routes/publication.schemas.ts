import { z } from 'zod';
import { PROGRESS_STATUSES } from '../../domain/progress';
import { PUBLICATION_FIELDS } from '../../domain/publication/fields';

const fieldsShape = Object.fromEntries(PUBLICATION_FIELDS.map((f) => [f, z.boolean()])) as Record<
  (typeof PUBLICATION_FIELDS)[number],
  z.ZodBoolean
>;
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

export const SetPublicationBody = z.object({
  published: z.boolean(),
  fields: z.record(z.string(), z.unknown()).describe('elk publiceerbaar veld: true of false'),
  version: z.number().int().min(0).describe('de versie waarop de wijziging is gebaseerd (0: nog nooit ingesteld)'),
});

export const ProgrammeParams = z.object({ programmeId: z.string().min(1).max(200) });
export const SlugParams = z.object({ slug: z.string().min(1).max(200) });

const summary = {
  slug: z.string(),
  title: z.string(),
  shortName: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  description: z.string().nullable().optional(),
};
export const PublicProgrammeListSchema = z.object({ items: z.array(z.object(summary)) }).meta({ id: 'PublicProgrammeList' });

export const PublicProgrammeSchema = z
  .object({
    ...summary,
    levelLabels: z.array(z.string()),
    fields: PublicationFieldsSchema,
    period: z.object({ label: z.string(), startDate: z.string(), endDate: z.string() }).nullable(),
    nodes: z.array(
      z.object({
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
        latest: z
          .object({ date: z.string(), results: z.string().nullable().optional(), attentionPoints: z.string().nullable().optional() })
          .nullable()
          .optional(),
        milestones: z
          .array(
            z.object({
              title: z.string(),
              dueLabel: z.string(),
              state: z.enum(['gehaald', 'te-laat-gehaald', 'te-laat', 'open', 'zonder-termijn']),
            }),
          )
          .optional(),
      }),
    ),
  })
  .meta({ id: 'PublicProgramme' });
