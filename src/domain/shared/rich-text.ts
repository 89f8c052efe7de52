/**
 * Rich text (descriptions, notes) is stored and shown as a small, safe HTML subset. The sanitiser
 * escapes everything first and then re-allows only exact, attribute-free forms of a few tags and
 * links to http(s)/mailto. Whatever it returns contains no markup it did not write itself, so no
 * script, event handler, style or javascript: URL can get through, however the input is crafted.
 */
const BLOCK_AND_INLINE = ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote'];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const TAG = new RegExp(`&lt;(/?)(${BLOCK_AND_INLINE.join('|')})\\s*/?&gt;`, 'gi');
// The href is already escaped: only URL characters (and &amp; for query strings) are allowed.
const LINK_OPEN = /&lt;a\s+href=&quot;((?:https?:\/\/|mailto:)(?:[A-Za-z0-9\-._~:/?#[\]@!$%+,;=]|&amp;)+)&quot;\s*&gt;/gi;
const LINK_CLOSE = /&lt;\/a\s*&gt;/gi;

export function sanitiseRichText(input: string): string {
  return escapeHtml(input.normalize('NFC'))
    .replace(TAG, (_m, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}>`)
    .replace(LINK_OPEN, (_m, href: string) => `<a href="${href}" rel="noopener noreferrer">`)
    .replace(LINK_CLOSE, '</a>');
}

/** Plain text of rich text (for exports, search, and the screen reader summary). */
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br>|<\/p>|<\/li>|<\/h[34]>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
