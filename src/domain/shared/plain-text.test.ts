import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasText, parsePlainText } from './plain-text';

describe('plain text with paragraphs and lists', () => {
  it('keeps paragraphs, bullets and numbered lists apart', () => {
    const text = 'Eerste alinea\nloopt door.\n\n- een\n- twee\n  vervolg\n\n1. stap\n2. stap twee\nSlot';
    expect(parsePlainText(text)).toEqual([
      { kind: 'paragraph', lines: ['Eerste alinea', 'loopt door.'] },
      { kind: 'bullets', items: ['een', 'twee vervolg'] },
      { kind: 'numbered', items: ['stap', 'stap twee'], start: 1 },
      { kind: 'paragraph', lines: ['Slot'] },
    ]);
  });
  it('shows no raw "- " and drops empty text', () => {
    expect(parsePlainText('- a\n• b\r\n* c')).toEqual([{ kind: 'bullets', items: ['a', 'b', 'c'] }]);
    expect(parsePlainText('  \n\n')).toEqual([]);
    expect(parsePlainText(null)).toEqual([]);
    expect(hasText(' \n')).toBe(false);
  });
  it('never loses a non-blank word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(''), fc.constant('- '), fc.constant('2. '), fc.stringMatching(/^[a-z ]{0,12}$/)), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('\n');
          const words = (s: string) => s.split(/\s+/).filter((w) => /[a-z]/.test(w));
          const out = parsePlainText(text).flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items));
          expect(words(out.join(' '))).toEqual(words(text));
        },
      ),
    );
  });
});
