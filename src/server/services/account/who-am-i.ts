import type { Db } from '../../../db/database';
import { findAccountById } from '../../../db/queries/account';
import type { Actor, Membership } from '../../auth/actor';
import { accountView, type AccountView } from './account-view';

export interface WhoAmI {
  account: Pick<AccountView, 'id' | 'email' | 'name' | 'platformRoles'> | null;
  memberships: Omit<Membership, 'accountId'>[];
}

export async function whoAmI(db: Db, actor: Actor): Promise<WhoAmI> {
  const row = actor.kind === 'user' && actor.id ? await findAccountById(db, actor.id) : undefined;
  if (!row) return { account: null, memberships: [] };
  const { id, email, name, platformRoles } = accountView(row);
  return { account: { id, email, name, platformRoles }, memberships: actor.memberships };
}
