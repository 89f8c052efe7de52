import { describe, expect, it } from 'vitest';
import { splitCost, type SharingMunicipality } from './distribution-key';

const m = (id: string, inhabitants: number | null, cbsCode = id): SharingMunicipality => ({
  organisationId: id,
  name: `Gemeente ${id}`,
  cbsCode,
  inhabitants,
});

describe('splitCost', () => {
  it('shares € 32.000 by inhabitants, exactly', () => {
    const r = splitCost({ totalCents: 3_200_000, key: 'inwoners', municipalities: [m('0983', 100), m('0984', 300)] });
    expect(r).toMatchObject({
      ok: true,
      rows: [
        { cents: 800_000, weight: '100' },
        { cents: 2_400_000, weight: '300' },
      ],
    });
  });

  it('names a municipality whose inhabitants are unknown', () => {
    const r = splitCost({ totalCents: 100, key: 'inwoners', municipalities: [m('1', 10), m('2', null)] });
    expect(r).toEqual({
      ok: false,
      problems: [{ field: 'inwoners.Gemeente 2', reason: 'het inwonertal van Gemeente 2 in het peiljaar is onbekend' }],
    });
  });

  it('requires percentages to add up to 100', () => {
    const ms = [m('1', null), m('2', null)];
    expect(splitCost({ totalCents: 100, key: 'percentages', municipalities: ms, weights: { '1': '60', '2': '30' } })).toMatchObject({
      ok: false,
      problems: [{ reason: 'de percentages tellen op tot 90%, niet tot 100%' }],
    });
    expect(splitCost({ totalCents: 1001, key: 'percentages', municipalities: ms, weights: { '1': '66,5', '2': '33,5' } })).toMatchObject({
      ok: true,
      rows: [
        { cents: 666, weight: '66.5' },
        { cents: 335, weight: '33.5' },
      ],
    });
  });

  it('equal parts ignore inhabitants', () => {
    expect(splitCost({ totalCents: 10, key: 'gelijk', municipalities: [m('1', null), m('2', 5), m('3', 7)] })).toMatchObject({
      ok: true,
      rows: [{ cents: 4 }, { cents: 3 }, { cents: 3 }],
    });
  });

  it('refuses a missing or malformed weight', () => {
    const r = splitCost({ totalCents: 10, key: 'gewichten', municipalities: [m('1', null), m('2', null)], weights: { '1': 'twee' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(['weights.Gemeente 1', 'weights.Gemeente 2']);
  });
});
