import { parseDateInput } from '../../../../domain/shared/date-input';
import { parseDeadline } from '../../../../domain/shared/deadline';
import type { MessageKey } from '../../../lib/messages/nl';

/** Field → message key. Client-side checks give Dutch messages at the field before the server is asked. */
export type FieldErrors = Record<string, MessageKey>;

/** "Pijler > Ambitie > Activiteit" → ['Pijler', 'Ambitie', 'Activiteit']. */
export function parseLevelLabels(text: string): string[] {
  return text.split('>').map((s) => s.trim());
}

/** A URL-safe name from a title: "Meedoen & Wonen 2022" → "meedoen-wonen-2022". */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export interface ProgrammeFormValues {
  title: string;
  shortName: string;
  slug: string;
  description: string;
  levels: string;
  periodStart: string;
  periodEnd: string;
}

export function validateProgramme(v: ProgrammeFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.title.trim()) errors.title = 'validation.titleRequired';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug)) errors.slug = 'validation.slugInvalid';
  const labels = parseLevelLabels(v.levels);
  if (!v.levels.trim()) errors.levels = 'validation.levelsRequired';
  else if (labels.some((l) => l === '')) errors.levels = 'validation.levelsEmptyPart';
  const start = v.periodStart.trim() ? parseDateInput(v.periodStart) : '';
  const end = v.periodEnd.trim() ? parseDateInput(v.periodEnd) : '';
  if (start === null) errors.periodStart = 'entry.date.invalid';
  if (end === null) errors.periodEnd = 'entry.date.invalid';
  if (start && end && end < start) errors.periodEnd = 'validation.periodEndBeforeStart';
  return errors;
}

export interface NodeFormValues {
  code: string;
  title: string;
  description: string;
  scope: string;
  ownerOrganisationId: string;
  deadline: string;
  doelstelling: string;
  expectedResult: string;
}

export function validateNode(v: NodeFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.title.trim()) errors.title = 'validation.titleRequired';
  if (v.code.length > 20) errors.code = 'validation.codeTooLong';
  if (v.deadline.trim() && !parseDeadline(v.deadline).ok) errors.deadline = 'validation.deadlineUnreadable';
  return errors;
}

export interface EffortFormValues {
  /** A partner key (`org:<uuid>` or `group:<name>`), or NEW_GROUP to type a group name. */
  partner: string;
  group: string;
  text: string;
  geen: boolean;
}

export const NEW_GROUP = 'nieuwe-groep';

export function validateEffort(v: EffortFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.partner) errors.partner = 'validation.partnerRequired';
  if (v.partner === NEW_GROUP && !v.group.trim()) errors.group = 'validation.groupRequired';
  if (!v.geen && !v.text.trim()) errors.text = 'validation.effortRequired';
  if (v.geen && v.text.trim()) errors.text = 'validation.effortNoneHasText';
  return errors;
}

/**
 * The server's validation details (`[{ field: 'body.title', reason }]`) by form field, so a
 * server-side rejection lands at the same field as a client-side one.
 */
export function serverFieldErrors(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const d of details) {
    if (typeof d !== 'object' || d === null) continue;
    const { field, reason } = d as { field?: unknown; reason?: unknown };
    if (typeof field !== 'string' || typeof reason !== 'string') continue;
    const name = field.replace(/^body\./, '').split('.')[0] ?? field;
    out[name] = reason;
  }
  return out;
}

/**
 * A euro amount as people type it ("€ 15.000", "1.234,56", "12,5", "1500") → whole cents, or null
 * when it is not plainly an amount. A dot followed by three digits is a thousands separator.
 */
export function parseEuroCents(text: string): number | null {
  const s = text.replace(/€/g, '').replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(s)) return null;
  const [whole = '0', fraction = ''] = s.replace(/\./g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
}

export interface GapFormValues {
  currentPractices: string;
  hiaat: string;
  voorstel: string;
  /** '' = not filled in, or a budget kind. */
  budgetKind: string;
  amount: string;
  fund: string;
  note: string;
}

export function validateGap(v: GapFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (v.budgetKind === 'bedrag' && parseEuroCents(v.amount) === null) errors.amount = 'validation.amount';
  if (v.budgetKind === 'ander-fonds' && !v.fund.trim()) errors.fund = 'validation.fundRequired';
  return errors;
}
