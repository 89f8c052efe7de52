import { Command, CommanderError } from 'commander';
import { isInputRejectedByDatabase, loggableError } from '../db/safe-error';
import { isDomainError } from '../domain/shared/errors';
import { VERSION } from '../server/version';
import { registerDemo } from './commands/demo';
import { registerImportGapTable } from './commands/import-gap-table';
import { registerMigrate } from './commands/migrate';
import { registerProgrammeDocument } from './commands/programme-document';
import { registerServe } from './commands/serve';
import { registerBackup } from './commands/backup';
import { registerRestore } from './commands/restore';
import { registerUser } from './commands/user';
import { registerImportEpisodes } from './commands/import-episodes';
import { registerMonitor } from './commands/monitor';
import { registerAllocate } from './commands/allocate';
import { registerReport } from './commands/report';

/** Exit codes: 0 ok, 1 user or input error (clear Dutch message), 2 internal error. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

export function buildProgram(): Command {
  const program = new Command('regietafel')
    .description('Regietafel: regionale programma’s in het sociaal domein sturen, volgen en meten')
    .version(VERSION, '-v, --version', 'toon de versie')
    .helpOption('-h, --help', 'toon hulp bij een commando')
    .addHelpCommand('help [commando]', 'toon hulp bij een commando')
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerDemo(program);
  registerBackup(program);
  registerRestore(program);
  registerUser(program);
  registerImportGapTable(program);
  registerProgrammeDocument(program);
  registerImportEpisodes(program);
  registerMonitor(program);
  registerAllocate(program);
  registerReport(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version also end here, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.user;
    }
    if (isDomainError(e)) {
      console.error(`Fout: ${e.message}`);
      return EXIT.user;
    }
    if (isInputRejectedByDatabase(e)) {
      console.error(
        'Fout: een waarde past niet in de database (te lang, buiten het bereik, een onbestaande datum of een ongeldig teken). Er is niets opgeslagen.',
      );
      return EXIT.user;
    }
    // Never the error itself: a failed query carries its parameters (rows of a backup, a password hash).
    const safe = loggableError(e);
    console.error(`Interne fout: ${String(safe.message)}${safe.query ? `\n  bij: ${String(safe.query).slice(0, 300)}` : ''}`);
    return EXIT.internal;
  }
}
