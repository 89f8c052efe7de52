/**
 * The address to return to after signing in: always a path on this site. Browsers remove tabs and
 * line breaks from a URL and read a backslash as a slash, so "/\t/example.org" or "/\\example.org"
 * become "//example.org": another site. Anything that is not plainly a local path gives "/".
 * Used by the login page (web) and the OIDC start (server): one rule.
 */
const BASE = 'https://regietafel.invalid';

export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 500) return '/';
  // Control characters (tab, CR, LF, NUL, DEL, …), spaces and backslashes never belong in a return path.
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || ch === '\\') return '/';
  }
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After normalisation ("/./\/x" and the like) it must still be one leading slash.
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
