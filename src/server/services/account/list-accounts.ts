import type { Db } from '../../../db/database';
import { listAccounts as queryAccounts, membersOf } from '../../../db/queries/account';
import { accountView, type AccountView } from './account-view';
import { membershipView, type MembershipView } from './set-membership';

export async function listAccounts(db: Db): Promise<AccountView[]> {
  return (await queryAccounts(db)).map(accountView);
}

export interface MemberView extends MembershipView {
  email: string;
  name: string;
}

/** The members of one programme, with the organisation each acts for. */
export async function listMembers(db: Db, programmeId: string): Promise<MemberView[]> {
  return (await membersOf(db, programmeId)).map((r) => ({ ...membershipView(r.membership), email: r.account.email, name: r.account.name }));
}
