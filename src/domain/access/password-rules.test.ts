import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { assertPasswordAcceptable, PASSWORD_MIN_LENGTH } from './password-rules';

function reason(pw: string, ctx: string[] = []): string | null {
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
    expect(reason('jansenvandenberg', ['jansenvandenberg@gemeente.nl'])).toMatch(/naam/);
    expect(reason('x'.repeat(200))).not.toBeNull();
  });
});
