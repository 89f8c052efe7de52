/**
 * Accent folding for search, one character for one character (so a position in the folded text is
 * the same position in the text as typed, which the highlighting relies on). The database has the
 * same table in its function search_fold (migration "search_triggers"); an integration test keeps
 * the two equal. Ours, not the unaccent extension: it needs no extension on PostgreSQL, no
 * extension loaded into PGlite, and it may be IMMUTABLE.
 */
export const FOLD_FROM = 'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿÇçÑñ\u0001\u0002';
export const FOLD_TO = 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOOooooooUUUUuuuuYyyCcNn  ';

const TABLE = new Map<string, string>([...FOLD_FROM].map((c, i) => [c, FOLD_TO.charAt(i)]));

/** The search's own accent folding: "crèche" → "creche", "cliënt" → "client"; same length always. */
export function foldText(text: string): string {
  let out = '';
  for (const c of text) out += TABLE.get(c) ?? c;
  return out;
}
