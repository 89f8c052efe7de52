import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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

const ProgrammeParams = z.object({ programme: z.string().describe('id of slug van het programma') });
const LineParams = ProgrammeParams.extend({ line: z.string() });
const NodeParams = ProgrammeParams.extend({ node: z.string() });
const tags = ['financiën'];
const read = { access: { programme: 'lezer' as const } };
const write = { access: { programme: 'redacteur' as const } };

export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/finance',
    { config: read, schema: { tags, summary: 'Financiën: begrotingsregels, jaar × geldstroom × status, totalen per niveau en per gemeente', params: ProgrammeParams, response: { 200: FinanceSchema } } },
    async (request) => getFinance(app.ctx.db, { programme: request.params.programme }),
  );

  app.get(
    '/programmes/:programme/finance.xlsx',
    { config: read, schema: { tags, summary: 'Begrotingsregels en overzicht als Excel-bestand', params: ProgrammeParams } },
    async (request, reply) => {
      const f = await getFinance(app.ctx.db, { programme: request.params.programme });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="financien-${f.programme.slug}.xlsx"`)
        .send(await financeWorkbook(f));
    },
  );

  app.get(
    '/programmes/:programme/budget-lines',
    { config: read, schema: { tags, summary: 'Begrotingsregels van een programma', params: ProgrammeParams, response: { 200: z.object({ items: z.array(BudgetLineSchema) }) } } },
    async (request) => ({ items: await listBudgetLines(app.ctx.db, { programme: request.params.programme }) }),
  );

  app.post(
    '/programmes/:programme/budget-lines',
    { config: write, schema: { tags, summary: 'Begrotingsregel toevoegen', params: ProgrammeParams, body: BudgetLineFieldsSchema, response: { 201: BudgetLineSchema } } },
    async (request, reply) => reply.status(201).send(await createBudgetLine(app.ctx.db, request.actor, { programme: request.params.programme, fields: request.body }, app.ctx.clock)),
  );

  app.post(
    '/programmes/:programme/budget-lines/import',
    {
      bodyLimit: 15 * 1024 * 1024,
      config: write,
      schema: {
        tags,
        summary: 'Begrotingsregels uit XLSX of CSV (de kolommen van de Excel-export): eerst voorvertoning, dan alles of niets',
        params: ProgrammeParams,
        body: z.object({ contentBase64: z.base64().max(14 * 1024 * 1024), dryRun: z.boolean() }),
        response: { 200: BudgetImportResultSchema },
      },
    },
    async (request) =>
      importBudgetLines(app.ctx.db, request.actor, { programme: request.params.programme, file: new Uint8Array(Buffer.from(request.body.contentBase64, 'base64')), dryRun: request.body.dryRun }, app.ctx.clock),
  );

  app.patch(
    '/programmes/:programme/budget-lines/:line',
    { config: write, schema: { tags, summary: 'Begrotingsregel wijzigen (verouderde versie → 409)', params: LineParams, body: UpdateBudgetLineSchema, response: { 200: BudgetLineSchema } } },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateBudgetLine(app.ctx.db, request.actor, { programme: request.params.programme, lineId: request.params.line, version, fields }, app.ctx.clock);
    },
  );

  app.delete(
    '/programmes/:programme/budget-lines/:line',
    { config: write, schema: { tags, summary: 'Begrotingsregel verwijderen', params: LineParams, querystring: z.object({ version: z.coerce.number().int() }) } },
    async (request, reply) => {
      await deleteBudgetLine(app.ctx.db, request.actor, { programme: request.params.programme, lineId: request.params.line, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );

  app.put(
    '/programmes/:programme/nodes/:node/funding-total',
    {
      config: write,
      schema: {
        tags,
        summary: 'Het totaal dat de financieringstabel van een onderdeel noemt (null = geen)',
        params: NodeParams,
        body: z.object({ statedCents: z.int().min(0).max(1_000_000_000_000).nullable(), note: z.string().max(2000).nullable().optional() }),
      },
    },
    async (request, reply) => {
      await saveFundingTotal(app.ctx.db, request.actor, { programme: request.params.programme, nodeId: request.params.node, statedCents: request.body.statedCents, note: request.body.note ?? null }, app.ctx.clock);
      return reply.status(204).send();
    },
  );

  app.post(
    '/programmes/:programme/cost-splits/preview',
    { config: read, schema: { tags, summary: 'Kostenverdeling berekenen (niets opgeslagen)', params: ProgrammeParams, body: CostSplitInputSchema, response: { 200: CostSplitPreviewSchema } } },
    async (request) => previewProgrammeCostSplit(app.ctx.db, { programme: request.params.programme, input: request.body }),
  );

  app.get(
    '/programmes/:programme/cost-splits',
    { config: read, schema: { tags, summary: 'Vastgelegde kostenverdelingen', params: ProgrammeParams, response: { 200: z.object({ items: z.array(CostSplitSchema) }) } } },
    async (request) => ({ items: await listCostSplits(app.ctx.db, { programme: request.params.programme }) }),
  );

  app.post(
    '/programmes/:programme/cost-splits',
    { config: write, schema: { tags, summary: 'Kostenverdeling vastleggen als besluit (sleutel, peiljaar, aandelen)', params: ProgrammeParams, body: SaveCostSplitSchema, response: { 201: CostSplitSchema } } },
    async (request, reply) => {
      const { title, note, ...input } = request.body;
      return reply.status(201).send(await saveCostSplit(app.ctx.db, request.actor, { programme: request.params.programme, title, note: note ?? null, input }, app.ctx.clock));
    },
  );

  app.post(
    '/finance/cost-split',
    { config: { access: 'user' }, schema: { tags, summary: 'Een bedrag verdelen over de gemeenten van een regio (niets opgeslagen)', body: CostSplitInputSchema.omit({ nodeId: true }), response: { 200: CostSplitPreviewSchema } } },
    async (request) => previewCostSplit(app.ctx.db, request.body),
  );
};
