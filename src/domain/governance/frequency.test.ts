import { describe, expect, it } from 'vitest';
import { describeFrequency, parseFrequency, parseStart } from './frequency';

describe('nominal frequency from the wording', () => {
  it.each([
    ['elke 4 maanden, 2 uur', 3, 3],
    ['4–10 keer per jaar', 4, 10],
    ['4-10 keer per jaar', 4, 10],
    ['maandelijks', 12, 12],
    ['wekelijks vanaf 1-7-2022', 52, 52],
    ['twee keer per jaar', 2, 2],
    ['Vier keer per jaar', 4, 4],
    ['elke twee maanden', 6, 6],
    ['per kwartaal', 4, 4],
    ['om de 6 weken', 9, 9],
    ['jaarlijks', 1, 1],
  ])('%s → %i–%i per jaar', (text, min, max) => {
    expect(parseFrequency(text)).toEqual({ minPerYear: min, maxPerYear: max });
  });

  it('guesses nothing from wordings it cannot read', () => {
    expect(parseFrequency('naar behoefte')).toBeNull();
    expect(parseFrequency('elke 5 maanden')).toBeNull();
    expect(parseFrequency('')).toBeNull();
    expect(parseFrequency(null)).toBeNull();
  });

  it('describes a frequency in Dutch', () => {
    expect(describeFrequency({ minPerYear: 3, maxPerYear: 3 })).toBe('3 keer per jaar');
    expect(describeFrequency({ minPerYear: 4, maxPerYear: 10 })).toBe('4–10 keer per jaar');
  });
});

describe('start of a body from the wording', () => {
  it('reads "vanaf" with a date or a year, nothing else', () => {
    expect(parseStart('wekelijks, vanaf 1-7-2022')).toBe('2022-07-01');
    expect(parseStart('twee keer per jaar, vanaf 2023')).toBe('2023-01-01');
    expect(parseStart('maandelijks')).toBeNull();
  });
});
