import { z } from 'zod';

export const SetPublicationBody = z.object({
  published: z.boolean(),
  fields: z.record(z.string(), z.unknown()).describe('elk publiceerbaar veld: true of false'),
  version: z.number().int().min(0).describe('de versie waarop de wijziging is gebaseerd (0: nog nooit ingesteld)'),
});

export const ProgrammeParams = z.object({ programmeId: z.string().min(1).max(200) });
export const SlugParams = z.object({ slug: z.string().min(1).max(200) });

export {
  PublicationFieldsSchema,
  PublicationSchema,
  PublicProgrammeListSchema,
  PublicProgrammeSchema,
} from '../../domain/publication/responses';
