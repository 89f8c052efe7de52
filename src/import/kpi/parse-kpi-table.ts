import { cellText } from '../table/cells';
import { columnLetter, findHeader, type ColumnAliases } from '../table/header';
import { ImportProblems } from '../table/problems';
import type { ImportWarning, RawTable } from '../table/raw-table';
import { IMPORT_LIMITS } from '../table/raw-table';
import { parsePeriod, periodLabel, type KpiPeriod } from '../../domain/kpi/periods';
import { DomainError } from '../../domain/shared/errors';
import { parseDutchNumber, type ParsedNumber } from '../../domain/kpi/dutch-number';

/** The columns of a KPI file (docs/kpi.md); header names are matched tolerantly. */
type KpiField = 'indicator' | 'periode' | 'eenheid' | 'waarde' | 'teller' | 'noemer' | 'bron' | 'toelichting';
export const KPI_COLUMNS: ColumnAliases<KpiField> = {
  indicator: ['indicator', 'indicatorcode', 'code', 'kpi'],
  periode: ['periode', 'period'],
  eenheid: ['eenheid', 'gemeente', 'aanbieder', 'organisatie', 'unit'],
  waarde: ['waarde', 'value', 'aantal', 'resultaat'],
  teller: ['teller', 'numerator'],
  noemer: ['noemer', 'denominator'],
  bron: ['bron', 'source'],
  toelichting: ['toelichting', 'opmerking', 'note'],
};
const REQUIRED: readonly KpiField[] = ['indicator', 'periode', 'eenheid'];

/** What the file's rows are checked against: the programme's indicators and their units. */
export interface KpiImportContext {
  indicators: {
    id: string;
    code: string;
    unit: string;
    grain: string;
    isRatio: boolean;
    /** Organisations owing figures: id with the names a file may use (name, key, CBS code). */
    units: { id: string; names: string[] }[];
  }[];
}

export interface KpiImportRow {
  row: number;
  indicatorId: string;
  code: string;
  period: KpiPeriod;
  periodLabel: string;
  unitKey: string;
  unitName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: string | null;
  note: string | null;
}

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Rows of a KPI file, checked in full: every error (row, column as the file names it, reason) or the rows. */
export function parseKpiTable(table: RawTable, ctx: KpiImportContext): { rows: KpiImportRow[]; warnings: ImportWarning[] } {
  const header = findHeader(table.sheets, KPI_COLUMNS, REQUIRED);
  if (!header) {
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      'De kolommen indicator, periode en eenheid zijn niet gevonden. Gebruik het sjabloon (zie docs/kpi.md).',
      [{ reason: 'kolommen niet gevonden' }],
    );
  }
  const problems = new ImportProblems();
  const col = header.columns;
  const label = (f: KpiField) => header.labels[f] ?? f;
  for (const i of header.ignored) problems.warn(header.row, `kolom ${columnLetter(i.column)} ('${i.label}') wordt niet gebruikt`);
  const byCode = new Map(ctx.indicators.map((i) => [norm(i.code), i]));
  const rows: KpiImportRow[] = [];
  const body = header.sheet.rows.slice(header.index + 1);
  if (body.length > IMPORT_LIMITS.maxRows)
    throw new DomainError('PAYLOAD_TOO_LARGE', `Het bestand heeft meer dan ${IMPORT_LIMITS.maxRows} rijen.`, [{ reason: 'te veel rijen' }]);
  for (const r of body) {
    const cell = (f: KpiField) => {
      const c = col[f];
      return c === undefined ? undefined : r.cells[c];
    };
    const text = (f: KpiField) => cellText(cell(f));
    if (r.cells.every((c) => cellText(c) === '')) continue;
    const code = text('indicator');
    const ind = byCode.get(norm(code));
    if (!ind) {
      problems.error(r.row, label('indicator'), code ? `onbekende indicator '${code}'` : 'de indicatorcode ontbreekt');
      continue;
    }
    const period = parsePeriod(text('periode'));
    if (!period) {
      problems.error(r.row, label('periode'), `'${text('periode')}' is geen periode (bijv. 2023, Q3 2023, H1 2023, 2023-03)`);
      continue;
    }
    if (period.grain !== ind.grain)
      problems.error(r.row, label('periode'), `${ind.code} wordt per ${ind.grain} gemeten, niet per ${period.grain}`);
    const unitText = text('eenheid');
    let unitKey: string | null = null;
    let unitName = unitText;
    if (['totaal', 'regio', 'totaal regio'].includes(norm(unitText))) {
      unitKey = 'totaal';
      unitName = 'Totaal';
    } else {
      const u = ind.units.find((x) => x.names.some((n) => norm(n) === norm(unitText)));
      if (u) {
        unitKey = u.id;
        unitName = u.names[0] ?? unitText;
      } else
        problems.error(
          r.row,
          label('eenheid'),
          unitText ? `'${unitText}' levert geen cijfers voor ${ind.code}` : 'de eenheid (gemeente, aanbieder of totaal) ontbreekt',
        );
    }
    const num = (f: 'waarde' | 'teller' | 'noemer'): number | null => {
      const p: ParsedNumber = parseDutchNumber(cell(f));
      if (p.kind === 'invalid') {
        problems.error(r.row, label(f), p.reason);
        return null;
      }
      if (p.kind !== 'number') return null;
      if (p.percent && (f !== 'waarde' || ind.unit !== 'percent'))
        problems.error(r.row, label(f), `een %-teken past niet bij ${ind.code} (eenheid ${ind.unit})`);
      return p.value;
    };
    const value = num('waarde');
    const numerator = num('teller');
    const denominator = num('noemer');
    if (unitKey === null) continue;
    rows.push({
      row: r.row,
      indicatorId: ind.id,
      code: ind.code,
      period,
      periodLabel: periodLabel(period),
      unitKey,
      unitName,
      value,
      numerator,
      denominator,
      source: text('bron') || null,
      note: text('toelichting') || null,
    });
  }
  if (rows.length === 0 && problems.errors.length === 0)
    problems.error(header.row + 1, label('indicator'), 'het bestand bevat geen cijfers');
  const warnings = problems.settle();
  return { rows, warnings };
}
