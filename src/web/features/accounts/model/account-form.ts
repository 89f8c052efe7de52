import type { MessageKey } from '../../../lib/messages/nl';

export type SignIn = 'password' | 'oidc';

export interface NewAccountValues {
  name: string;
  email: string;
  signIn: SignIn;
  password: string;
}

/**
 * What the form can tell before asking the server: required fields and an address that looks
 * like one. The password rules (length, common passwords) are the server's, reported in its words.
 */
export function validateNewAccount(v: NewAccountValues): Partial<Record<keyof NewAccountValues, MessageKey>> {
  const out: Partial<Record<keyof NewAccountValues, MessageKey>> = {};
  if (!v.name.trim()) out.name = 'accounts.validation.nameRequired';
  if (!v.email.trim()) out.email = 'accounts.validation.emailRequired';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) out.email = 'accounts.validation.emailInvalid';
  if (v.signIn === 'password' && v.password === '') out.password = 'accounts.validation.passwordRequired';
  return out;
}

/**
 * Field errors from an API error's details ([{ field, reason }]). With one detail the error's own
 * message is the better sentence ("Er is al een account met e-mailadres …"); with several, each
 * field gets its reason.
 */
export function apiFieldErrors(message: string, details: unknown): Record<string, string> {
  if (!Array.isArray(details)) return {};
  const found = details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { field, reason } = d as { field?: unknown; reason?: unknown };
    if (typeof field !== 'string' || typeof reason !== 'string') return [];
    return [[field.replace(/^body\./, '').split('.')[0] ?? field, reason] as const];
  });
  const [only] = found;
  if (found.length === 1 && only) return { [only[0]]: message };
  return Object.fromEntries(found);
}
