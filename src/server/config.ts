import { resolve } from 'node:path';
import { z } from 'zod';
import { redactUrl, type DatabaseTarget } from '../db/client';
import { DomainError } from '../domain/shared/errors';
import { AuthEnvSchema, authConfigFrom, describeAuthConfig, type AuthConfig } from './auth/auth-config';

/** The only place that reads process.env. Parsed once at start; fails with a readable list. */
// An empty variable counts as not set (shells and CI often export VAR='').
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  REGIETAFEL_DATA: z.string().default('./data'),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  ...AuthEnvSchema.shape,
  /** Key for the HMAC-SHA256 pseudonym of a BSN in imported care episodes (monitor). */
  REGIETAFEL_PSEUDONYM_SECRET: optional(z.string().min(16, 'moet minstens 16 tekens lang zijn')),
  /** Monitor publication: counts 1..threshold-1 are shown as "<threshold". */
  REGIETAFEL_MONITOR_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
});

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  auth: AuthConfig;
  monitor: MonitorConfig;
}

export interface MonitorConfig {
  pseudonymSecret: string | undefined;
  threshold: number;
  /** Largest monitor upload in bytes; absent: MONITOR_UPLOAD_LIMIT (200 MB). Tests set a small one. */
  maxUploadBytes?: number;
}

/** Monitor settings when none are configured (tests, a local start): no pseudonym key, threshold 5. */
export const DEFAULT_MONITOR_CONFIG: MonitorConfig = { pseudonymSecret: undefined, threshold: 5 };

export interface ConfigOverrides {
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new DomainError('CONFIG_INVALID', `Ongeldige configuratie:\n- ${lines.join('\n- ')}`, {
      issues: lines,
    });
  }
  const e = parsed.data;
  const url = overrides.databaseUrl ?? e.DATABASE_URL;
  const database: DatabaseTarget = url
    ? { kind: 'postgres', url }
    : { kind: 'pglite', dataDir: resolve(overrides.dataDir ?? e.REGIETAFEL_DATA) };
  return {
    port: overrides.port ?? e.PORT,
    host: e.HOST,
    database,
    logLevel: e.LOG_LEVEL,
    auth: authConfigFrom(e),
    monitor: { pseudonymSecret: e.REGIETAFEL_PSEUDONYM_SECRET, threshold: e.REGIETAFEL_MONITOR_THRESHOLD },
  };
}

/** What the log may show of the configuration: no secrets. */
export function describeConfig(c: AppConfig): Record<string, unknown> {
  return {
    port: c.port,
    host: c.host,
    database: c.database.kind === 'postgres' ? `postgres ${redactUrl(c.database.url)}` : `pglite ${c.database.dataDir}`,
    logLevel: c.logLevel,
    auth: describeAuthConfig(c.auth),
    monitor: { pseudonymSecret: c.monitor.pseudonymSecret ? '(ingesteld)' : '(niet ingesteld)', threshold: c.monitor.threshold },
  };
}
