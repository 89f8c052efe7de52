import type { Db } from '../../../db/database';
import { findAccountByEmail, listAccounts as queryAccounts, membersOf } from '../../../db/queries/account';
import { accountView, normaliseEmail, type AccountView } from './account-view';
import type { MemberView } from '../../../domain/access/responses';
import { membershipView } from './set-membership';

export async function listAccounts(db: Db): Promise<AccountView[]> {
  return (await queryAccounts(db)).map(accountView);
}

export type { MemberView };

/** The members of one programme, with the organisation each acts for. */
export async function listMembers(db: Db, programmeId: string): Promise<MemberView[]> {
  return (await membersOf(db, programmeId)).map((r) => ({ ...membershipView(r.membership), email: r.account.email, name: r.account.name }));
}

/** Just enough of an account to add it as a member: who it is, not how it signs in. */
export interface MemberCandidate {
  id: string;
  name: string;
  email: string;
}

/**
 * The enabled account with exactly this e-mail address, for a programme beheerder who adds a
 * member: they may not list all accounts (that is for platform beheerders), only find the one
 * they already know the address of.
 */
export async function findMemberCandidate(db: Db, email: string): Promise<MemberCandidate | null> {
  const row = await findAccountByEmail(db, normaliseEmail(email));
  return row && !row.disabled ? { id: row.id, name: row.name, email: row.email } : null;
}
