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
import { VersionQuerySchema } from './node.schemas';
import {
  CbsImportResultSchema,
  CreateOrganisationSchema,
  CreatePersonSchema,
  CreateRegionSchema,
  OrganisationSchema,
  PersonSchema,
  PopulationInputSchema,
  RegionSchema,
  UpdateOrganisationSchema,
  UpdatePersonSchema,
  UpdateRegionSchema,
} from './organisation.schemas';

const IdParams = z.object({ id: z.string() });
const read = { access: 'user' as const };
const manage = { access: { platform: 'beheerder' as const } };

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const tags = ['organisaties'];
  app.get(
    '/organisations',
    { config: read, schema: { tags, summary: 'Organisaties (filter op soort)', querystring: z.object({ kind: z.string().optional() }), response: { 200: z.object({ items: z.array(OrganisationSchema) }) } } },
    async (request) => ({ items: await listOrganisations(app.ctx.db, request.actor, request.query.kind ? { kind: request.query.kind } : {}) }),
  );
  app.post(
    '/organisations',
    { config: manage, schema: { tags, summary: 'Organisatie toevoegen', body: CreateOrganisationSchema, response: { 201: OrganisationSchema } } },
    async (request, reply) => reply.status(201).send(await createOrganisation(app.ctx.db, request.actor, request.body, app.ctx.clock)),
  );
  app.get(
    '/organisations/:id',
    { config: read, schema: { tags, summary: 'Organisatie met inwonertallen', params: IdParams, response: { 200: OrganisationSchema } } },
    async (request) => getOrganisation(app.ctx.db, request.actor, request.params.id),
  );
  app.patch(
    '/organisations/:id',
    { config: manage, schema: { tags, summary: 'Organisatie wijzigen (verouderde versie → 409)', params: IdParams, body: UpdateOrganisationSchema, response: { 200: OrganisationSchema } } },
    async (request) => {
      const { version, ...fields } = request.body;
      return updateOrganisation(app.ctx.db, request.actor, { id: request.params.id, version, fields }, app.ctx.clock);
    },
  );
  app.delete(
    '/organisations/:id',
    { config: manage, schema: { tags, summary: 'Organisatie verwijderen (alleen als niet in gebruik)', params: IdParams, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deleteOrganisation(app.ctx.db, request.actor, { id: request.params.id, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );
  app.put(
    '/organisations/:id/population/:year',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Inwonertal van een gemeente voor een peiljaar (null = onbekend)',
        params: IdParams.extend({ year: z.coerce.number().int().min(1800).max(2200) }),
        body: PopulationInputSchema,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => setPopulation(app.ctx.db, request.actor, { id: request.params.id, year: request.params.year, value: request.body }, app.ctx.clock),
  );
  app.post(
    '/population/import-cbs',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Inwonertallen inlezen uit een CBS StatLine-export (CSV, text/csv)',
        querystring: z.object({ source: z.string().optional() }),
        body: z.string().min(1),
        response: { 200: CbsImportResultSchema },
      },
    },
    async (request) => importCbsPopulation(app.ctx.db, request.actor, { csv: request.body, ...(request.query.source ? { source: request.query.source } : {}) }, app.ctx.clock),
  );

  const rtags = ['regio’s'];
  app.get('/regions', { config: read, schema: { tags: rtags, summary: 'Regio’s', response: { 200: z.object({ items: z.array(RegionSchema) }) } } }, async (request) => ({
    items: await listRegions(app.ctx.db, request.actor),
  }));
  app.post(
    '/regions',
    { config: manage, schema: { tags: rtags, summary: 'Regio toevoegen', body: CreateRegionSchema, response: { 201: RegionSchema } } },
    async (request, reply) => reply.status(201).send(await createRegion(app.ctx.db, request.actor, request.body, app.ctx.clock)),
  );
  app.get('/regions/:id', { config: read, schema: { tags: rtags, summary: 'Regio', params: IdParams, response: { 200: RegionSchema } } }, async (request) =>
    getRegion(app.ctx.db, request.actor, request.params.id),
  );
  app.patch(
    '/regions/:id',
    { config: manage, schema: { tags: rtags, summary: 'Regio wijzigen', params: IdParams, body: UpdateRegionSchema, response: { 200: RegionSchema } } },
    async (request) => updateRegion(app.ctx.db, request.actor, { id: request.params.id, ...request.body }, app.ctx.clock),
  );
  app.delete(
    '/regions/:id',
    { config: manage, schema: { tags: rtags, summary: 'Regio verwijderen', params: IdParams, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deleteRegion(app.ctx.db, request.actor, { id: request.params.id, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );

  const ptags = ['personen'];
  app.get(
    '/persons',
    { config: read, schema: { tags: ptags, summary: 'Personen', querystring: z.object({ organisationId: z.uuid().optional(), includeRemoved: z.enum(['true', 'false']).optional() }), response: { 200: z.object({ items: z.array(PersonSchema) }) } } },
    async (request) => ({ items: await listPersons(app.ctx.db, request.actor, {
        ...(request.query.organisationId ? { organisationId: request.query.organisationId } : {}),
        includeRemoved: request.query.includeRemoved === 'true',
      }) }),
  );
  app.post(
    '/persons',
    { config: manage, schema: { tags: ptags, summary: 'Persoon toevoegen', body: CreatePersonSchema, response: { 201: PersonSchema } } },
    async (request, reply) => reply.status(201).send(await createPerson(app.ctx.db, request.actor, request.body, app.ctx.clock)),
  );
  app.get('/persons/:id', { config: read, schema: { tags: ptags, summary: 'Persoon', params: IdParams, response: { 200: PersonSchema } } }, async (request) =>
    getPerson(app.ctx.db, request.actor, request.params.id),
  );
  app.patch(
    '/persons/:id',
    { config: manage, schema: { tags: ptags, summary: 'Persoon wijzigen', params: IdParams, body: UpdatePersonSchema, response: { 200: PersonSchema } } },
    async (request) => {
      const { version, ...fields } = request.body;
      return updatePerson(app.ctx.db, request.actor, { id: request.params.id, version, fields }, app.ctx.clock);
    },
  );
  app.delete(
    '/persons/:id',
    { config: manage, schema: { tags: ptags, summary: 'Persoon verwijderen (AVG): gegevens gewist, verwijzingen tonen "vervallen persoon"', params: IdParams, querystring: VersionQuerySchema } },
    async (request, reply) => {
      await deletePerson(app.ctx.db, request.actor, { id: request.params.id, version: request.query.version }, app.ctx.clock);
      return reply.status(204).send();
    },
  );
};
