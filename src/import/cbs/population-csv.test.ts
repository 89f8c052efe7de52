import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import { parseCbsPopulationCsv } from './population-csv';

describe('CBS StatLine population CSV', () => {
  it('reads the "as shown" export with title and footer lines, names and thousands separators', () => {
    const csv = [
      '"Bevolking op 1 januari; regio"',
      '',
      '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
      '"Venlo";"2024";"103 785"',
      '"Beesel";"2024";"."',
      '"Weert (gemeente)";"2024";"50.079"',
      '',
      '"Bron: CBS"',
    ].join('\r\n');
    expect(parseCbsPopulationCsv(csv)).toEqual([
      { line: 4, cbsCode: null, regionName: 'Venlo', year: 2024, inhabitants: 103785 },
      { line: 5, cbsCode: null, regionName: 'Beesel', year: 2024, inhabitants: null },
      { line: 6, cbsCode: null, regionName: 'Weert', year: 2024, inhabitants: 50079 },
    ]);
  });

  it('reads the typed data set with codes', () => {
    const csv = ['ID,RegioS,Perioden,BevolkingOp1Januari_1', '1,GM0983  ,2023JJ00,102000', '2,PV31  ,2023JJ00,1130000'].join('\n');
    expect(parseCbsPopulationCsv(csv).map((r) => [r.cbsCode, r.regionName, r.year, r.inhabitants])).toEqual([
      ['0983', null, 2023, 102000],
      [null, 'PV31', 2023, 1130000],
    ]);
  });

  it('names the line and the reason for a bad figure, in Dutch', () => {
    const csv = '"Regio\'s";"Perioden";"Bevolking (aantal)"\n"Venlo";"2024";"veel"';
    expect(() => parseCbsPopulationCsv(csv)).toThrow(DomainError);
    expect(() => parseCbsPopulationCsv(csv)).toThrow(/regel 2: 'veel' is geen aantal/);
    expect(() => parseCbsPopulationCsv('a;b;c\n1;2;3')).toThrow(/geen CBS StatLine-export/);
  });
});
