import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dutchDate } from '../../domain/progress';
import { programmeOf } from '../policies/programme-scope';
import { getPublication } from '../services/publication/get-publication';
import { getPublicProgramme, listPublicProgrammes } from '../services/publication/public-read';
import { setPublication } from '../services/publication/set-publication';
import * as S from './publication.schemas';

const tags = ['publiek'];

/** Publication settings (beheerder) and the public read models for visitors without an account. */
export const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    '/programmes/:programmeId/publication',
    {
      config: { access: { programme: 'beheerder' } },
      schema: {
        tags,
        summary: 'Publicatie-instellingen van een programma',
        params: S.ProgrammeParams,
        response: { 200: S.PublicationSchema },
      },
    },
    async (req) => getPublication(ctx.db, req.actor, { programmeId: programmeOf(req).id }),
  );

  app.put(
    '/programmes/:programmeId/publication',
    {
      config: { access: { programme: 'beheerder' } },
      schema: {
        tags,
        summary: 'Een programma publiceren of terugtrekken, veld voor veld (verouderde versie → 409)',
        params: S.ProgrammeParams,
        body: S.SetPublicationBody,
        response: { 200: S.PublicationSchema },
      },
    },
    async (req) => setPublication(ctx.db, req.actor, { programmeId: programmeOf(req).id, ...req.body }, ctx.clock),
  );

  app.get(
    '/public/programmes',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Gepubliceerde programma’s (publieksversie)', response: { 200: S.PublicProgrammeListSchema } },
    },
    async () => ({ items: await listPublicProgrammes(ctx.db) }),
  );

  app.get(
    '/public/programmes/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Een gepubliceerd programma met alleen de gepubliceerde velden',
        params: S.SlugParams,
        response: { 200: S.PublicProgrammeSchema },
      },
    },
    async (req) => getPublicProgramme(ctx.db, req.params.slug, dutchDate(ctx.clock.now())),
  );
};
