/** What an account change would do to the account of the person making it. */
export interface SelfChange {
  /** The account's platform roles now (as stored). */
  roles: readonly string[];
  /** The roles it would get (undefined: unchanged). */
  newRoles?: readonly string[] | undefined;
  disabled?: boolean | undefined;
}

/**
 * A platform beheerder cannot disable their own account or take away their own beheerder role:
 * done by the last one, nobody could manage accounts any more. Another beheerder can. Returns the
 * field and a Dutch reason, or null when the change is fine.
 */
export function selfChangeRefusal(change: SelfChange): { field: string; reason: string } | null {
  if (change.disabled === true)
    return { field: 'disabled', reason: 'u kunt uw eigen account niet uitschakelen; vraag een andere platformbeheerder' };
  if (change.roles.includes('beheerder') && change.newRoles !== undefined && !change.newRoles.includes('beheerder')) {
    return {
      field: 'platformRoles',
      reason: 'u kunt uw eigen rol van platformbeheerder niet intrekken; vraag een andere platformbeheerder',
    };
  }
  return null;
}
