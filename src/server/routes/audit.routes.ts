import { programmeOf } from '../policies/programme-scope';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuditView } from '../../domain/audit/responses';
import { auditToCsv, listAudit } from '../audit/read-audit';
import { verifyAuditChain } from '../audit/record-audit';
import { AuditExportQuerySchema, AuditListSchema, AuditQuerySchema, ChainCheckSchema, ProgrammeParamsSchema } from './audit.schemas';

const tags = ['audit'];

function sendExport(reply: FastifyReply, entries: AuditView[], format: 'csv' | 'json', name: string) {
  reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(auditToCsv(entries));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(entries, null, 2));
}

/** The audit trail: per programme for its members, per entity (one node's history), platform-wide for beheerders. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programmeId/audit',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags,
        summary: 'Wijzigingen in een programma, ook per element',
        params: ProgrammeParamsSchema,
        querystring: AuditQuerySchema,
        response: { 200: AuditListSchema },
      },
    },
    async (request) => ({ items: await listAudit(app.ctx.db, { ...request.query, programmeId: programmeOf(request).id }) }),
  );

  app.get(
    '/programmes/:programmeId/audit/export',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags,
        summary: 'Wijzigingen in een programma als CSV of JSON',
        params: ProgrammeParamsSchema,
        querystring: AuditExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const entries = await listAudit(app.ctx.db, { ...filter, programmeId: programmeOf(request).id });
      return sendExport(reply, entries, format, `audit-${programmeOf(request).id}`);
    },
  );

  app.get(
    '/audit',
    {
      config: { access: { platform: 'beheerder' } },
      schema: {
        tags,
        summary: 'Het hele auditlogboek (ook accounts en inloggen)',
        querystring: AuditQuerySchema,
        response: { 200: AuditListSchema },
      },
    },
    async (request) => ({ items: await listAudit(app.ctx.db, request.query) }),
  );

  app.get(
    '/audit/export',
    {
      config: { access: { platform: 'beheerder' } },
      schema: { tags, summary: 'Het auditlogboek als CSV of JSON', querystring: AuditExportQuerySchema },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      return sendExport(reply, await listAudit(app.ctx.db, filter), format, 'audit');
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { access: { platform: 'beheerder' } },
      schema: { tags, summary: 'Controleer de hashketen van het auditlogboek', response: { 200: ChainCheckSchema } },
    },
    async () => verifyAuditChain(app.ctx.db),
  );
};
