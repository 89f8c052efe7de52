/**
 * Amounts in Dutch notation → whole cents, and back. Money is integer cents everywhere in
 * Regietafel; a number with a fraction of a cent never enters the system.
 */

/** Above this an amount is a typing error rather than a budget (10 billion euro). */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

export type AmountReading =
  { ok: true; cents: number } | { ok: false; reason: 'empty' | 'not-an-amount' | 'ambiguous' | 'too-large' | 'negative' };

const DOTS_THOUSANDS = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/; // 7.500 · 27.000 · 2.500,50
const PLAIN_COMMA = /^(\d+)(?:,(\d{1,2}))?$/; // 1500 · 1500,5 · 1500,50
const PLAIN_POINT = /^(\d+)\.(\d{1,2})$/; // 2500.50 (machine-written decimals)
/** "1,500" or "1.500.5": a reader cannot tell thousands from decimals. */
const AMBIGUOUS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+[.,]\d{3,}$|^[\d.,]*[.,][\d.,]*[.,][\d.,]*$/;

/**
 * One amount as people write it in the Netherlands: `€`, `EUR`, `euro`, spaces and a trailing
 * `,-` are ignored; `.` groups thousands and `,` starts the cents (`7.500`, `€ 2.176.993`,
 * `12.345,67`, `1500`). A plain `2500.50` is read as machine-written decimals. Anything a reader
 * could take two ways ("1,500") is refused as ambiguous, never guessed.
 */
export function readDutchAmount(text: string): AmountReading {
  const squeezed = text
    .trim()
    .replace(/€|\beur(o)?\b/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[,.]-{1,2}$/, '');
  if (squeezed === '') return { ok: false, reason: 'empty' };
  if (/^-/.test(squeezed)) return { ok: false, reason: 'negative' };
  const match = DOTS_THOUSANDS.exec(squeezed) ?? PLAIN_COMMA.exec(squeezed) ?? PLAIN_POINT.exec(squeezed);
  if (match === null) return { ok: false, reason: AMBIGUOUS.test(squeezed) ? 'ambiguous' : 'not-an-amount' };
  const euros = (match[1] ?? '').replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const cents = (match[2] ?? '').padEnd(2, '0');
  if (euros.length > 12) return { ok: false, reason: 'too-large' };
  const total = Number(euros) * 100 + Number(cents);
  return total > MAX_AMOUNT_CENTS ? { ok: false, reason: 'too-large' } : { ok: true, cents: total };
}

/** The Dutch sentence for a refused amount, for row/field errors. */
export function amountProblem(reason: Exclude<AmountReading, { ok: true }>['reason']): string {
  switch (reason) {
    case 'empty':
      return 'geen bedrag ingevuld';
    case 'negative':
      return 'een bedrag kan niet negatief zijn';
    case 'ambiguous':
      return "dubbelzinnig bedrag: schrijf duizendtallen met een punt en centen met een komma, bijv. '1.500' of '1.500,25'";
    case 'too-large':
      return 'bedrag is groter dan 10 miljard euro: waarschijnlijk een tikfout';
    case 'not-an-amount':
      return "geen bedrag: gebruik bijv. '7.500', '€ 2.176.993' of '12.345,67'";
  }
}

/** `€ 1.234,56`: the Dutch way of writing an amount of cents. */
export function formatEuro(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** `1234.56`: cents as a plain decimal euro amount (CSV, JSON output of the CLI). */
export function centsToDecimal(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
