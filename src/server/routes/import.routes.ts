import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CREATE_PROGRAMME_ACCESS } from '../../domain/access/rules';
import type { z } from 'zod';
import { importTable } from '../services/import/import-table';
import { previewTableImport, type TableImportPreview } from '../services/import/preview-table-import';
import { tableImportSummary } from '../services/import/table-import-summary';
import * as S from './import.schemas';
import { readUpload, registerUploads, type Upload } from './uploads';

const tags = ['import'];
const consumes = ['multipart/form-data'];
const fileNote = 'Het bestand zelf als multipart/form-data (veld file, hoogstens 10 MB); soort en titel in de querystring.';

type Query = z.infer<typeof S.ImportTableQuery>;

function options(query: Query, upload: Upload) {
  return {
    kind: query.kind,
    file: upload.bytes,
    programmeTitle: query.programmeTitle,
    ...(query.slug === undefined ? {} : { slug: query.slug }),
  };
}

/** Tables from Word and Excel → a new programme: preview (writes nothing), then import (one transaction). */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  await registerUploads(app);

  app.post(
    '/imports/preview',
    {
      config: { access: CREATE_PROGRAMME_ACCESS },
      schema: {
        tags,
        summary: 'Lees een tabel en toon wat er aangemaakt wordt (schrijft niets)',
        description: fileNote,
        consumes,
        querystring: S.ImportTableQuery,
        response: { 200: S.ImportPreviewSchema },
      },
    },
    async (req) => previewView(await previewTableImport({ ...options(req.query, await readUpload(req)), importedAt: ctx.clock.now() })),
  );

  app.post(
    '/imports',
    {
      config: { access: CREATE_PROGRAMME_ACCESS },
      schema: {
        tags,
        summary: 'Importeer een tabel als nieuw programma (alles of niets)',
        description: fileNote,
        consumes,
        querystring: S.ImportTableQuery,
        response: { 201: S.ImportResultSchema },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req);
      const r = await importTable(ctx.db, req.actor, { ...options(req.query, upload), fileName: upload.fileName }, ctx.clock);
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
