import type { Db } from '../../../db/database';
import { countAccounts } from '../../../db/queries/account';
import type { Clock } from '../../../domain/shared/clock';
import { SYSTEM_ACTOR } from '../../auth/actor';
import { randomToken } from '../../auth/tokens';
import { createAccount } from './create-account';

export interface InitialAdmin {
  email: string;
  /** Set when the password was generated: shown once, in the start-up log, never stored in clear. */
  generatedPassword: string | null;
}

/**
 * A database without accounts gets one platform beheerder, so a fresh `npm start` can be used.
 * The password comes from REGIETAFEL_ADMIN_PASSWORD or is generated and printed once.
 */
export async function ensureInitialAdmin(db: Db, email: string, password: string | null, clock: Clock): Promise<InitialAdmin | null> {
  if ((await countAccounts(db)) > 0) return null;
  const generated = password === null ? randomToken(15) : null;
  await createAccount(db, SYSTEM_ACTOR, { email, name: 'Beheerder', password: password ?? generated, platformRoles: ['beheerder'] }, clock);
  return { email, generatedPassword: generated };
}
