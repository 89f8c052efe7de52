import { createHmac } from 'node:crypto';
import { isDigits } from './digits';

/** Elfproef for a BSN: 9 digits, Σ digit·weight (9..2, last −1) divisible by 11, not all zeros. */
export function isValidBsn(s: string): boolean {
  if (!/^\d{9}$/.test(s) || s === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(s[i]) * (9 - i);
  sum -= Number(s[8]);
  return sum % 11 === 0;
}

/** A keyed pseudonym (HMAC-SHA256): the same BSN gives the same pseudonym with the same secret only. */
export function pseudonymise(bsn: string, secret: string): string {
  return `h:${createHmac('sha256', secret).update(bsn).digest('hex').slice(0, 32)}`;
}

export type ClientResult = { ok: true; client: string } | { ok: false; reason: string };

/**
 * A client column holds a pseudonym or a BSN. Anything of 8–9 digits is treated as a BSN (an
 * 8-digit BSN lost its leading zero in a spreadsheet): it must pass the elfproef and is replaced
 * by its pseudonym at once. The BSN itself is never returned, stored or put in a message.
 */
export function clientPseudonym(raw: string, secret: string | undefined): ClientResult {
  const v = raw.trim();
  if (v === '') return { ok: false, reason: 'cliënt ontbreekt' };
  if (isDigits(v, 8, 9)) {
    const bsn = v.padStart(9, '0');
    if (!isValidBsn(bsn)) return { ok: false, reason: 'lijkt een BSN maar voldoet niet aan de elfproef' };
    if (!secret) return { ok: false, reason: 'BSN aangeleverd maar er is geen pseudonimiseringssleutel ingesteld (REGIETAFEL_PSEUDONYM_SECRET)' };
    return { ok: true, client: pseudonymise(bsn, secret) };
  }
  if (v.length > 200) return { ok: false, reason: 'pseudoniem is langer dan 200 tekens' };
  return { ok: true, client: v };
}
