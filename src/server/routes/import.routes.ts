import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CREATE_PROGRAMME_ACCESS } from '../../domain/access/rules';
import type { z } from 'zod';
import { importTable } from '../services/import/import-table';
import { previewTableImport } from '../services/import/preview-table-import';
import { tableImportPreviewView, tableImportSummary } from '../services/import/table-import-summary';
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
    async (req) =>
      tableImportPreviewView(await previewTableImport({ ...options(req.query, await readUpload(req)), importedAt: ctx.clock.now() })),
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
