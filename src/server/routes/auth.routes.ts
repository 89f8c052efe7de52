import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeReturnPath } from '../../domain/access/return-path';
import { isDomainError } from '../../domain/shared/errors';
import { beginOidcLogin, finishOidcLogin } from '../auth/oidc';
import { clearSessionCookies, setSessionCookies } from '../auth/session-cookie';
import { changePassword } from '../services/account/change-password';
import { loginWithOidc } from '../services/account/login-with-oidc';
import { loginWithPassword } from '../services/account/login-with-password';
import { logout } from '../services/account/logout';
import { whoAmI } from '../services/account/who-am-i';
import {
  AccountSchema,
  ChangePasswordBodySchema,
  LoginBodySchema,
  OidcCallbackQuerySchema,
  OidcStartQuerySchema,
  SessionInfoSchema,
} from './auth.schemas';

const tags = ['inloggen'];

function callbackUrl(request: FastifyRequest): string {
  const base = request.server.ctx.auth.publicUrl ?? `${request.protocol}://${request.host}`;
  return `${base.replace(/\/$/, '')}/api/auth/oidc/callback`;
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/auth/session',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Wie ben ik? (ook voor anonieme bezoekers)', response: { 200: SessionInfoSchema } },
    },
    async (request) => {
      const oidc = app.ctx.auth.oidc;
      return { ...(await whoAmI(app.ctx.db, request.actor)), oidc: oidc ? { label: oidc.label } : null };
    },
  );

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Inloggen met e-mailadres en wachtwoord',
        body: LoginBodySchema,
        response: { 200: z.object({ account: AccountSchema }) },
      },
    },
    async (request, reply) => {
      const r = await loginWithPassword(
        app.ctx.db,
        {
          email: request.body.email,
          password: request.body.password,
          ip: request.ip,
          sessionHours: app.ctx.auth.sessionHours,
          ...(request.actor.sessionTokenHash ? { previousSessionHash: request.actor.sessionTokenHash } : {}),
        },
        app.ctx.clock,
      );
      setSessionCookies(request, reply, app.ctx.auth, r.session);
      return { account: r.account };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'user' }, schema: { tags, summary: 'Uitloggen: beëindigt deze sessie', response: { 204: z.null() } } },
    async (request, reply) => {
      await logout(app.ctx.db, request.actor, app.ctx.clock);
      clearSessionCookies(request, reply, app.ctx.auth);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Eigen wachtwoord wijzigen (andere sessies eindigen)',
        body: ChangePasswordBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const accountId = request.actor.id ?? '';
      await changePassword(app.ctx.db, request.actor, { accountId, ...request.body, ip: request.ip }, app.ctx.clock);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/oidc/start',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Inloggen via de identiteitsprovider (OIDC, PKCE)', querystring: OidcStartQuerySchema },
    },
    async (request, reply) => {
      const oidc = app.ctx.auth.oidc;
      if (!oidc) return reply.redirect('/inloggen?fout=oidc-uit');
      const url = await beginOidcLogin(app.ctx.db, oidc, callbackUrl(request), request.query.returnTo, app.ctx.clock);
      return reply.redirect(url.href);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Terugkeer van de identiteitsprovider', querystring: OidcCallbackQuerySchema },
    },
    async (request, reply) => {
      const oidc = app.ctx.auth.oidc;
      if (!oidc) return reply.redirect('/inloggen?fout=oidc-uit');
      const url = new URL(callbackUrl(request));
      url.search = new URLSearchParams(request.query as Record<string, string>).toString();
      try {
        const identity = await finishOidcLogin(app.ctx.db, oidc, url, app.ctx.clock);
        const r = await loginWithOidc(app.ctx.db, identity, app.ctx.auth.sessionHours, app.ctx.clock);
        setSessionCookies(request, reply, app.ctx.auth, r.session);
        return reply.redirect(safeReturnPath(identity.returnTo));
      } catch (e) {
        if (!isDomainError(e)) throw e;
        request.log.warn({ code: e.code, reason: e.message }, 'OIDC-inloggen geweigerd');
        return reply.redirect(`/inloggen?fout=${e.code === 'FORBIDDEN' ? 'oidc-geen-account' : 'oidc-mislukt'}`);
      }
    },
  );
};
