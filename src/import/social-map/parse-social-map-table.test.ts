import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import type { RawTable } from '../table/raw-table';
import { parseSocialMapTable } from './parse-social-map-table';

const ctx = {
  municipalities: [
    { id: 'g-venlo', name: 'Venlo', cbsCode: '0983', key: 'venlo' },
    { id: 'g-horst', name: 'Horst aan de Maas', cbsCode: '1507', key: 'horst' },
  ],
  organisations: [{ id: 'o-ggz', name: 'GGZ Noord-Limburg', key: 'ggz-nl' }],
};
const table = (rows: string[][]): RawTable => ({
  sheets: [{ kind: 'csv', name: ';', rows: rows.map((cells, i) => ({ row: i + 1, cells })) }],
});

function errorsOf(rows: string[][]): unknown {
  try {
    parseSocialMapTable(table(rows), ctx);
  } catch (e) {
    if (e instanceof DomainError) return e.details;
    throw e;
  }
  return [];
}

describe('parseSocialMapTable', () => {
  it('reads tolerant headers, kinds by label, municipalities by code or name, the provider as organisation or text', () => {
    const { rows, warnings } = parseSocialMapTable(
      table([
        ['Titel van het overzicht'],
        ['naam', 'SOORT', 'Gemeente', 'Aanbieder', 'Zonder verwijzing', 'Telefoon', 'Extra'],
        ['Inloop', 'Inloop', 'GM0983; horst aan de maas', 'ggz-nl', 'ja', "'+31 77", 'x'],
        ['Praatgroep', 'zelfhulpgroep', 'Venlo (0983)', 'Buurthuis De Brug', '', '', ''],
      ]),
      ctx,
    );
    expect(
      rows.map((r) => [r.row, r.fields.kind, r.fields.municipalityIds, r.fields.providerOrganisationId, r.fields.providerName]),
    ).toEqual([
      [3, 'inloop', ['g-venlo', 'g-horst'], 'o-ggz', null],
      [4, 'zelfhulpgroep', ['g-venlo'], null, 'Buurthuis De Brug'],
    ]);
    expect(rows[0]?.fields.phone).toBe('+31 77');
    expect(rows[0]?.fields.withoutReferral).toBe(true);
    expect(rows[1]?.fields.withoutReferral).toBeNull();
    expect(warnings).toEqual([{ row: 2, message: "kolom G ('Extra') wordt niet gebruikt" }]);
  });

  it('collects every bad row with the column as the file names it, and a repeated Dienst-id', () => {
    const id = '0e0b6f7a-9a4d-4b7e-8a55-6c7b2f0d9e11';
    expect(
      errorsOf([
        ['Dienst-id', 'Naam', 'Soort', 'Gemeenten', 'E-mail'],
        [id, 'A', 'inloop', 'Venlo', ''],
        [id, 'B', 'praatpaal', 'Venlo', 'x@'],
        ['12', '', 'inloop', '', ''],
      ]),
    ).toEqual([
      { row: 3, field: 'Dienst-id', reason: 'deze Dienst-id staat ook in rij 2' },
      { row: 3, field: 'Soort', reason: expect.stringContaining("onbekende soort 'praatpaal'") },
      { row: 3, field: 'E-mail', reason: "'x@' is geen e-mailadres" },
      { row: 4, field: 'Dienst-id', reason: "'12' is geen Dienst-id (laat leeg voor een nieuwe voorziening)" },
      { row: 4, field: 'Naam', reason: 'de naam is verplicht' },
      { row: 4, field: 'Gemeenten', reason: 'kies minstens één gemeente' },
    ]);
  });

  it('refuses a file without the required columns, and one without services', () => {
    expect(() => parseSocialMapTable(table([['Naam', 'Adres']]), ctx)).toThrow(/Soort/);
    expect(errorsOf([['Naam', 'Soort', 'Gemeenten']])).toEqual([{ row: 2, field: 'Naam', reason: 'het bestand bevat geen voorzieningen' }]);
  });
});
