import { describe, expect, it } from 'vitest';
import { DocOrganisationSchema } from '../../src/domain/programme/document';
import {
  documentOrganisations,
  documentRegions,
  inhabitants,
  municipalities,
  provinceTotals2024,
  referenceOrganisations,
  referenceRegions,
} from './index';

const region = (key: string) => referenceRegions.find((r) => r.key === key)?.municipalities ?? [];

describe('reference data: municipalities and regions', () => {
  it('has the region sizes the programmes name', () => {
    expect(
      Object.fromEntries(
        ['noord-limburg', 'midden-limburg', 'noord-en-midden-limburg', 'flevoland', 'regio-groningen'].map((k) => [k, region(k).length]),
      ),
    ).toEqual({ 'noord-limburg': 7, 'midden-limburg': 7, 'noord-en-midden-limburg': 14, flevoland: 6, 'regio-groningen': 10 });
    expect(new Set(region('noord-en-midden-limburg'))).toEqual(new Set([...region('noord-limburg'), ...region('midden-limburg')]));
  });

  it('gives every gemeente a unique four-digit CBS code, confirmed', () => {
    const codes = municipalities.map((m) => m.cbsCode);
    expect(codes.every((c) => /^\d{4}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(municipalities.filter((m) => m.codeStatus !== 'bevestigd')).toEqual([]);
    // Spot checks against the CBS list (leading zeros kept).
    const code = (name: string) => municipalities.find((m) => m.name === name)?.cbsCode;
    expect([code('Venlo'), code('Almere'), code('Groningen'), code('Bergen (L.)'), code('Horst aan de Maas')]).toEqual([
      '0983',
      '0034',
      '0014',
      '0893',
      '1507',
    ]);
  });

  it('turns every reference organisation into a valid document organisation', () => {
    const docs = documentOrganisations(referenceOrganisations.map((o) => o.key));
    for (const d of docs) expect(DocOrganisationSchema.safeParse(d).success, d.key).toBe(true);
    expect(documentRegions(referenceRegions.map((r) => r.key))).toHaveLength(referenceRegions.length);
  });
});

describe('reference data: inhabitants (domain-facts §4)', () => {
  it('has an entry for every gemeente, and marks exactly the four Noord-Limburg gaps as unknown', () => {
    expect(new Set(inhabitants.map((i) => i.municipality))).toEqual(new Set(municipalities.map((m) => m.key)));
    const unknown = inhabitants.filter((i) => i.figures.every((f) => f.count === null)).map((i) => i.municipality);
    expect(unknown.sort()).toEqual(['bergen-l', 'gennep', 'horst-aan-de-maas', 'venray']);
  });

  it('gives every known figure a reference date, source and verification tag', () => {
    for (const i of inhabitants) {
      for (const f of i.figures.filter((x) => x.count !== null)) {
        expect(
          [f.referenceDate, f.source, f.sourceUrl, f.verification].every((v) => v !== null),
          i.municipality,
        ).toBe(true);
      }
    }
  });

  it('matches the sanity sum in the notes: the ten Groninger gemeenten on 1-1-2021 total 586.937', () => {
    const on2021 = inhabitants
      .filter((i) => region('regio-groningen').includes(i.municipality))
      .map((i) => i.figures.find((f) => f.referenceDate === '2021-01-01')?.count ?? 0);
    expect(on2021).toHaveLength(10);
    expect(on2021.reduce((a, b) => a + b, 0)).toBe(586_937);
    expect(on2021.reduce((a, b) => a + b, 0)).toBeLessThan(provinceTotals2024.Groningen);
  });

  it('keeps the reference year of each figure in the document form, with null for unknown', () => {
    const [venray] = documentOrganisations(['venray']);
    expect(venray?.population).toEqual([expect.objectContaining({ inhabitants: null, referenceDate: null })]);
    const [beesel] = documentOrganisations(['beesel']);
    expect(beesel?.population).toEqual([expect.objectContaining({ year: 2023, inhabitants: 13_422, referenceDate: '2023-09-30' })]);
    const [groningen] = documentOrganisations(['groningen']);
    expect(groningen?.population?.map((p) => p.year)).toEqual([2021, 2024]);
  });
});
