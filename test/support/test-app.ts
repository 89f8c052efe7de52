import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../src/db/client';
import { fixedClock, type Clock } from '../../src/domain/shared/clock';
import { buildApp } from '../../src/server/app';
import type { MonitorConfig } from '../../src/server/config';
import { logIn, signIn, type Persona } from './auth';
import { createTestDatabase } from './test-db';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: Clock;
  close(): Promise<void>;
  /** With signedInAs: log in again (after moving the clock past the session's idle timeout). */
  signInAgain(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  /**
   * Sign in through the real login route before the test, and send that session (cookie + CSRF
   * header) with every `app.inject` that does not set its own cookie. 'beheerder' is a platform
   * beheerder who is also monitor-analist: for tests about a feature, not about who may use it
   * (that is the authorisation matrix's job). Default: anonymous.
   */
  signedInAs?: 'beheerder' | Persona;
  monitor?: MonitorConfig;
}

const FULL_ACCESS: Persona = { platformRoles: ['beheerder', 'monitor-analist'] };

/** buildApp on a fresh test database, with a fixed clock. Route tests use `app.inject`. */
export async function buildTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = opts.clock ?? fixedClock('2026-03-15T10:00:00Z');
  const app = await buildApp({ database, clock, webRoot: null, ...(opts.monitor ? { monitor: opts.monitor } : {}) });
  await app.ready();
  const t: TestApp = {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
    async signInAgain() {
      throw new Error('signInAgain needs buildTestApp({ signedInAs })');
    },
  };
  if (opts.signedInAs) {
    const persona = opts.signedInAs === 'beheerder' ? FULL_ACCESS : opts.signedInAs;
    const email = 'testgebruiker@regietafel.test';
    let { headers } = await signIn(t, email, persona);
    t.signInAgain = async () => {
      headers = await logIn(t, email);
    };
    const inject = app.inject.bind(app) as (o: InjectOptions | string) => ReturnType<FastifyInstance['inject']>;
    const withSession = (o: InjectOptions | string) => {
      const req: InjectOptions = typeof o === 'string' ? { url: o } : o;
      const own = req.headers ?? {};
      return inject({ ...req, headers: 'cookie' in own ? own : { ...headers, ...own } });
    };
    app.inject = withSession as FastifyInstance['inject'];
  }
  return t;
}
