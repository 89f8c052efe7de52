import { z } from 'zod';

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    programmeId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditQuerySchema = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  afterId: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const AuditExportQuerySchema = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  format: z.enum(['csv', 'json']).default('csv'),
});

export const AuditListSchema = z.object({ items: z.array(AuditEntrySchema) });
export const ChainCheckSchema = z.object({ ok: z.boolean(), entries: z.number(), brokenAt: z.number().optional() });
export { ProgrammeParams as ProgrammeParamsSchema } from './params';
