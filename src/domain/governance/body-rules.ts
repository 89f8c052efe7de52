import { DomainError, type ErrorDetail } from '../shared/errors';
import { isIsoDate } from '../shared/deadline';
import { parseFrequency, type NominalFrequency } from './frequency';
import { isBodyKind } from './vocabulary';

export interface BodyFields {
  name: string;
  kind: string;
  frequencyText?: string | null;
  /** Given explicitly, it wins over what the wording says. */
  nominal?: NominalFrequency | null;
  parentId?: string | null;
  refersToBodyId?: string | null;
  refersToName?: string | null;
}

/** Check a body's fields; the nominal frequency is the one given, else the one the wording names. */
export function checkBody(f: BodyFields, selfId: string | null): { nominal: NominalFrequency | null } {
  const details: ErrorDetail[] = [];
  if (!f.name.trim()) details.push({ field: 'name', reason: 'Geef het overleg een naam.' });
  if (!isBodyKind(f.kind)) details.push({ field: 'kind', reason: `'${f.kind}' is geen soort overleg.` });
  const nominal = f.nominal ?? parseFrequency(f.frequencyText);
  if (nominal && (nominal.minPerYear < 1 || nominal.maxPerYear < nominal.minPerYear || nominal.maxPerYear > 366)) {
    details.push({
      field: 'nominal',
      reason: 'De nominale frequentie moet tussen 1 en 366 keer per jaar liggen, minimum niet boven maximum.',
    });
  }
  if (selfId !== null && (f.parentId === selfId || f.refersToBodyId === selfId)) {
    details.push({
      field: f.parentId === selfId ? 'parentId' : 'refersToBodyId',
      reason: 'Een overleg kan niet onder zichzelf vallen of naar zichzelf verwijzen.',
    });
  }
  if (f.refersToBodyId && f.refersToName?.trim()) {
    details.push({
      field: 'refersToName',
      reason: 'Verwijs naar een overleg in Regietafel óf naar een orgaan buiten Regietafel, niet naar beide.',
    });
  }
  if (details.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Het overleg klopt niet: ${details.map((d) => `${d.field}: ${d.reason}`).join(' ')}`,
      details,
    );
  return { nominal };
}

/** Refuse nesting that would put a body under itself or under one of the bodies below it. */
export function assertNoNestingCycle(
  bodies: readonly { id: string; parentId: string | null }[],
  bodyId: string,
  parentId: string | null,
): void {
  const parent = new Map(bodies.map((b) => [b.id, b.parentId]));
  let cur = parentId;
  const seen = new Set<string>();
  while (cur !== null && cur !== undefined && !seen.has(cur)) {
    if (cur === bodyId) {
      throw new DomainError('VALIDATION_FAILED', 'Dit overleg kan daar niet onder vallen: dat zou een kring in de structuur maken.', [
        { field: 'parentId', reason: 'kring in de nesting van overleggen' },
      ]);
    }
    seen.add(cur);
    cur = parent.get(cur) ?? null;
  }
}

export function assertMeetingDate(date: string): void {
  if (!isIsoDate(date))
    throw new DomainError('VALIDATION_FAILED', `'${date}' is geen geldige datum (jjjj-mm-dd).`, [
      { field: 'date', reason: 'geen geldige datum' },
    ]);
}
