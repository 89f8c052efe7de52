/**
 * Response shapes of the audit API (the log's entries and the chain check): ONE source for the routes' validation
 * and OpenAPI and the audit readers' return types (z.infer below). See docs/ARCHITECTURE.md, "Response shapes: one
 * source".
 */
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

export const AuditListSchema = z.object({ items: z.array(AuditEntrySchema) });

export const ChainCheckSchema = z.object({
  ok: z.boolean(),
  entries: z.number(),
  /** Id of the first entry whose hash does not follow from the one before. */
  brokenAt: z.number().optional(),
});

export type AuditView = z.infer<typeof AuditEntrySchema>;
export type AuditList = z.infer<typeof AuditListSchema>;
export type ChainCheck = z.infer<typeof ChainCheckSchema>;
