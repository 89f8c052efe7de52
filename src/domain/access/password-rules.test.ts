import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { assertPasswordAcceptable, PASSWORD_MIN_LENGTH, type PasswordContext } from './password-rules';

function reason(pw: string, ctx: PasswordContext = {}): string | null {
  try {
    assertPasswordAcceptable(pw, ctx);
    return null;
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return e.message;
  }
}

describe('assertPasswordAcceptable', () => {
  it('asks for length, not composition', () => {
    expect(reason('a'.repeat(PASSWORD_MIN_LENGTH - 2) + 'bc')).toBeNull();
    expect(reason('kort-Ww1!')).toMatch(/minstens 15/);
    expect(reason('paarden eten graag hooi')).toBeNull();
  });

  it('counts characters, not bytes, after normalisation', () => {
    expect(reason('één ëland, één zee')).toBeNull();
    expect(reason('één ëland, één')).toMatch(/minstens/);
    expect(reason('ë'.repeat(7))).toMatch(/minstens/);
  });

  it('refuses common, repetitive and context passwords', () => {
    expect(reason('Password1234567')).toMatch(/veelgebruikte/);
    expect(reason('wachtwoord wachtwoord')).toMatch(/veelgebruikte/);
    expect(reason('abababababababab')).toMatch(/hetzelfde teken/);
    expect(reason('jansenvandenberg', { email: 'jansenvandenberg@gemeente.nl' })).toMatch(/naam/);
  });

  it('refuses a password that contains the e-mail name, the name or the product name, in any spelling', () => {
    const ctx = { email: 'p.de-vries@gemeente-venlo.nl', name: 'Petra de Vries' };
    for (const pw of [
      'petra de vries wil binnen',
      'mijn naam is PETRA!!',
      'ik werk bij regietafel sinds 2024',
      'xx p.de-vries xx lang genoeg',
      'Ｐｅｔｒａ in volle breedte hier',
    ]) {
      expect(reason(pw, ctx), pw).toMatch(/niet bevatten/);
    }
    // The e-mail's domain is not the person: a password about Venlo is fine.
    expect(reason('fietsen door venlo in de zomer', ctx)).toBeNull();
    expect(reason('x'.repeat(200))).not.toBeNull();
  });
});
