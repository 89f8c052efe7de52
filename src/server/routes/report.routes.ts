import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dutchDate } from '../../domain/progress';
import type { BoardReport } from '../../domain/report/view-model';
import { renderReport, REPORT_CONTENT_TYPES, reportFileName, type ReportFormat } from '../../exports/report';
import { REPORT_HTML_CSP } from '../../exports/report/report-html';
import { programmeOf } from '../policies/programme-scope';
import { getPublicReport } from '../services/publication/get-public-report';
import { getBoardReport } from '../services/report/get-board-report';
import * as S from './report.schemas';

const tags = ['rapportage'];

async function send(reply: import('fastify').FastifyReply, report: BoardReport, format: ReportFormat) {
  const body = await renderReport(report, format);
  reply
    .header('content-type', REPORT_CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${reportFileName(report, format)}"`)
    .header('cache-control', 'no-store');
  // The HTML report carries its own stylesheet: allow exactly that one, nothing else.
  if (format === 'html') reply.header('content-security-policy', REPORT_HTML_CSP);
  return reply.send(body);
}

/** The board report (voortgangsrapportage) as DOCX, PDF, XLSX or HTML; the public version for visitors. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/programmes/:programmeId/report',
    {
      config: { access: { programme: 'lezer' } },
      schema: {
        tags,
        summary: 'Voortgangsrapportage van een programma, thema of de vergadering van een overleg (docx, pdf, xlsx, html)',
        params: S.ReportParams,
        querystring: S.ReportQuery,
      },
    },
    async (req, reply) => {
      const programmeId = programmeOf(req).id;
      const report = await getBoardReport(
        ctx.db,
        req.actor,
        {
          programmeId,
          theme: req.query.theme,
          period: req.query.period,
          language: req.query.lang,
          meetingId: req.query.meeting ?? null,
          body: req.query.body ?? null,
        },
        ctx.clock,
      );
      return send(reply, report, req.query.format);
    },
  );

  app.get(
    '/public/programmes/:slug/report',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Publieksversie van de voortgangsrapportage van een gepubliceerd programma',
        params: S.PublicReportParams,
        querystring: S.PublicReportQuery,
      },
    },
    async (req, reply) => {
      const report = await getPublicReport(ctx.db, { slug: req.params.slug, language: req.query.lang }, dutchDate(ctx.clock.now()));
      return send(reply, report, req.query.format);
    },
  );
};
