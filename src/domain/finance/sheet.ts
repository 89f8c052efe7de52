/**
 * The columns of the budget-line sheet: the XLSX export writes them and the import reads them back
 * (docs/finance.md). Headers are matched case-insensitively.
 */
export const BUDGET_SHEET_COLUMNS = [
  { key: 'lineId', header: 'Regel-id', width: 38 },
  // Sheets exported before the UI settled on "element" name these columns "Onderdeel(-id)": still read.
  { key: 'nodeId', header: 'Element-id', width: 38, formerly: ['Onderdeel-id'] },
  { key: 'path', header: 'Element', width: 48, formerly: ['Onderdeel'] },
  { key: 'year', header: 'Jaar', width: 8 },
  { key: 'moneyStream', header: 'Geldstroom', width: 28 },
  { key: 'payer', header: 'Betaler', width: 28 },
  { key: 'recurrence', header: 'Eenmalig of structureel', width: 14 },
  { key: 'status', header: 'Status', width: 14 },
  { key: 'requested', header: 'Aangevraagd', width: 16 },
  { key: 'granted', header: 'Toegekend', width: 16 },
  { key: 'realised', header: 'Gerealiseerd', width: 16 },
  { key: 'condition', header: 'Voorwaarde', width: 30 },
  { key: 'conditionMet', header: 'Voorwaarde gehaald', width: 12 },
  { key: 'note', header: 'Toelichting', width: 40 },
] as const;

export type BudgetSheetKey = (typeof BUDGET_SHEET_COLUMNS)[number]['key'];

/** How an unknown amount is written in the sheet: never an empty cell or 0. */
export const UNKNOWN_AMOUNT = 'onbekend';

/** Codes and titles from the root down: "A3 › II Activiteit". Tells apart nodes whose codes repeat. */
export function nodePath(
  nodes: readonly { id: string; parentId: string | null; code: string | null; title: string }[],
  id: string,
): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parts: string[] = [];
  for (let n = byId.get(id); n; n = n.parentId ? byId.get(n.parentId) : undefined) parts.unshift(n.code ?? n.title);
  const self = byId.get(id);
  if (self && self.code) parts[parts.length - 1] = `${self.code} ${self.title}`;
  return parts.join(' › ');
}
