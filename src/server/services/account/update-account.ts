import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findAccountById } from '../../../db/queries/account';
import { account, session } from '../../../db/schema';
import type { PlatformRole } from '../../../domain/access/rules';
import type { Clock } from '../../../domain/shared/clock';
import { selfChangeRefusal } from '../../../domain/account/self-change';
import { DomainError, notFound } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { accountView, type AccountView } from './account-view';

export interface UpdateAccountOptions {
  accountId: string;
  name?: string;
  platformRoles?: PlatformRole[];
  /** Disabling ends the account's sessions at once. */
  disabled?: boolean;
  /** Lift a lock-out after repeated failed sign-ins. */
  unlock?: boolean;
}

export async function updateAccount(db: Db, actor: Actor, opts: UpdateAccountOptions, clock: Clock): Promise<AccountView> {
  return inTransaction(db, async (tx) => {
    const current = await findAccountById(tx, opts.accountId);
    if (!current) throw notFound('Account', opts.accountId);
    const refusal =
      actor.id === current.id
        ? selfChangeRefusal({ roles: current.platformRoles, newRoles: opts.platformRoles, disabled: opts.disabled })
        : null;
    if (refusal) throw new DomainError('CONFLICT', `Niet gewijzigd: ${refusal.reason}.`, [refusal]);
    const [row] = await tx
      .update(account)
      .set({
        ...(opts.name !== undefined ? { name: opts.name.trim() } : {}),
        ...(opts.platformRoles !== undefined ? { platformRoles: [...new Set(opts.platformRoles)] } : {}),
        ...(opts.disabled !== undefined ? { disabled: opts.disabled } : {}),
        ...(opts.unlock ? { lockedUntil: null } : {}),
        updatedAt: clock.now(),
      })
      .where(eq(account.id, opts.accountId))
      .returning();
    if (!row) throw notFound('Account', opts.accountId);
    if (row.disabled) await tx.delete(session).where(eq(session.accountId, row.id));
    const after = accountView(row);
    await recordAudit(tx, actor, { action: 'update', entityType: 'account', entityId: row.id, before: accountView(current), after }, clock);
    return after;
  });
}
