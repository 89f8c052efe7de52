import type { Command } from 'commander';
import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { findAccountByEmail } from '../../db/queries/account';
import { programme } from '../../db/schema';
import { PLATFORM_ROLES, PROGRAMME_ROLES, type PlatformRole, type ProgrammeRole } from '../../domain/access/rules';
import { systemClock } from '../../domain/shared/clock';
import { DomainError, notFound } from '../../domain/shared/errors';
import { SYSTEM_ACTOR } from '../../server/auth/actor';
import { randomToken } from '../../server/auth/tokens';
import { changePassword } from '../../server/services/account/change-password';
import { createAccount } from '../../server/services/account/create-account';
import { listAccounts } from '../../server/services/account/list-accounts';
import { setMembership } from '../../server/services/account/set-membership';
import { updateAccount } from '../../server/services/account/update-account';
import { withDatabase } from '../with-database';
import { configFrom, withDataOptions, type DataOptions } from '../options';

/** Passwords never come from the command line (shell history, process list): from stdin, or generated and shown once. */
async function passwordFrom(stdin: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (!stdin) return { password: randomToken(15), generated: true };
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return {
    password: Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, ''),
    generated: false,
  };
}

function roles<T extends string>(list: string | undefined, allowed: readonly T[], what: string): T[] {
  const items = (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const r of items)
    if (!allowed.includes(r as T))
      throw new DomainError('VALIDATION_FAILED', `Onbekende ${what} '${r}'; kies uit ${allowed.join(', ')}.`, []);
  return items as T[];
}

async function accountId(db: Db, email: string): Promise<string> {
  const a = await findAccountByEmail(db, email.trim().toLowerCase());
  if (!a) throw notFound('Account', email);
  return a.id;
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('accounts en rollen beheren');

  withDataOptions(user.command('add'))
    .description('maak een account aan')
    .requiredOption('--email <adres>', 'e-mailadres')
    .requiredOption('--name <naam>', 'naam')
    .option('--platform-role <rollen>', `platformrollen, kommagescheiden (${PLATFORM_ROLES.join(', ')})`)
    .option('--oidc-only', 'geen wachtwoord: inloggen alleen via de identiteitsprovider')
    .option('--password-stdin', 'lees het wachtwoord van standaardinvoer (anders wordt er een gemaakt)')
    .action(
      async (o: DataOptions & { email: string; name: string; platformRole?: string; oidcOnly?: boolean; passwordStdin?: boolean }) => {
        const platformRoles = roles<PlatformRole>(o.platformRole, PLATFORM_ROLES, 'platformrol');
        const pw = o.oidcOnly ? null : await passwordFrom(o.passwordStdin);
        await withDatabase(configFrom(o), async (database) => {
          const a = await createAccount(
            database.db,
            SYSTEM_ACTOR,
            { email: o.email, name: o.name, password: pw?.password ?? null, platformRoles },
            systemClock,
          );
          console.log(`Account ${a.email} aangemaakt.`);
          if (pw?.generated) console.log(`Wachtwoord (wordt niet opnieuw getoond): ${pw.password}`);
        });
      },
    );

  withDataOptions(user.command('grant'))
    .description('geef een account een rol in een programma')
    .requiredOption('--email <adres>', 'e-mailadres van het account')
    .requiredOption('--programme <slug-of-id>', 'het programma')
    .requiredOption('--role <rol>', `programmarol (${PROGRAMME_ROLES.join(', ')})`)
    .option('--organisation <id>', 'de organisatie waarvoor het lid optreedt')
    .action(async (o: DataOptions & { email: string; programme: string; role: string; organisation?: string }) => {
      const [role] = roles<ProgrammeRole>(o.role, PROGRAMME_ROLES, 'programmarol');
      if (!role) throw new DomainError('VALIDATION_FAILED', 'Geef een rol op met --role.', []);
      await withDatabase(configFrom(o), async (database) => {
        const db = database.db;
        const isUuid = /^[0-9a-f-]{36}$/i.test(o.programme);
        const [p] = await db
          .select({ id: programme.id })
          .from(programme)
          .where(isUuid ? or(eq(programme.id, o.programme), eq(programme.slug, o.programme)) : eq(programme.slug, o.programme));
        if (!p) throw notFound('Programma', o.programme);
        await setMembership(
          db,
          SYSTEM_ACTOR,
          { programmeId: p.id, accountId: await accountId(db, o.email), role, organisationId: o.organisation ?? null },
          systemClock,
        );
        console.log(`${o.email} is nu ${role} in ${o.programme}.`);
      });
    });

  withDataOptions(user.command('password'))
    .description('stel een nieuw wachtwoord in (andere sessies eindigen)')
    .requiredOption('--email <adres>', 'e-mailadres van het account')
    .option('--password-stdin', 'lees het wachtwoord van standaardinvoer (anders wordt er een gemaakt)')
    .action(async (o: DataOptions & { email: string; passwordStdin?: boolean }) => {
      const pw = await passwordFrom(o.passwordStdin);
      await withDatabase(configFrom(o), async (database) => {
        await changePassword(
          database.db,
          SYSTEM_ACTOR,
          { accountId: await accountId(database.db, o.email), newPassword: pw.password },
          systemClock,
        );
        console.log(`Wachtwoord van ${o.email} gewijzigd.`);
        if (pw.generated) console.log(`Wachtwoord (wordt niet opnieuw getoond): ${pw.password}`);
      });
    });

  withDataOptions(user.command('unlock'))
    .description('hef een blokkade na mislukte inlogpogingen op')
    .requiredOption('--email <adres>', 'e-mailadres van het account')
    .action(async (o: DataOptions & { email: string }) => {
      await withDatabase(configFrom(o), async (database) => {
        await updateAccount(database.db, SYSTEM_ACTOR, { accountId: await accountId(database.db, o.email), unlock: true }, systemClock);
        console.log(`${o.email} is gedeblokkeerd.`);
      });
    });

  withDataOptions(user.command('list'))
    .description('toon alle accounts')
    .action(async (o: DataOptions) => {
      await withDatabase(configFrom(o), async (database) => {
        for (const a of await listAccounts(database.db)) {
          const flags = [a.platformRoles.join('+') || '-', a.disabled ? 'uitgeschakeld' : '', a.lockedUntil ? 'geblokkeerd' : '']
            .filter(Boolean)
            .join(' ');
          console.log(`${a.email}\t${a.name}\t${flags}`);
        }
      });
    });
}
