import { loadDemo } from '../../seeds';
import { openDatabase } from '../db/client';
import { migrationState, runMigrations } from '../db/migrate';
import { systemClock } from '../domain/shared/clock';
import { buildApp } from './app';
import { ensureInitialAdmin } from './services/account/ensure-initial-admin';
import { describeConfig, type AppConfig } from './config';

export interface StartOptions {
  /** Load the demo programmes into a fresh database (default true). */
  demo?: boolean;
}

/** `regietafel serve`: open (and lock) the database, migrate, seed a fresh one, listen, shut down cleanly. */
export async function startServer(config: AppConfig, opts: StartOptions = {}): Promise<void> {
  const database = await openDatabase(config.database, { lockInfo: { port: config.port } });
  const app = await buildApp({
    database,
    auth: config.auth,
    monitor: config.monitor,
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  const log = app.log;

  // Signals are handled from the moment the folder is open: a Ctrl-C during the first start waits
  // for the step in progress (e.g. loading the demo) so PGlite's files are never left half-written.
  let stopping = false;
  let startup: Promise<void> = Promise.resolve();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'Regietafel stopt');
    await startup.catch(() => undefined);
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  startup = (async () => {
    log.info({ config: describeConfig(config) }, 'Regietafel start');
    const before = await migrationState(database);
    await runMigrations(database);
    if (before.applied === 0 && opts.demo !== false) {
      const demo = await loadDemo(database.db, systemClock);
      log.info(demo, 'nieuwe database: demoprogramma’s geladen');
    }
    const admin = await ensureInitialAdmin(database.db, config.auth.initialAdminEmail, config.auth.initialAdminPassword, systemClock);
    if (admin?.generatedPassword) {
      // Shown once: only its argon2id hash is stored. Change it after the first sign-in.
      log.warn(
        `eerste start: platformbeheerder ${admin.email} aangemaakt met wachtwoord ${admin.generatedPassword} (wijzig het na inloggen)`,
      );
    } else if (admin) {
      log.info({ email: admin.email }, 'eerste start: platformbeheerder aangemaakt met REGIETAFEL_ADMIN_PASSWORD');
    }
    if (!stopping) await app.listen({ port: config.port, host: config.host });
  })();
  try {
    await startup;
  } catch (e) {
    if (stopping) return;
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw e;
  }
}
