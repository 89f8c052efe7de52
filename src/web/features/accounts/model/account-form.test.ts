import { describe, expect, it } from 'vitest';
import { apiFieldErrors, validateNewAccount } from './account-form';

const ok = { name: 'Fatima Yilmaz', email: 'f.yilmaz@venlo.nl', signIn: 'password' as const, password: 'een zin van een paar woorden' };

describe('new account form', () => {
  it('accepts a complete account and names each missing field', () => {
    expect(validateNewAccount(ok)).toEqual({});
    expect(validateNewAccount({ name: ' ', email: '', signIn: 'password', password: '' })).toEqual({
      name: 'accounts.validation.nameRequired',
      email: 'accounts.validation.emailRequired',
      password: 'accounts.validation.passwordRequired',
    });
    expect(validateNewAccount({ ...ok, email: 'f.yilmaz' }).email).toBe('accounts.validation.emailInvalid');
  });

  it('needs no password for an account that signs in through its organisation', () => {
    expect(validateNewAccount({ ...ok, signIn: 'oidc', password: '' })).toEqual({});
  });

  it('puts the server’s sentence at the one field it names, or each reason at its field', () => {
    expect(apiFieldErrors('Er is al een account met e-mailadres a@b.nl.', [{ field: 'email', reason: 'bestaat al' }])).toEqual({
      email: 'Er is al een account met e-mailadres a@b.nl.',
    });
    expect(
      apiFieldErrors('Ongeldige invoer', [
        { field: 'body.email', reason: 'ongeldig' },
        { field: 'body.name', reason: 'te lang' },
      ]),
    ).toEqual({
      email: 'ongeldig',
      name: 'te lang',
    });
    expect(apiFieldErrors('Niet gevonden', [])).toEqual({});
    expect(apiFieldErrors('x', null)).toEqual({});
  });
});
