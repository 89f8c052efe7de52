import { z } from 'zod';

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

export { AuditEntrySchema, AuditListSchema, ChainCheckSchema } from '../../domain/audit/responses';
export { ProgrammeParams as ProgrammeParamsSchema } from './params';
