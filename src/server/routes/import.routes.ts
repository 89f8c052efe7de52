import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CREATE_PROGRAMME_ACCESS } from '../../domain/access/rules';
import type { z } from 'zod';
import { importTable } from '../services/import/import-table';
import { previewTableImport, type TableImportPreview } from '../services/import/preview-table-import';
import { tableImportSummary } from '../services/import/table-import-summary';
import * as S from './import.schemas';

const tags = ['import'];
/** A 10 MB file is about 13.4 MB as base64. */
const bodyLimit = 15 * 1024 * 1024;

type Body = z.infer<typeof S.ImportTableBody>;

function options(body: Body) {
  return {
    kind: body.kind,
    file: new Uint8Array(Buffer.from(body.contentBase64, 'base64')),
    programmeTitle: body.programmeTitle,
    ...(body.slug === undefined ? {} : { slug: body.slug }),
  };
}

/** Tables from Word and Excel → a new programme: preview (writes nothing), then import (one transaction). */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.post(
    '/imports/preview',
    {
      bodyLimit,
      config: { access: CREATE_PROGRAMME_ACCESS },
      schema: {
        tags,
        summary: 'Lees een tabel en toon wat er aangemaakt wordt (schrijft niets)',
        body: S.ImportTableBody,
        response: { 200: S.ImportPreviewSchema },
      },
    },
    async (req) => previewView(await previewTableImport({ ...options(req.body), importedAt: ctx.clock.now() })),
  );

  app.post(
    '/imports',
    {
      bodyLimit,
      config: { access: CREATE_PROGRAMME_ACCESS },
      schema: {
        tags,
        summary: 'Importeer een tabel als nieuw programma (alles of niets)',
        body: S.ImportTableBody,
        response: { 201: S.ImportResultSchema },
      },
    },
    async (req, reply) => {
      const fileName = req.body.fileName;
      const r = await importTable(ctx.db, req.actor, { ...options(req.body), ...(fileName === undefined ? {} : { fileName }) }, ctx.clock);
      const programme = { slug: r.programme.slug, title: r.programme.title };
      return reply.status(201).send({ programme: r.programme, summary: tableImportSummary(r.preview, programme) });
    },
  );
};

function previewView(p: TableImportPreview): z.infer<typeof S.ImportPreviewSchema> {
  const { slug, title, levelLabels } = p.document.programme;
  return {
    kind: p.kind,
    source: p.source,
    programme: { slug, title, levelLabels },
    warnings: p.warnings,
    items: p.gapTable?.items ?? [],
    nodes: (p.programmeSheet?.nodes ?? []).map((n) => ({
      row: n.row,
      code: n.code,
      title: n.title,
      depth: n.depth,
      parentIndex: n.parentIndex,
      levelLabel: n.levelLabel,
      owner: n.owner,
      start: n.start,
      deadline: n.deadline?.wording ?? null,
      status: n.status,
    })),
    budgetTotalCents: p.gapTable?.budgetTotalCents ?? 0,
    summary: tableImportSummary(p, null),
  };
}
