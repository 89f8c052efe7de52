import { z } from 'zod';

/** Sign-in settings. Read from the environment by config.ts (secrets never from files or flags). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const flag = z.enum(['true', 'false', 'auto']);

export const AuthEnvSchema = z.object({
  /** 'auto': Secure cookies when the request came over https (directly or via a trusted proxy). */
  REGIETAFEL_COOKIE_SECURE: flag.default('auto'),
  /** Trust X-Forwarded-* from a reverse proxy (for https detection and client IPs). */
  REGIETAFEL_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** The address users reach Regietafel at, e.g. https://regietafel.example.nl (OIDC redirect, Origin check). */
  REGIETAFEL_PUBLIC_URL: optional(z.url()),
  REGIETAFEL_SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  REGIETAFEL_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(120),
  /** First start on an empty database: create this platform beheerder (password printed once if not given). */
  REGIETAFEL_ADMIN_EMAIL: z.email().default('beheerder@regietafel.local'),
  REGIETAFEL_ADMIN_PASSWORD: optional(z.string()),
  OIDC_ISSUER: optional(z.url()),
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  /** Button text on the login page, e.g. "Inloggen met uw gemeenteaccount". */
  OIDC_LABEL: optional(z.string()),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  label: string;
}

export interface AuthConfig {
  cookieSecure: 'true' | 'false' | 'auto';
  trustProxy: boolean;
  publicUrl: string | null;
  sessionHours: number;
  sessionIdleMinutes: number;
  initialAdminEmail: string;
  initialAdminPassword: string | null;
  oidc: OidcConfig | null;
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = authConfigFrom(AuthEnvSchema.parse({}));

export function authConfigFrom(e: z.infer<typeof AuthEnvSchema>): AuthConfig {
  return {
    cookieSecure: e.REGIETAFEL_COOKIE_SECURE,
    trustProxy: e.REGIETAFEL_TRUST_PROXY === 'true',
    publicUrl: e.REGIETAFEL_PUBLIC_URL ?? null,
    sessionHours: e.REGIETAFEL_SESSION_HOURS,
    sessionIdleMinutes: e.REGIETAFEL_SESSION_IDLE_MINUTES,
    initialAdminEmail: e.REGIETAFEL_ADMIN_EMAIL.toLowerCase(),
    initialAdminPassword: e.REGIETAFEL_ADMIN_PASSWORD ?? null,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET ?? null,
            label: e.OIDC_LABEL ?? 'Inloggen via uw organisatie',
          }
        : null,
  };
}

export function describeAuthConfig(a: AuthConfig): Record<string, unknown> {
  return {
    cookieSecure: a.cookieSecure,
    trustProxy: a.trustProxy,
    publicUrl: a.publicUrl,
    sessionHours: a.sessionHours,
    oidc: a.oidc ? { issuer: a.oidc.issuer, clientId: a.oidc.clientId, clientSecret: a.oidc.clientSecret ? '***' : null } : null,
  };
}
