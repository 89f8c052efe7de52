import { z } from 'zod';

/**
 * Bounded input: every text a person or a file can send has a length limit, every list a count
 * limit, so one request cannot store (and make every later read carry) megabytes in one field.
 * The route schemas and the programme document use these; the input guard
 * (server/policies/input-guard.ts) refuses what no schema should see at all (NUL bytes, deep nesting).
 */
export const LIMITS = {
  /** Titles, names, level labels, section headings. */
  title: 500,
  /** Keys, codes, slugs, e-mail, phone, a fund's name, a deadline in words. */
  short: 200,
  /** Descriptions, goals, expected results, gap-analysis texts, effort texts, notes, section bodies. */
  text: 20_000,
  /** Items in one list field (trekkers, municipalities, goals, current practices, sections, partners). */
  list: 1_000,
  /** Nodes in one programme document (the largest real programme has a few hundred). */
  documentNodes: 5_000,
  /** Organisations, persons, efforts or links in one programme document. */
  documentItems: 10_000,
  /** Problems listed in one error answer; the rest is counted. */
  errorsShown: 50,
  /** Any single string anywhere in a JSON body (before the schema's own, lower limit). */
  anyString: 2_000_000,
  /** Nesting depth of a JSON body. */
  depth: 32,
  /** Largest value of a whole-number field stored as a PostgreSQL integer. */
  int32: 2_147_483_647,
  /** Years a date may have (0000-01-01 and 9999-12-31 are typing errors, not dates). */
  minYear: 1900,
  maxYear: 2200,
} as const;

const tooLong = (max: number) => `hoogstens ${max.toLocaleString('nl-NL')} tekens`;

/** A title or name: at most LIMITS.title characters. */
export const titleString = () => z.string().max(LIMITS.title, tooLong(LIMITS.title));
/** A key, code, slug, e-mail address or other short value. */
export const shortString = () => z.string().max(LIMITS.short, tooLong(LIMITS.short));
/** A description or other running text. */
export const longString = () => z.string().max(LIMITS.text, tooLong(LIMITS.text));
/** A list field with at most `max` items. */
export const boundedArray = <T extends z.ZodType>(item: T, max: number = LIMITS.list) =>
  z.array(item).max(max, `hoogstens ${max.toLocaleString('nl-NL')} items`);
/** A whole number that fits a PostgreSQL integer column. */
export const int32 = () =>
  z
    .int()
    .min(-LIMITS.int32 - 1, 'getal te klein')
    .max(LIMITS.int32, 'getal te groot');

/** True for a real calendar date jjjj-mm-dd with a year between LIMITS.minYear and LIMITS.maxYear. */
export function isPlausibleIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < LIMITS.minYear || y > LIMITS.maxYear || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A date jjjj-mm-dd that exists and lies between 1900 and 2200. */
export const isoDateString = (message = 'datum in de vorm jjjj-mm-dd') =>
  z.iso.date(message).refine(isPlausibleIsoDate, `${message}, een bestaande datum tussen ${LIMITS.minYear} en ${LIMITS.maxYear}`);

export interface UnsafeInput {
  /** Where: "body.nodes.3.title", "query.email". */
  field: string;
  reason: string;
}

/**
 * What no schema should ever see: NUL bytes (PostgreSQL text cannot hold them), strings longer than
 * LIMITS.anyString, nesting deeper than LIMITS.depth, numbers that are not finite. The first found, or
 * null. Runs before validation on every request's body, query and parameters (input-guard.ts).
 */
export function findUnsafeInput(value: unknown, at: string): UnsafeInput | null {
  type Frame = { v: unknown; path: string; depth: number };
  const stack: Frame[] = [{ v: value, path: at, depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop() as Frame;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return { field: path, reason: 'bevat een NUL-teken (\\u0000); dat kan niet worden opgeslagen' };
      if (v.length > LIMITS.anyString)
        return { field: path, reason: `tekst te lang (hoogstens ${LIMITS.anyString.toLocaleString('nl-NL')} tekens)` };
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { field: path, reason: 'geen eindig getal' };
    } else if (v !== null && typeof v === 'object') {
      if (depth >= LIMITS.depth) return { field: path, reason: `te diep genest (hoogstens ${LIMITS.depth} niveaus)` };
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\u0000')) return { field: path, reason: 'een veldnaam bevat een NUL-teken' };
        stack.push({ v: child, path: `${path}.${k}`, depth: depth + 1 });
      }
    }
  }
  return null;
}
