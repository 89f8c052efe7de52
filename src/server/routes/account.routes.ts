import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { programmeOf } from '../policies/programme-scope';
import { changePassword } from '../services/account/change-password';
import { createAccount } from '../services/account/create-account';
import { findMemberCandidate, listAccounts, listMembers } from '../services/account/list-accounts';
import { removeMembership } from '../services/account/remove-membership';
import { setMembership } from '../services/account/set-membership';
import { updateAccount } from '../services/account/update-account';
import {
  AccountListSchema,
  AccountParamsSchema,
  CreateAccountBodySchema,
  MemberCandidateListSchema,
  MemberCandidateQuerySchema,
  MemberListSchema,
  MemberParamsSchema,
  SetMemberBodySchema,
  SetPasswordBodySchema,
  UpdateAccountBodySchema,
} from './account.schemas';
import { AccountSchema, MembershipSchema } from './auth.schemas';
import { ProgrammeParamsSchema } from './audit.schemas';

const tags = ['accounts'];

/** Accounts (platform beheerder) and programme members (programme beheerder). */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/accounts',
    { config: { access: { platform: 'beheerder' } }, schema: { tags, summary: 'Alle accounts', response: { 200: AccountListSchema } } },
    async () => ({ items: await listAccounts(app.ctx.db) }),
  );

  app.post(
    '/accounts',
    {
      config: { access: { platform: 'beheerder' } },
      schema: { tags, summary: 'Account aanmaken', body: CreateAccountBodySchema, response: { 201: AccountSchema } },
    },
    async (request, reply) => {
      const { password, ...rest } = request.body;
      const created = await createAccount(app.ctx.db, request.actor, { ...rest, password: password ?? null }, app.ctx.clock);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/accounts/:accountId',
    {
      config: { access: { platform: 'beheerder' } },
      schema: {
        tags,
        summary: 'Account wijzigen, uitschakelen of deblokkeren',
        params: AccountParamsSchema,
        body: UpdateAccountBodySchema,
        response: { 200: AccountSchema },
      },
    },
    async (request) => updateAccount(app.ctx.db, request.actor, { accountId: request.params.accountId, ...request.body }, app.ctx.clock),
  );

  app.put(
    '/accounts/:accountId/password',
    {
      config: { access: { platform: 'beheerder' } },
      schema: {
        tags,
        summary: 'Wachtwoord van een account instellen (zijn sessies eindigen)',
        params: AccountParamsSchema,
        body: SetPasswordBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(
        app.ctx.db,
        request.actor,
        { accountId: request.params.accountId, newPassword: request.body.password },
        app.ctx.clock,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/programmes/:programmeId/members',
    {
      config: { access: { programme: 'beheerder' } },
      schema: {
        tags,
        summary: 'Leden van een programma met rol en organisatie',
        params: ProgrammeParamsSchema,
        response: { 200: MemberListSchema },
      },
    },
    async (request) => ({ items: await listMembers(app.ctx.db, programmeOf(request).id) }),
  );

  app.get(
    '/programmes/:programmeId/member-candidates',
    {
      config: { access: { programme: 'beheerder' } },
      schema: {
        tags,
        summary: 'Een actief account zoeken op e-mailadres (exact), om het als lid toe te voegen',
        params: ProgrammeParamsSchema,
        querystring: MemberCandidateQuerySchema,
        response: { 200: MemberCandidateListSchema },
      },
    },
    async (request) => {
      const found = await findMemberCandidate(app.ctx.db, request.query.email);
      return { items: found ? [found] : [] };
    },
  );

  app.put(
    '/programmes/:programmeId/members/:accountId',
    {
      config: { access: { programme: 'beheerder' } },
      schema: {
        tags,
        summary: 'Rol en organisatie van een lid instellen',
        params: MemberParamsSchema,
        body: SetMemberBodySchema,
        response: { 200: MembershipSchema },
      },
    },
    async (request) =>
      setMembership(app.ctx.db, request.actor, { ...request.params, programmeId: programmeOf(request).id, ...request.body }, app.ctx.clock),
  );

  app.delete(
    '/programmes/:programmeId/members/:accountId',
    {
      config: { access: { programme: 'beheerder' } },
      schema: { tags, summary: 'Lid uit een programma verwijderen', params: MemberParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeMembership(app.ctx.db, request.actor, { ...request.params, programmeId: programmeOf(request).id }, app.ctx.clock);
      return reply.status(204).send(null);
    },
  );
};
