import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importCbsPopulation } from '../services/organisation/import-cbs-population';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  setPopulation,
  updateOrganisation,
} from '../services/organisation/organisation-writes';
import { createPerson, deletePerson, getPerson, listPersons, updatePerson } from '../services/organisation/person-writes';
import { createRegion, deleteRegion, getRegion, listRegions, updateRegion } from '../services/organisation/region-writes';
import { DomainError } from '../../domain/shared/errors';
import { VersionQuerySchema } from './node.schemas';
import { IMPORT_UPLOAD_LIMIT } from './uploads';
import {
  CbsImportResultSchema,
  CreateOrganisationSchema,
  CreatePersonSchema,
  CreateRegionSchema,
  OrganisationListSchema,
  OrganisationSchema,
  PersonListSchema,
  PersonSchema,
  PopulationInputSchema,
  RegionListSchema,
  RegionSchema,
  UpdateOrganisationSchema,
  UpdatePersonSchema,
  UpdateRegionSchema,
} from './organisation.schemas';

const OrganisationParams = z.object({ organisationId: z.string() });
const RegionParams = z.object({ regionId: z.string() });
const PersonParams = z.object({ personId: z.string() });
const read = { access: 'user' as const };
const manage = { access: { platform: 'beheerder' as const } };

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  // The CBS export travels as its own bytes (raw body): the service finds the encoding (UTF-8, UTF-16, Windows-1252).
  app.addContentTypeParser(['text/csv', 'application/octet-stream'], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  const tags = ['organisaties'];
  app.get(
    '/organisations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Organisaties (filter op soort)',
        querystring: z.object({ kind: z.string().optional() }),
        response: { 200: OrganisationListSchema },
      },
    },
    async (request) => ({
      items: await listOrganisations(app.ctx.db, request.actor, request.query.kind ? { kind: request.query.kind } : {}),
    }),
  );
  app.post(
    '/organisations',
    {
      config: manage,
      schema: { tags, summary: 'Organisatie toevoegen', body: CreateOrganisationSchema, response: { 201: OrganisationSchema } },
    },
    async (request, reply) => reply.status(201).send(await createOrganisation(app.ctx.db, request.actor, request.body, app.ctx.clock)),
  );
  app.get(
    '/organisations/:organisationId',
    {
      config: read,
      schema: { tags, summary: 'Organisatie met inwonertallen', params: OrganisationParams, response: { 200: OrganisationSchema } },
    },
    async (request) => getOrganisation(app.ctx.db, request.actor, request.params.organisationId),
  );
  app.patch(
    '/organisations/:organisationId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Organisatie wijzigen (verouderde versie → 409)',
        params: OrganisationParams,
        body: UpdateOrganisationSchema,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateOrganisation(app.ctx.db, request.actor, { id: request.params.organisationId, version, fields }, app.ctx.clock);
    },
  );
  app.delete(
    '/organisations/:organisationId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Organisatie verwijderen (alleen als niet in gebruik)',
        params: OrganisationParams,
        querystring: VersionQuerySchema,
      },
    },
    async (request, reply) => {
      await deleteOrganisation(
        app.ctx.db,
        request.actor,
        { id: request.params.organisationId, version: request.query.version },
        app.ctx.clock,
      );
      return reply.status(204).send();
    },
  );
  app.put(
    '/organisations/:organisationId/population/:year',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Inwonertal van een gemeente voor een peiljaar (null = onbekend)',
        params: OrganisationParams.extend({ year: z.coerce.number().int().min(1800).max(2200) }),
        body: PopulationInputSchema,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) =>
      setPopulation(
        app.ctx.db,
        request.actor,
        { id: request.params.organisationId, year: request.params.year, value: request.body },
        app.ctx.clock,
      ),
  );
  app.post(
    '/population/import-cbs',
    {
      config: manage,
      bodyLimit: IMPORT_UPLOAD_LIMIT,
      schema: {
        tags,
        summary: 'Inwonertallen inlezen uit een CBS StatLine-export (CSV, text/csv)',
        description: 'Het bestand zelf als body (text/csv, hoogstens 10 MB); de codering wordt uit de bytes bepaald.',
        consumes: ['text/csv'],
        querystring: z.object({ source: z.string().optional() }),
        response: { 200: CbsImportResultSchema },
      },
    },
    async (request) => {
      if (!(request.body instanceof Uint8Array) || request.body.length === 0)
        throw new DomainError('VALIDATION_FAILED', 'Stuur de CBS-export zelf mee als body (Content-Type: text/csv).', [
          { field: 'body', reason: 'leeg of geen text/csv' },
        ]);
      const csv = new Uint8Array(request.body);
      return importCbsPopulation(
        app.ctx.db,
        request.actor,
        { csv, ...(request.query.source ? { source: request.query.source } : {}) },
        app.ctx.clock,
      );
    },
  );

  const rtags = ['regio’s'];
  app.get(
    '/regions',
    { config: read, schema: { tags: rtags, summary: 'Regio’s', response: { 200: RegionListSchema } } },
    async (request) => ({
      items: await listRegions(app.ctx.db, request.actor),
    }),
  );
  app.post(
    '/regions',
    { config: manage, schema: { tags: rtags, summary: 'Regio toevoegen', body: CreateRegionSchema, response: { 201: RegionSchema } } },
    async (request, reply) => reply.status(201).send(await createRegion(app.ctx.db, request.actor, request.body, app.ctx.clock)),
  );
  app.get(
    '/regions/:regionId',
    { config: read, schema: { tags: rtags, summary: 'Regio', params: RegionParams, response: { 200: RegionSchema } } },
    async (request) => getRegion(app.ctx.db, request.actor, request.params.regionId),
  );
  app.patch(
    '/regions/:regionId',
    {
      config: manage,
      schema: { tags: rtags, summary: 'Regio wijzigen', params: RegionParams, body: UpdateRegionSchema, response: { 200: RegionSchema } },
    },
    async (request) => updateRegion(app.ctx.db, request.actor, { id: request.params.regionId, ...request.body }, app.ctx.clock),
  );
  app.delete(
    '/regions/:regionId',
    { config: manage, schema: { tags: rtags, summary: 'Regio verwijderen', params: RegionParams, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deleteRegion(app.ctx.db, request.actor, { id: request.params.regionId, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );

  const ptags = ['personen'];
  app.get(
    '/persons',
    {
      config: read,
      schema: {
        tags: ptags,
        summary: 'Personen',
        querystring: z.object({ organisationId: z.uuid().optional(), includeRemoved: z.enum(['true', 'false']).optional() }),
        response: { 200: PersonListSchema },
      },
    },
    async (request) => ({
      items: await listPersons(app.ctx.db, request.actor, {
        ...(request.query.organisationId ? { organisationId: request.query.organisationId } : {}),
        includeRemoved: request.query.includeRemoved === 'true',
      }),
    }),
  );
  app.post(
    '/persons',
    { config: manage, schema: { tags: ptags, summary: 'Persoon toevoegen', body: CreatePersonSchema, response: { 201: PersonSchema } } },
    async (request, reply) => reply.status(201).send(await createPerson(app.ctx.db, request.actor, request.body, app.ctx.clock)),
  );
  app.get(
    '/persons/:personId',
    { config: read, schema: { tags: ptags, summary: 'Persoon', params: PersonParams, response: { 200: PersonSchema } } },
    async (request) => getPerson(app.ctx.db, request.actor, request.params.personId),
  );
  app.patch(
    '/persons/:personId',
    {
      config: manage,
      schema: { tags: ptags, summary: 'Persoon wijzigen', params: PersonParams, body: UpdatePersonSchema, response: { 200: PersonSchema } },
    },
    async (request) => {
      const { version, ...fields } = request.body;
      return updatePerson(app.ctx.db, request.actor, { id: request.params.personId, version, fields }, app.ctx.clock);
    },
  );
  app.delete(
    '/persons/:personId',
    {
      config: manage,
      schema: {
        tags: ptags,
        summary: 'Persoon verwijderen (AVG): gegevens gewist, verwijzingen tonen "vervallen persoon"',
        params: PersonParams,
        querystring: VersionQuerySchema,
      },
    },
    async (request, reply) => {
      await deletePerson(app.ctx.db, request.actor, { id: request.params.personId, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );
};
