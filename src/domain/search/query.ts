/**
 * What a person types in the search box, read as terms, and the PostgreSQL tsquery text built from
 * them. The tsquery text is built here from letters, digits and a few joining characters only (no
 * quotes, backslashes, colons or operators from the input ever reach it), so any input gives a valid
 * query; the database still stems each term with the Dutch configuration (to_tsquery('dutch', …)).
 *
 * - words: every word must occur (AND): `wonen zorg`
 * - "a phrase": the words in this order, next to each other
 * - woni*: a word that starts with "woni" (after stemming)
 * - -word: the text must not contain the word
 */
export const SEARCH_LIMITS = {
  /** Characters of a query; longer input is refused by the route (400). */
  queryLength: 200,
  /** Terms used from one query; the rest is ignored (and said so). */
  terms: 12,
  /** Results per kind in the grouped answer, and at most when one kind is asked for. */
  perKind: 10,
  perKindMax: 50,
  /**
   * Matching fields read for one answer. A very common word ("zorg") matches hundreds of thousands
   * of fields at national scale; the answer ranks the first `candidates` found and says "at least".
   */
  candidates: 2000,
} as const;

export interface SearchTerm {
  /** The words of the term as typed (a phrase has several). */
  words: string[];
  prefix: boolean;
  exclude: boolean;
}

export interface ParsedQuery {
  terms: SearchTerm[];
  /** Terms dropped beyond SEARCH_LIMITS.terms. */
  dropped: number;
}

/** Letters (with their accents), digits, and . , - ' inside a word ("2.500", "e-health", "cliënt's"). */
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC').slice(0, SEARCH_LIMITS.queryLength);
  const terms: SearchTerm[] = [];
  // A phrase in double quotes (straight or curly), or a run of other characters.
  const TOKEN = /(-?)["“”„]([^"“”„]*)["“”„]?|(\S+)/gu;
  for (const m of text.matchAll(TOKEN)) {
    if (m[2] !== undefined) {
      const words = wordsOf(m[2]);
      if (words.length > 0) terms.push({ words, prefix: false, exclude: m[1] === '-' });
      continue;
    }
    const raw = m[3] ?? '';
    const exclude = raw.startsWith('-') && raw.length > 1;
    const prefix = raw.endsWith('*');
    const words = wordsOf(raw);
    // "zorg-en-welzijn" stays one term (a phrase of its parts after parsing by the database).
    if (words.length === 1) terms.push({ words, prefix, exclude });
    else if (words.length > 1) terms.push({ words, prefix: false, exclude });
  }
  // A query of exclusions only finds nothing useful; keep at least one positive term first.
  const positive = terms.filter((t) => !t.exclude);
  const ordered = [...positive, ...terms.filter((t) => t.exclude)];
  const kept = positive.length === 0 ? [] : ordered.slice(0, SEARCH_LIMITS.terms);
  return { terms: kept, dropped: terms.length - kept.length };
}

/** The text for to_tsquery('dutch', search_fold(…)); null when nothing searchable is left. */
export function toTsQueryText(parsed: ParsedQuery): string | null {
  if (!parsed.terms.some((t) => !t.exclude)) return null;
  const parts = parsed.terms.map((t) => {
    // Only [\p{L}\p{N}.,'-] reach this point; a quote is written twice inside a quoted lexeme.
    const body = t.words.join(' ').replace(/'/g, "''");
    const lexeme = `'${body}'${t.prefix ? ':*' : ''}`;
    return t.exclude ? `!${lexeme}` : lexeme;
  });
  return parts.join(' & ');
}

/**
 * Numbers the person typed, without thousands dots: "2500" and "2.500" both give "2500". The
 * highlighting marks a number in the text that is the same number written with dots.
 */
export function queryNumbers(parsed: ParsedQuery): string[] {
  const out = new Set<string>();
  for (const t of parsed.terms) {
    if (t.exclude) continue;
    for (const w of t.words) if (/^\d{1,3}(?:\.\d{3})+$|^\d+$/.test(w)) out.add(w.replace(/\./g, ''));
  }
  return [...out];
}
