import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/database';
import { findAccountByEmail, findAccountByOidc } from '../../../db/queries/account';
import { account } from '../../../db/schema';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError } from '../../../domain/shared/errors';
import { recordAudit } from '../../audit/record-audit';
import type { OidcIdentity } from '../../auth/oidc';
import { accountView, actorForAccount, type AccountView } from './account-view';
import { createSession, type NewSession } from './create-session';

/**
 * Sign in with an identity the provider vouched for. Linked by (issuer, subject); the first time,
 * by a verified e-mail address that a beheerder gave an account. Accounts are never created here:
 * roles are handed out by people, so an unknown person gets a clear refusal.
 */
export async function loginWithOidc(
  db: Db,
  identity: OidcIdentity,
  sessionHours: number,
  clock: Clock,
): Promise<{ account: AccountView; session: NewSession }> {
  return inTransaction(db, async (tx) => {
    let found = await findAccountByOidc(tx, identity.issuer, identity.subject);
    if (!found) {
      const byEmail = identity.email && identity.emailVerified ? await findAccountByEmail(tx, identity.email) : undefined;
      if (!byEmail) {
        throw new DomainError(
          'FORBIDDEN',
          `Er is geen Regietafel-account voor ${identity.email ?? 'deze identiteit'}. Vraag de beheerder om een account.`,
          [],
        );
      }
      if (byEmail.oidcSubject !== null) {
        throw new DomainError('FORBIDDEN', 'Dit account is al gekoppeld aan een andere identiteit.', []);
      }
      const [linked] = await tx
        .update(account)
        .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject, updatedAt: clock.now() })
        .where(eq(account.id, byEmail.id))
        .returning();
      if (!linked) throw new Error('link returned no row');
      await recordAudit(
        tx,
        actorForAccount(linked),
        {
          action: 'link-oidc',
          entityType: 'account',
          entityId: linked.id,
          before: accountView(byEmail),
          after: { ...accountView(linked), oidcIssuer: identity.issuer },
        },
        clock,
      );
      found = linked;
    }
    if (found.disabled) throw new DomainError('FORBIDDEN', 'Dit account is uitgeschakeld.', []);
    const s = await createSession(tx, found.id, 'oidc', sessionHours, clock);
    await recordAudit(
      tx,
      actorForAccount(found),
      { action: 'login', entityType: 'account', entityId: found.id, after: { method: 'oidc' } },
      clock,
    );
    return { account: accountView(found), session: s };
  });
}
