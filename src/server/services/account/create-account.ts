import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findAccountByEmail } from '../../../db/queries/account';
import { account } from '../../../db/schema';
import { assertPasswordAcceptable } from '../../../domain/access/password-rules';
import type { PlatformRole } from '../../../domain/access/rules';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { hashPassword } from '../../auth/password-hash';
import { accountView, normaliseEmail, type AccountView } from './account-view';

export interface CreateAccountOptions {
  email: string;
  name: string;
  /** Null: the account signs in through OIDC only (linked by e-mail on first sign-in). */
  password: string | null;
  platformRoles?: PlatformRole[];
}

export async function createAccount(db: Db, actor: Actor, opts: CreateAccountOptions, clock: Clock): Promise<AccountView> {
  const email = normaliseEmail(opts.email);
  if (opts.password !== null) assertPasswordAcceptable(opts.password, { email, name: opts.name });
  const passwordHash = opts.password === null ? null : await hashPassword(opts.password);
  return inTransaction(db, async (tx) => {
    if (await findAccountByEmail(tx, email)) {
      throw new DomainError('CONFLICT', `Er is al een account met e-mailadres ${email}.`, [{ field: 'email', reason: 'bestaat al' }]);
    }
    const now = clock.now();
    const [row] = await tx
      .insert(account)
      .values({ email, name: opts.name.trim(), passwordHash, platformRoles: opts.platformRoles ?? [], createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('insert account returned no row');
    const view = accountView(row);
    await recordAudit(tx, actor, { action: 'create', entityType: 'account', entityId: row.id, after: view }, clock);
    return view;
  });
}
