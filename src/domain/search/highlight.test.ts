import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { excerpt, markNumbers, MARK_END, MARK_START, segmentsFromMarked, type Segment } from './highlight';

const mark = (s: string) => s.replace(/\[/g, MARK_START).replace(/\]/g, MARK_END);
const text = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('highlighting as segments', () => {
  it('maps the marks on the folded text back onto the text as typed', () => {
    const original = 'De crèche en de cliënten';
    const marked = mark(`De [${foldText('crèche')}] en de [${foldText('cliënten')}]`);
    expect(segmentsFromMarked(original, marked)).toEqual([
      { text: 'De ', match: false },
      { text: 'crèche', match: true },
      { text: ' en de ', match: false },
      { text: 'cliënten', match: true },
    ]);
  });

  it('a marking that does not fit the text gives the text unmarked (never text that was not there)', () => {
    expect(segmentsFromMarked('abc', mark('[abcd]'))).toEqual([{ text: 'abc', match: false }]);
    expect(segmentsFromMarked('abcd', mark('[ab]'))).toEqual([{ text: 'abcd', match: false }]);
  });

  it('HTML stays text: segments carry it as it was typed', () => {
    const original = '<b>zorg</b>';
    expect(segmentsFromMarked(original, mark('<b>[zorg]</b>'))).toEqual([
      { text: '<b>', match: false },
      { text: 'zorg', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('marks numbers written with thousands dots that equal a number typed without', () => {
    const s = markNumbers([{ text: 'In 2025 2.500 en 12.500 en 2.5001 valpartijen', match: false }], ['2500']);
    expect(s.filter((x) => x.match).map((x) => x.text)).toEqual(['2.500']);
    expect(text(s)).toBe('In 2025 2.500 en 12.500 en 2.5001 valpartijen');
  });

  it('an excerpt around the first match, cut at spaces, with … where cut', () => {
    const words = Array.from({ length: 200 }, (_, i) => `woord${i}`);
    const segments: Segment[] = [
      { text: `${words.slice(0, 100).join(' ')} `, match: false },
      { text: 'treffer', match: true },
      { text: ` ${words.slice(100).join(' ')}`, match: false },
    ];
    const out = excerpt(segments, 120);
    expect(out[0]?.text.startsWith('… ')).toBe(true);
    expect(out[out.length - 1]?.text.endsWith(' …')).toBe(true);
    expect(out.filter((s) => s.match).map((s) => s.text)).toEqual(['treffer']);
    expect(text(out).length).toBeLessThanOrEqual(120 + 4);
    expect(text(out)).not.toMatch(/woord\d*[^\d ]/);
    // Short text: whole, with runs of white space as one space.
    expect(excerpt([{ text: 'a\n\nb', match: false }])).toEqual([{ text: 'a b', match: false }]);
  });
});
