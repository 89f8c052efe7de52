import type { Cell } from './raw-table';

export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'amount'; cents: number }
  /** Text that is not an amount ("PM", "uit bestaand budget"); kept as a note, never guessed. */
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; text: string };

/** Above this an amount is a typing error rather than a budget (10 billion euro). */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

const DOTS_THOUSANDS = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/; // 7.500 · 27.000 · 2.500,50
const PLAIN_COMMA = /^(\d+)(?:,(\d{1,2}))?$/; // 1500 · 1500,5 · 1500,50
const PLAIN_POINT = /^(\d+)\.(\d{1,2})$/; // 2500.50 (machine-written decimals)

/**
 * One amount in Dutch notation → integer cents. `€`, `EUR`, `euro`, spaces and a trailing `,-`
 * are ignored; `.` groups thousands, `,` starts cents. Anything else is returned as text, so a
 * budget is never invented from a cell that does not plainly hold one.
 */
export function parseAmount(cell: Cell): ParsedAmount {
  if (typeof cell === 'number') return fromNumber(cell);
  const raw = cell.trim();
  const squeezed = raw
    .replace(/€|\beur(o)?\b/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[,.]-{1,2}$/, '');
  if (squeezed === '') return { kind: 'empty' };
  const match = DOTS_THOUSANDS.exec(squeezed) ?? PLAIN_COMMA.exec(squeezed) ?? PLAIN_POINT.exec(squeezed);
  if (match === null) return { kind: 'text', text: raw };
  const euros = (match[1] ?? '').replace(/\./g, '').replace(/^0+(?=\d)/, '');
  const cents = (match[2] ?? '').padEnd(2, '0');
  if (euros.length > 12) return { kind: 'too-large', text: raw };
  const total = Number(euros) * 100 + Number(cents);
  return total > MAX_AMOUNT_CENTS ? { kind: 'too-large', text: raw } : { kind: 'amount', cents: total };
}

function fromNumber(value: number): ParsedAmount {
  if (!Number.isFinite(value) || value < 0) return { kind: 'text', text: String(value) };
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6 * Math.max(1, cents)) return { kind: 'text', text: String(value) };
  return cents > MAX_AMOUNT_CENTS ? { kind: 'too-large', text: String(value) } : { kind: 'amount', cents };
}
