import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every response. The Content-Security-Policy allows scripts and styles
 * only from our own origin: no inline scripts (the Vite build emits none; NL Design System CSS is
 * bundled as files). Images may be data: URIs (icons). Frames are refused (clickjacking).
 * The API documentation (/api/docs, Swagger UI) sets one inline style; only there are inline
 * styles allowed. Scripts stay 'self' everywhere.
 */
/** Browser features the product never uses are switched off for the page and anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Sign-in through OIDC returns from another origin; 'same-origin' would drop the Referer only.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // What a signed-in person sees, and every export, stays out of browser and proxy caches.
    const attachment = String(reply.getHeader('content-disposition') ?? '').startsWith('attachment');
    const signedIn = (request.actor as { kind?: string } | null)?.kind === 'user';
    if (request.url.startsWith('/api/') && (signedIn || attachment)) reply.header('cache-control', 'no-store');
  });
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/api/docs')) return;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string')
      reply.header('content-security-policy', csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  });
}
