import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programmeOf } from '../policies/programme-scope';
import { ProgrammeParams } from './params';
import { financeWorkbook } from '../../exports/finance-xlsx';
import { createBudgetLine, deleteBudgetLine, listBudgetLines, updateBudgetLine } from '../services/finance/budget-lines';
import { listCostSplits, previewCostSplit, previewProgrammeCostSplit, saveCostSplit } from '../services/finance/cost-split';
import { getFinance } from '../services/finance/finance-overview';
import { importBudgetLines } from '../services/finance/import-budget-lines';
import { saveFundingTotal } from '../services/finance/set-funding-total';
import {
  BudgetImportResultSchema,
  BudgetLineFieldsSchema,
  BudgetLineSchema,
  CostSplitInputSchema,
  CostSplitPreviewSchema,
  CostSplitSchema,
  FinanceSchema,
  SaveCostSplitSchema,
  UpdateBudgetLineSchema,
} from './finance.schemas';
import { readUpload, registerUploads } from './uploads';

const LineParams = ProgrammeParams.extend({ lineId: z.string() });
const NodeParams = ProgrammeParams.extend({ nodeId: z.string() });
const tags = ['financiën'];
const read = { access: { programme: 'lezer' as const } };
const write = { access: { programme: 'redacteur' as const } };

export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerUploads(app);
  app.get(
    '/programmes/:programmeId/finance',
    {
      config: read,
      schema: {
        tags,
        summary: 'Financiën: begrotingsregels, jaar × geldstroom × status, totalen per niveau en per gemeente',
        params: ProgrammeParams,
        response: { 200: FinanceSchema },
      },
    },
    async (request) => getFinance(app.ctx.db, { programme: programmeOf(request).id }),
  );

  app.get(
    '/programmes/:programmeId/finance.xlsx',
    { config: read, schema: { tags, summary: 'Begrotingsregels en overzicht als Excel-bestand', params: ProgrammeParams } },
    async (request, reply) => {
      const f = await getFinance(app.ctx.db, { programme: programmeOf(request).id });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="financien-${f.programme.slug}.xlsx"`)
        .send(await financeWorkbook(f));
    },
  );

  app.get(
    '/programmes/:programmeId/budget-lines',
    {
      config: read,
      schema: {
        tags,
        summary: 'Begrotingsregels van een programma',
        params: ProgrammeParams,
        response: { 200: z.object({ items: z.array(BudgetLineSchema) }) },
      },
    },
    async (request) => ({ items: await listBudgetLines(app.ctx.db, { programme: programmeOf(request).id }) }),
  );

  app.post(
    '/programmes/:programmeId/budget-lines',
    {
      config: write,
      schema: {
        tags,
        summary: 'Begrotingsregel toevoegen',
        params: ProgrammeParams,
        body: BudgetLineFieldsSchema,
        response: { 201: BudgetLineSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createBudgetLine(app.ctx.db, request.actor, { programme: programmeOf(request).id, fields: request.body }, app.ctx.clock),
        ),
  );

  app.post(
    '/programmes/:programmeId/budget-lines/import',
    {
      config: write,
      schema: {
        tags,
        summary: 'Begrotingsregels uit XLSX of CSV (de kolommen van de Excel-export): eerst voorvertoning, dan alles of niets',
        description: 'Het bestand zelf als multipart/form-data (veld file, hoogstens 10 MB); dryRun=true toont alleen wat er zou gebeuren.',
        consumes: ['multipart/form-data'],
        params: ProgrammeParams,
        querystring: z.object({ dryRun: z.enum(['true', 'false']).describe('true: voorvertoning, schrijft niets') }),
        response: { 200: BudgetImportResultSchema },
      },
    },
    async (request) =>
      importBudgetLines(
        app.ctx.db,
        request.actor,
        {
          programme: programmeOf(request).id,
          file: (await readUpload(request)).bytes,
          dryRun: request.query.dryRun === 'true',
        },
        app.ctx.clock,
      ),
  );

  app.patch(
    '/programmes/:programmeId/budget-lines/:lineId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Begrotingsregel wijzigen (verouderde versie → 409)',
        params: LineParams,
        body: UpdateBudgetLineSchema,
        response: { 200: BudgetLineSchema },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateBudgetLine(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, lineId: request.params.lineId, version, fields },
        app.ctx.clock,
      );
    },
  );

  app.delete(
    '/programmes/:programmeId/budget-lines/:lineId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Begrotingsregel verwijderen',
        params: LineParams,
        querystring: z.object({ version: z.coerce.number().int() }),
      },
    },
    async (request, reply) => {
      await deleteBudgetLine(
        app.ctx.db,
        request.actor,
        { programme: programmeOf(request).id, lineId: request.params.lineId, version: request.query.version },
        app.ctx.clock,
      );
      return reply.status(204).send();
    },
  );

  app.put(
    '/programmes/:programmeId/nodes/:nodeId/funding-total',
    {
      config: write,
      schema: {
        tags,
        summary: 'Het totaal dat de financieringstabel van een element noemt (null = geen)',
        params: NodeParams,
        body: z.object({ statedCents: z.int().min(0).max(1_000_000_000_000).nullable(), note: z.string().max(2000).nullable().optional() }),
      },
    },
    async (request, reply) => {
      await saveFundingTotal(
        app.ctx.db,
        request.actor,
        {
          programme: programmeOf(request).id,
          nodeId: request.params.nodeId,
          statedCents: request.body.statedCents,
          note: request.body.note ?? null,
        },
        app.ctx.clock,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/programmes/:programmeId/cost-splits/preview',
    {
      config: read,
      schema: {
        tags,
        summary: 'Kostenverdeling berekenen (niets opgeslagen)',
        params: ProgrammeParams,
        body: CostSplitInputSchema,
        response: { 200: CostSplitPreviewSchema },
      },
    },
    async (request) => previewProgrammeCostSplit(app.ctx.db, { programme: programmeOf(request).id, input: request.body }),
  );

  app.get(
    '/programmes/:programmeId/cost-splits',
    {
      config: read,
      schema: {
        tags,
        summary: 'Vastgelegde kostenverdelingen',
        params: ProgrammeParams,
        response: { 200: z.object({ items: z.array(CostSplitSchema) }) },
      },
    },
    async (request) => ({ items: await listCostSplits(app.ctx.db, { programme: programmeOf(request).id }) }),
  );

  app.post(
    '/programmes/:programmeId/cost-splits',
    {
      config: write,
      schema: {
        tags,
        summary: 'Kostenverdeling vastleggen als besluit (sleutel, peiljaar, aandelen)',
        params: ProgrammeParams,
        body: SaveCostSplitSchema,
        response: { 201: CostSplitSchema },
      },
    },
    async (request, reply) => {
      const { title, note, ...input } = request.body;
      return reply
        .status(201)
        .send(
          await saveCostSplit(
            app.ctx.db,
            request.actor,
            { programme: programmeOf(request).id, title, note: note ?? null, input },
            app.ctx.clock,
          ),
        );
    },
  );

  app.post(
    '/finance/cost-split',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Een bedrag verdelen over de gemeenten van een regio (niets opgeslagen)',
        body: CostSplitInputSchema.omit({ nodeId: true }),
        response: { 200: CostSplitPreviewSchema },
      },
    },
    async (request) => previewCostSplit(app.ctx.db, request.body),
  );
};
