import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richTextToPlain, sanitiseRichText } from './rich-text';

/** Remove exactly the markup the sanitiser may write; nothing else may look like a tag. */
const OWN_MARKUP =
  /<\/?(p|br|strong|em|b|i|u|ul|ol|li|h3|h4|blockquote)>|<a href="(https?:\/\/|mailto:)[^"<>]*" rel="noopener noreferrer">|<\/a>/g;

describe('sanitiseRichText', () => {
  it('keeps the allowed subset and links', () => {
    expect(sanitiseRichText('<p>Wij <strong>doen</strong> dit.<br/></p><ul><li>één</li></ul>')).toBe(
      '<p>Wij <strong>doen</strong> dit.<br></p><ul><li>één</li></ul>',
    );
    expect(sanitiseRichText('<a href="https://www.zonmw.nl/x?a=1&b=2">ZonMw</a>')).toBe(
      '<a href="https://www.zonmw.nl/x?a=1&amp;b=2" rel="noopener noreferrer">ZonMw</a>',
    );
  });

  it('neutralises scripts, handlers, styles and javascript: links', () => {
    const out = sanitiseRichText(
      '<script>alert(1)</script><p onclick="x()">a</p><img src=x onerror=alert(1)><a href="javascript:alert(1)">b</a><a ' +
        'href="https://ok" onmouseover="x">c</a><style>*{}</style>',
    );
    expect(out.replace(OWN_MARKUP, '')).not.toMatch(/[<>]/);
    expect(out).not.toMatch(/<script|<img|<style|<p onclick|<a href="javascript/i);
    expect(richTextToPlain(out)).toContain('<script>alert(1)</script>');
  });

  it('never lets markup of its own making through, whatever the input (property)', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '&',
      '/',
      '=',
      ' ',
      'a',
      'p',
      'href',
      'script',
      'onerror',
      'javascript:',
      'https://x',
      'br',
      '<a href="',
      '</a>',
      '<p>',
      '&quot;',
      '&lt;',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const out = sanitiseRichText(parts.join(''));
        expect(out.replace(OWN_MARKUP, '')).not.toMatch(/[<>]/);
      }),
      { numRuns: 2000 },
    );
  });
});
