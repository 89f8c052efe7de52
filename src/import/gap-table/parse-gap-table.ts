import { DomainError } from '../../domain/shared/errors';
import { MAX_AMOUNT_CENTS, parseAmount } from '../table/amount';
import { cellText, fold, isEmptyMarker, splitEntries } from '../table/cells';
import { columnLetter, findHeader, matchHeader, type HeaderMatch } from '../table/header';
import { formatEuros, ImportProblems } from '../table/problems';
import type { Cell, RawRow, RawTable } from '../table/raw-table';
import { readTable } from '../table/read-table';
import { GAP_COLUMNS, GAP_FIELD_NAMES, GAP_REQUIRED, type GapField, type GapItem, type GapTable } from './gap-table';

/** Reads a gap analysis (TSV, CSV or XLSX) into results; throws DomainError on anything it cannot place. */
export async function parseGapTable(bytes: Uint8Array): Promise<GapTable> {
  return interpretGapTable(await readTable(bytes));
}

interface Draft extends GapItem {
  folded: string;
}

const TOTAL_ROW = /^(sub)?tota(a)?l\b/;

export function interpretGapTable(table: RawTable): GapTable {
  const header = findHeader(table.sheets, GAP_COLUMNS, GAP_REQUIRED);
  if (header === null) {
    const reason = "geen kopregel gevonden met ten minste de kolommen 'Nr.' en 'Resultaat' (in de eerste 50 rijen)";
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand is geen hiaatanalyse: ${reason}.`, [{ reason }]);
  }
  const problems = new ImportProblems();
  for (const column of header.ignored) {
    problems.warn(header.row, `Kolom '${column.label}' (kolom ${columnLetter(column.column)}) wordt niet geïmporteerd.`);
  }
  const reader = new GapReader(header, problems);
  for (const row of header.sheet.rows.slice(header.index + 1)) reader.read(row);
  const items = reader.items.map(({ folded: _folded, ...item }) => item);
  const budgetTotalCents = items.reduce((sum, item) => sum + (item.budgetCents ?? 0), 0);
  reader.checkTotals(budgetTotalCents);
  if (items.length === 0 && problems.errors.length === 0) {
    const reason = `onder de kopregel (rij ${header.row}) staan geen resultaten`;
    throw new DomainError('IMPORT_FILE_INVALID', `Het bestand bevat geen resultaten: ${reason}.`, [{ row: header.row, reason }]);
  }
  const warnings = problems.settle();
  const { kind, name: sheet } = header.sheet;
  const source = { kind, sheet, headerRow: header.row, ...(table.encoding === undefined ? {} : { encoding: table.encoding }) };
  return { source, items, budgetTotalCents, warnings };
}

class GapReader {
  readonly items: Draft[] = [];
  private readonly byCode = new Map<string, Draft[]>();
  private current: Draft | null = null;
  private readonly totals: { row: number; cents: number }[] = [];
  private readonly headerFieldCount: number;
  private readonly headerWidth: number;

  constructor(
    private readonly header: HeaderMatch<GapField>,
    private readonly problems: ImportProblems,
  ) {
    this.headerFieldCount = Object.keys(header.columns).length;
    this.headerWidth = header.sheet.rows[header.index]?.cells.length ?? 0;
  }

  read(row: RawRow): void {
    this.warnUnheaded(row);
    const raw = (field: GapField): Cell | undefined => {
      const column = this.header.columns[field];
      return column === undefined ? undefined : row.cells[column];
    };
    const text = (field: GapField): string => {
      const value = cellText(raw(field));
      return isEmptyMarker(value) ? '' : value;
    };
    const fields = Object.keys(this.header.columns) as GapField[];
    if (fields.every((f) => text(f) === '')) return;
    const looksLikeHeader = GAP_COLUMNS.number.includes(fold(text('number'))) || text('number') === '#';
    if (looksLikeHeader && Object.keys(matchHeader(row, GAP_COLUMNS).columns).length >= this.headerFieldCount) {
      this.problems.warn(row.row, 'De kopregel staat hier nog een keer; deze rij is overgeslagen.');
      return;
    }
    const code = text('number')
      .replace(/\s+/g, ' ')
      .replace(/[.)]+$/, '');
    const title = text('title').replace(/\s+/g, ' ');
    // A totals row says so in the number column, or has no number and only 'Totaal' and an amount.
    const onlyTitleAndBudget = code === '' && text('practice') === '' && text('gap') === '' && text('proposal') === '';
    if (TOTAL_ROW.test(fold(code)) || (onlyTitleAndBudget && TOTAL_ROW.test(fold(title)))) {
      this.readTotal(row.row, raw('budget'));
      return;
    }
    const item = this.target(row.row, code, title);
    if (item === null) return;
    addEntries(item.currentPractices, text('practice'));
    addEntries(item.gaps, text('gap'));
    addEntries(item.proposals, text('proposal'));
    this.addBudget(item, row.row, raw('budget'));
  }

  /** Which item a row belongs to: the rules for numbers, repeated numbers and continuation rows. */
  private target(row: number, code: string, title: string): Draft | null {
    const label = (f: GapField): string => this.header.labels[f] ?? GAP_FIELD_NAMES[f];
    if (code !== '') {
      const sameCode = this.byCode.get(code) ?? [];
      if (title === '') {
        if (this.current !== null && this.current.code === code) return this.current;
        const earlier = sameCode.at(-1);
        if (earlier !== undefined) {
          this.problems.warn(row, `Nummer ${code} zonder ${label('title')}; samengevoegd met rij ${earlier.row}.`, label('title'));
          return this.setCurrent(earlier);
        }
        this.problems.error(row, label('title'), `ontbreekt bij nummer ${code}`);
        return null;
      }
      const same = sameCode.find((item) => item.folded === fold(title));
      if (same !== undefined) {
        if (same !== this.current) {
          this.problems.warn(row, `Nummer ${code} met dezelfde titel staat al op rij ${same.row}; samengevoegd.`, label('number'));
        }
        return this.setCurrent(same);
      }
      const other = sameCode[0];
      if (other !== undefined) {
        this.problems.warn(
          row,
          `Nummer ${code} staat ook op rij ${other.row} met een andere titel ('${other.title}'); als apart resultaat ingelezen.`,
          label('number'),
        );
      }
      return this.setCurrent(this.newItem(row, code, title));
    }
    if (this.current !== null) {
      const current = this.current;
      if (title !== '' && fold(title) !== current.folded) {
        current.title = `${current.title} ${title}`;
        current.folded = fold(current.title);
        this.problems.warn(
          row,
          `Rij zonder nummer: tekst uit '${label('title')}' toegevoegd aan de titel van rij ${current.row}.`,
          label('title'),
        );
      }
      return current;
    }
    if (title !== '') {
      this.problems.warn(row, `Resultaat zonder nummer ingelezen.`, label('number'));
      return this.setCurrent(this.newItem(row, '', title));
    }
    this.problems.error(row, label('number'), 'leeg, en er staat geen resultaat boven deze rij waar hij bij kan horen');
    return null;
  }

  private addBudget(item: Draft, row: number, cell: Cell | undefined): void {
    if (cell === undefined) return;
    const field = this.header.labels.budget ?? GAP_FIELD_NAMES.budget;
    const lines = typeof cell === 'number' ? [cell] : cellText(cell).split('\n');
    for (const line of lines) {
      if (typeof line === 'string' && isEmptyMarker(line)) continue;
      const amount = parseAmount(line);
      if (amount.kind === 'amount') {
        const sum = (item.budgetCents ?? 0) + amount.cents;
        if (sum > MAX_AMOUNT_CENTS) this.problems.error(row, field, `het totaal van nummer ${item.code} wordt onwaarschijnlijk groot`);
        else item.budgetCents = sum;
      } else if (amount.kind === 'too-large') {
        this.problems.error(row, field, `'${amount.text}' is onwaarschijnlijk groot voor een bedrag`);
      } else if (amount.kind === 'text') {
        item.budgetNotes.push(amount.text);
        this.problems.warn(row, `'${amount.text}' is geen bedrag; bewaard als toelichting bij het budget.`, field);
      }
    }
  }

  private readTotal(row: number, cell: Cell | undefined): void {
    const amount = cell === undefined ? { kind: 'empty' as const } : parseAmount(typeof cell === 'number' ? cell : cellText(cell));
    if (amount.kind === 'amount') this.totals.push({ row, cents: amount.cents });
    else this.problems.warn(row, 'Totaalrij overgeslagen.');
  }

  /** A totals row is not an item; it is checked against the sum of the amounts read. */
  checkTotals(sumCents: number): void {
    for (const total of this.totals) {
      this.problems.warn(
        total.row,
        total.cents === sumCents
          ? `Totaalrij overgeslagen; het totaal (${formatEuros(total.cents)}) klopt met de som van de bedragen.`
          : `Totaalrij overgeslagen; het totaal (${formatEuros(total.cents)}) wijkt af van de som van de bedragen (${formatEuros(sumCents)}).`,
      );
    }
  }

  private newItem(row: number, code: string, title: string): Draft {
    const item: Draft = {
      code,
      title,
      folded: fold(title),
      currentPractices: [],
      gaps: [],
      proposals: [],
      budgetCents: null,
      budgetNotes: [],
      row,
    };
    this.items.push(item);
    this.byCode.set(code, [...(this.byCode.get(code) ?? []), item]);
    return item;
  }

  private setCurrent(item: Draft): Draft {
    this.current = item;
    return item;
  }

  private warnUnheaded(row: RawRow): void {
    row.cells.forEach((cell, column) => {
      if (column < this.headerWidth || isEmptyMarker(cellText(cell))) return;
      this.problems.warn(row.row, `Tekst in kolom ${columnLetter(column)} heeft geen kop en wordt niet geïmporteerd.`);
    });
  }
}

/** Adds the entries of a cell, skipping ones the item already has (a merged, repeated row). */
function addEntries(list: string[], text: string): void {
  for (const entry of splitEntries(text)) if (!list.includes(entry)) list.push(entry);
}
