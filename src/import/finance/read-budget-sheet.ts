import { readDutchAmount, amountProblem } from '../../domain/finance/amount';
import { BUDGET_STATUSES, MONEY_STREAMS, RECURRENCES, type BudgetStatus, type Recurrence } from '../../domain/finance/budget';
import { BUDGET_SHEET_COLUMNS, UNKNOWN_AMOUNT, type BudgetSheetKey } from '../../domain/finance/sheet';
import { DomainError } from '../../domain/shared/errors';
import { cellText, fold } from '../table/cells';
import { findHeader, type ColumnAliases } from '../table/header';
import type { ImportProblems } from '../table/problems';
import type { Cell, RawTable } from '../table/raw-table';

/**
 * A row of the budget-line sheet (docs/finance.md) as text, with amounts read from Dutch notation.
 * References (node, payer) stay text here; the import service resolves them against the programme.
 */
export interface BudgetSheetRow {
  row: number;
  lineId: string | null;
  nodeId: string | null;
  path: string | null;
  year: number | null;
  moneyStream: string;
  payer: string | null;
  recurrence: Recurrence;
  status: BudgetStatus;
  requestedCents: number | null;
  grantedCents: number | null;
  realisedCents: number | null;
  condition: string | null;
  conditionMet: boolean | null;
  note: string | null;
}

function aliases(): ColumnAliases<BudgetSheetKey> {
  const out = {} as Record<BudgetSheetKey, string[]>;
  for (const c of BUDGET_SHEET_COLUMNS) out[c.key] = [c.header, ...('formerly' in c ? c.formerly : [])].map(fold);
  return out;
}
const ALIASES = aliases();

/**
 * Reads every row; errors go into `problems` (the caller adds its own, about references, and then
 * settles them all at once, so the user sees every bad row in one go).
 */
export function readBudgetSheet(
  table: RawTable,
  problems: ImportProblems,
): { rows: BudgetSheetRow[]; label: (k: BudgetSheetKey) => string } {
  const header = findHeader<BudgetSheetKey>(table.sheets, ALIASES, ['moneyStream', 'requested']);
  if (!header) {
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      "Geen kopregel gevonden: het bestand heeft ten minste de kolommen 'Geldstroom' en 'Aangevraagd' nodig (zie de Excel-export van Financiën).",
      [{ field: 'kopregel', reason: "kolommen 'Geldstroom' en 'Aangevraagd' ontbreken" }],
    );
  }
  const out: BudgetSheetRow[] = [];
  // A column is named in errors as the file names it (a sheet of before may say "Onderdeel").
  const label = (k: BudgetSheetKey) => header.labels[k] ?? BUDGET_SHEET_COLUMNS.find((c) => c.key === k)?.header ?? k;
  for (const raw of header.sheet.rows.slice(header.index + 1)) {
    const cell = (k: BudgetSheetKey): Cell | undefined => {
      const col = header.columns[k];
      return col === undefined ? undefined : raw.cells[col];
    };
    const text = (k: BudgetSheetKey) => cellText(cell(k));
    if (BUDGET_SHEET_COLUMNS.every((c) => text(c.key) === '')) continue;
    const err = (k: BudgetSheetKey, reason: string) => problems.error(raw.row, label(k), reason);

    const amount = (k: 'requested' | 'granted' | 'realised'): number | null => {
      const c = cell(k);
      if (typeof c === 'number') {
        const cents = Math.round(c * 100);
        if (c < 0 || Math.abs(cents - c * 100) > 1e-6) err(k, `${c} is geen bedrag in hele centen`);
        return cents;
      }
      const s = cellText(c);
      if (s === '' || fold(s) === UNKNOWN_AMOUNT) return null;
      const r = readDutchAmount(s);
      if (!r.ok) err(k, amountProblem(r.reason));
      return r.ok ? r.cents : null;
    };
    const yearText = text('year');
    const year = yearText === '' || fold(yearText) === 'onbekend' ? null : Number(yearText);
    if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100))
      err('year', `'${yearText}' is geen jaartal tussen 1990 en 2100`);
    const streamText = text('moneyStream');
    const stream = MONEY_STREAMS.find((s) => fold(s.label) === fold(streamText) || s.key === streamText)?.key ?? streamText;
    if (streamText === '') err('moneyStream', 'geldstroom ontbreekt');
    if (streamText.length > 80) err('moneyStream', 'geldstroom is langer dan 80 tekens');
    const recurrenceText = fold(text('recurrence')) || 'eenmalig';
    const recurrence = RECURRENCES.find((r) => r === recurrenceText) ?? (recurrenceText === 'incidenteel' ? 'eenmalig' : undefined);
    if (!recurrence) err('recurrence', `'${text('recurrence')}' is niet 'eenmalig' of 'structureel'`);
    const statusText = fold(text('status')) || 'aangevraagd';
    const status = BUDGET_STATUSES.find((s) => s === statusText);
    if (!status) err('status', `'${text('status')}' is niet 'aangevraagd', 'toegekend' of 'gerealiseerd'`);
    const metText = fold(text('conditionMet'));
    const conditionMet = metText === '' ? null : metText === 'ja' ? true : metText === 'nee' ? false : undefined;
    if (conditionMet === undefined) err('conditionMet', "vul 'ja', 'nee' of niets in");
    const orNull = (s: string) => (s === '' ? null : s);
    out.push({
      row: raw.row,
      lineId: orNull(text('lineId')),
      nodeId: orNull(text('nodeId')),
      path: orNull(text('path')),
      year: Number.isInteger(year) ? year : null,
      moneyStream: stream,
      payer: orNull(text('payer')),
      recurrence: recurrence ?? 'eenmalig',
      status: status ?? 'aangevraagd',
      requestedCents: amount('requested'),
      grantedCents: amount('granted'),
      realisedCents: amount('realised'),
      condition: orNull(text('condition')),
      conditionMet: conditionMet ?? null,
      note: orNull(text('note')),
    });
  }
  return { rows: out, label };
}
