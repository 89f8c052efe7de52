import { amountProblem, formatEuro, readDutchAmount } from '../../../../domain/finance/amount';
import type { BudgetStatus, Recurrence } from '../../../../domain/finance/budget';
import type { BudgetLineFields, BudgetLineView } from '../../../../domain/finance/responses';

/** What the budget-line form holds: text as typed, amounts in Dutch notation. */
export interface BudgetLineDraft {
  nodeId: string;
  year: string;
  moneyStream: string;
  otherStream: string;
  payerOrganisationId: string;
  recurrence: Recurrence;
  status: BudgetStatus;
  requested: string;
  granted: string;
  realised: string;
  condition: string;
  conditionMet: '' | 'ja' | 'nee';
  note: string;
}

export const OTHER_STREAM = '__anders__';

export function emptyDraft(nodeId = ''): BudgetLineDraft {
  return {
    nodeId,
    year: String(new Date().getFullYear()),
    moneyStream: 'wmo',
    otherStream: '',
    payerOrganisationId: '',
    recurrence: 'eenmalig',
    status: 'aangevraagd',
    requested: '',
    granted: '',
    realised: '',
    condition: '',
    conditionMet: '',
    note: '',
  };
}

const euro = (cents: number | null) => (cents === null ? '' : formatEuro(cents));

export function draftOf(line: BudgetLineView, knownStreams: readonly string[]): BudgetLineDraft {
  const known = knownStreams.includes(line.moneyStream);
  return {
    nodeId: line.nodeId ?? '',
    year: line.year === null ? '' : String(line.year),
    moneyStream: known ? line.moneyStream : OTHER_STREAM,
    otherStream: known ? '' : line.moneyStream,
    payerOrganisationId: line.payerOrganisationId ?? '',
    recurrence: line.recurrence,
    status: line.status,
    requested: euro(line.requestedCents),
    granted: euro(line.grantedCents),
    realised: euro(line.realisedCents),
    condition: line.condition ?? '',
    conditionMet: line.conditionMet === null ? '' : line.conditionMet ? 'ja' : 'nee',
    note: line.note ?? '',
  };
}

/** Draft → API fields, or Dutch errors per form field. An empty amount is unknown (null), never 0. */
export function fieldsOf(d: BudgetLineDraft): { ok: true; fields: BudgetLineFields } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const amount = (name: string, text: string): number | null => {
    if (text.trim() === '') return null;
    const r = readDutchAmount(text);
    if (r.ok) return r.cents;
    errors[name] = amountProblem(r.reason);
    return null;
  };
  const year = d.year.trim() === '' ? null : Number(d.year.trim());
  if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100))
    errors.year = 'Vul een jaartal in tussen 1990 en 2100, of laat het leeg.';
  const stream = d.moneyStream === OTHER_STREAM ? d.otherStream.trim() : d.moneyStream;
  if (stream === '') errors.otherStream = 'Geef de naam van de geldstroom.';
  const requestedCents = amount('requested', d.requested);
  const grantedCents = amount('granted', d.granted);
  const realisedCents = amount('realised', d.realised);
  if (d.conditionMet !== '' && d.condition.trim() === '') errors.condition = 'Beschrijf eerst de voorwaarde.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      nodeId: d.nodeId || null,
      year,
      moneyStream: stream,
      payerOrganisationId: d.payerOrganisationId || null,
      recurrence: d.recurrence,
      status: d.status,
      requestedCents,
      grantedCents,
      realisedCents,
      cofinancerIds: [],
      condition: d.condition.trim() || null,
      conditionMet: d.conditionMet === '' ? null : d.conditionMet === 'ja',
      note: d.note.trim() || null,
    },
  };
}
