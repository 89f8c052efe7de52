import type { Database } from '../db/client';
import type { Db } from '../db/database';
import type { Clock } from '../domain/shared/clock';
import type { Actor } from './auth/actor';
import type { AuthConfig } from './auth/auth-config';
import type { MonitorConfig } from './config';

/** What every route handler can reach: the database, the clock, the version and the configuration (parsed once at start). */
export interface AppContext {
  database: Database;
  db: Db;
  clock: Clock;
  version: string;
  auth: AuthConfig;
  monitor: MonitorConfig;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}
