import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthConfig } from './auth-config';

/** The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax, Secure over https. */
export const SESSION_COOKIE = 'rt_session';
/** The CSRF token, readable by the UI's script, which echoes it in the x-csrf-token header. */
export const CSRF_COOKIE = 'rt_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function secure(request: FastifyRequest, cfg: AuthConfig): boolean {
  if (cfg.cookieSecure === 'auto') return request.protocol === 'https';
  return cfg.cookieSecure === 'true';
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  cfg: AuthConfig,
  s: { token: string; csrfToken: string; expiresAt: Date },
): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: secure(request, cfg), expires: s.expiresAt };
  reply.setCookie(SESSION_COOKIE, s.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply, cfg: AuthConfig): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: secure(request, cfg) };
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, base);
}
