import type { IndicatorDefinition } from '../../../../domain/kpi/responses';
import { parseDutchNumber } from '../../../../domain/kpi/dutch-number';
import type { KpiTargetForm } from '../../../../domain/kpi/targets';
import { KPI_UNITS, type KpiUnit } from '../../../../domain/kpi/units';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';

/**
 * The indicator form as typed (numbers in Dutch notation, dates dd-mm-jjjj), its checks and the
 * body of PUT …/kpi/indicators. Pure: tested in indicator-form.test.ts.
 */
export const TARGET_KINDS = ['absoluut', 'reeks', 'relatief', 'cumulatief', 'nul'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface TargetValues {
  name: string;
  scope: 'totaal' | 'elke-eenheid';
  kind: TargetKind;
  value: string;
  by: string;
  /** One "jaar: waarde" per line. */
  points: string;
  changeUnit: 'percent' | 'procentpunt';
  change: string;
  total: string;
  from: string;
  to: string;
}

export interface IndicatorFormValues {
  code: string;
  name: string;
  definition: string;
  unit: KpiUnit;
  direction: 'hoger' | 'lager';
  isRatio: boolean;
  numerator: string;
  denominator: string;
  baselineValue: string;
  baselineDate: string;
  dimension: 'gemeente' | 'aanbieder' | 'regio' | 'totaal';
  grain: 'maand' | 'kwartaal' | 'halfjaar' | 'jaar';
  ownerOrganisationId: string;
  source: string;
  /** Thresholds as a percentage of the planned progress ("95"). */
  onTrack: string;
  risk: string;
  nodeIds: string[];
  unitOrganisationIds: string[];
  targets: TargetValues[];
}

export const emptyTarget = (): TargetValues => ({
  name: '',
  scope: 'totaal',
  kind: 'absoluut',
  value: '',
  by: '',
  points: '',
  changeUnit: 'percent',
  change: '',
  total: '',
  from: '',
  to: '',
});

export const EMPTY_INDICATOR: IndicatorFormValues = {
  code: '',
  name: '',
  definition: '',
  unit: 'aantal',
  direction: 'hoger',
  isRatio: false,
  numerator: '',
  denominator: '',
  baselineValue: '',
  baselineDate: '',
  dimension: 'totaal',
  grain: 'jaar',
  ownerOrganisationId: '',
  source: '',
  onTrack: '95',
  risk: '75',
  nodeIds: [],
  unitOrganisationIds: [],
  targets: [],
};

/** The stored definition (GET …/definition) as the form shows it: the server's response schema, inferred. */
export type IndicatorDefinitionData = IndicatorDefinition;

/** A number as the form shows it: Dutch decimal comma, no grouping (so it reads back the same). */
export const numberText = (n: number): string => String(Math.round(n * 1e6) / 1e6).replace('.', ',');

function targetValuesOf(t: IndicatorDefinitionData['targets'][number]): TargetValues {
  const v = { ...emptyTarget(), name: t.name ?? '', scope: t.scope, kind: t.form.kind };
  const f = t.form;
  switch (f.kind) {
    case 'absoluut':
      return { ...v, value: numberText(f.value), by: toDisplayDate(f.by) };
    case 'nul':
      return { ...v, by: toDisplayDate(f.by) };
    case 'reeks':
      return { ...v, points: f.points.map((p) => `${p.year}: ${numberText(p.value)}`).join('\n') };
    case 'relatief':
      return { ...v, changeUnit: f.change.unit, change: numberText(f.change.value), by: toDisplayDate(f.by) };
    case 'cumulatief':
      return { ...v, total: numberText(f.total), from: toDisplayDate(f.from), to: toDisplayDate(f.to) };
  }
}

export function valuesOfDefinition(d: IndicatorDefinitionData): IndicatorFormValues {
  return {
    code: d.code,
    name: d.name,
    definition: d.definition ?? '',
    unit: d.unit,
    direction: d.direction,
    isRatio: d.ratio !== null,
    numerator: d.ratio?.numerator ?? '',
    denominator: d.ratio?.denominator ?? '',
    baselineValue: d.baseline ? numberText(d.baseline.value) : '',
    baselineDate: d.baseline ? toDisplayDate(d.baseline.date) : '',
    dimension: d.dimension,
    grain: d.grain,
    ownerOrganisationId: d.ownerOrganisationId ?? '',
    source: d.source ?? '',
    onTrack: numberText(d.thresholds.onTrack * 100),
    risk: numberText(d.thresholds.risk * 100),
    nodeIds: d.nodeIds,
    unitOrganisationIds: d.unitOrganisationIds,
    targets: d.targets.map(targetValuesOf),
  };
}

/** A field error: a message key of messages/kpi.ts with its parameters. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}
export type FormErrors = Record<string, FieldError>;

const TARGET_PARTS = ['name', 'scope', 'value', 'by', 'points', 'change', 'total', 'from', 'to'];

/** Field names: the form's own, and per target `target-<i>-<part>`. */
export const targetField = (i: number, part: string) => `target-${i}-${part}`;

type Num = { ok: true; value: number | null } | { ok: false };
function num(text: string, allowPercentSign = false): Num {
  const p = parseDutchNumber(text);
  if (p.kind === 'empty') return { ok: true, value: null };
  if (p.kind !== 'number' || (p.percent && !allowPercentSign)) return { ok: false };
  return { ok: true, value: p.value };
}

export interface IndicatorBody {
  code: string;
  name: string;
  definition: string | null;
  unit: KpiUnit;
  direction: 'hoger' | 'lager';
  ratio: { numerator: string; denominator: string } | null;
  baseline: { value: number; date: string } | null;
  dimension: IndicatorFormValues['dimension'];
  grain: IndicatorFormValues['grain'];
  ownerOrganisationId: string | null;
  source: string | null;
  thresholds: { onTrack: number; risk: number };
  nodeIds: string[];
  unitOrganisationIds: string[];
  targets: { name: string | null; scope: 'totaal' | 'elke-eenheid'; form: KpiTargetForm }[];
}

/** Check the form and build the request body; every problem is named at its field. */
export function indicatorBody(v: IndicatorFormValues): { errors: FormErrors; body: IndicatorBody | null } {
  const errors: FormErrors = {};
  const need = (field: string, text: string) => {
    if (!text.trim()) errors[field] = { key: 'kpi.form.err.required' };
  };
  const code = v.code.trim();
  if (!code) errors.code = { key: 'kpi.form.err.required' };
  else if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code)) errors.code = { key: 'kpi.form.err.code' };
  need('name', v.name);
  if (!(KPI_UNITS as readonly string[]).includes(v.unit)) errors.unit = { key: 'kpi.form.err.required' };
  if (v.isRatio) {
    need('numerator', v.numerator);
    need('denominator', v.denominator);
  }
  // Baseline: both or neither.
  const bv = num(v.baselineValue, v.unit === 'percent');
  const bd = v.baselineDate.trim() ? parseDateInput(v.baselineDate) : null;
  if (!bv.ok) errors.baselineValue = { key: 'kpi.form.err.number' };
  if (v.baselineDate.trim() && !bd) errors.baselineDate = { key: 'kpi.form.err.date' };
  if (bv.ok && bv.value !== null && !v.baselineDate.trim()) errors.baselineDate = { key: 'kpi.form.err.baselineBoth' };
  if (bv.ok && bv.value === null && v.baselineDate.trim()) errors.baselineValue = { key: 'kpi.form.err.baselineBoth' };
  const baseline = bv.ok && bv.value !== null && bd ? { value: bv.value, date: bd } : null;
  // Thresholds in percent of the planned progress.
  const onTrack = num(v.onTrack, true);
  const risk = num(v.risk, true);
  if (!onTrack.ok || onTrack.value === null) errors.onTrack = { key: 'kpi.form.err.number' };
  if (!risk.ok || risk.value === null) errors.risk = { key: 'kpi.form.err.number' };
  if (onTrack.ok && risk.ok && onTrack.value !== null && risk.value !== null && !(risk.value >= 0 && onTrack.value >= risk.value))
    errors.risk = { key: 'kpi.form.err.thresholds' };
  if ((v.dimension === 'gemeente' || v.dimension === 'aanbieder') && v.unitOrganisationIds.length === 0)
    errors.unitOrganisationIds = { key: 'kpi.form.err.units' };

  const targets: IndicatorBody['targets'] = [];
  v.targets.forEach((t, i) => {
    const f = (part: string) => targetField(i, part);
    const date = (part: 'by' | 'from' | 'to', text: string): string | null => {
      if (!text.trim()) {
        errors[f(part)] = { key: 'kpi.form.err.required' };
        return null;
      }
      const d = parseDateInput(text);
      if (!d) errors[f(part)] = { key: 'kpi.form.err.date' };
      return d;
    };
    const required = (part: string, text: string, allowPercent = false): number | null => {
      const n = num(text, allowPercent);
      if (!n.ok) errors[f(part)] = { key: 'kpi.form.err.number' };
      else if (n.value === null) errors[f(part)] = { key: 'kpi.form.err.required' };
      return n.ok ? n.value : null;
    };
    let form: KpiTargetForm | null = null;
    switch (t.kind) {
      case 'absoluut': {
        const value = required('value', t.value, v.unit === 'percent');
        const by = date('by', t.by);
        if (value !== null && by) form = { kind: 'absoluut', value, by };
        break;
      }
      case 'nul': {
        const by = date('by', t.by);
        if (by) form = { kind: 'nul', by };
        break;
      }
      case 'reeks': {
        const points: { year: number; value: number }[] = [];
        const lines = t.points
          .split(/\n|;/)
          .map((l) => l.trim())
          .filter(Boolean);
        if (lines.length === 0) errors[f('points')] = { key: 'kpi.form.err.required' };
        for (const line of lines) {
          const m = /^(\d{4})\s*[:=]\s*(.+)$/.exec(line);
          const n = m ? num(m[2] ?? '', v.unit === 'percent') : null;
          if (!m || !n?.ok || n.value === null) {
            errors[f('points')] = { key: 'kpi.form.err.points', params: { line } };
            break;
          }
          const year = Number(m[1]);
          if (points.some((p) => p.year === year)) {
            errors[f('points')] = { key: 'kpi.form.err.pointsTwice', params: { year } };
            break;
          }
          points.push({ year, value: n.value });
        }
        if (!errors[f('points')]) form = { kind: 'reeks', points };
        break;
      }
      case 'relatief': {
        // A "%" typed in a change in procentpunten is refused: the two are different units.
        const change = required('change', t.change, t.changeUnit === 'percent');
        if (t.changeUnit === 'procentpunt' && v.unit !== 'percent') errors[f('changeUnit')] = { key: 'kpi.form.err.ppOnlyPercent' };
        if (!baseline && !errors.baselineValue) errors[f('kind')] = { key: 'kpi.form.err.relativeNeedsBaseline' };
        const by = date('by', t.by);
        if (change !== null && by) form = { kind: 'relatief', change: { unit: t.changeUnit, value: change }, by };
        break;
      }
      case 'cumulatief': {
        const total = required('total', t.total);
        const from = date('from', t.from);
        const to = date('to', t.to);
        if (from && to && to < from) errors[f('to')] = { key: 'kpi.form.err.toBeforeFrom' };
        if (v.unit !== 'aantal' && v.unit !== 'euro') errors[f('kind')] = { key: 'kpi.form.err.cumulativeUnit' };
        if (total !== null && from && to) form = { kind: 'cumulatief', total, from, to };
        break;
      }
    }
    if (t.scope === 'elke-eenheid' && v.dimension !== 'gemeente' && v.dimension !== 'aanbieder')
      errors[f('scope')] = { key: 'kpi.form.err.perUnitScope' };
    if (form) targets.push({ name: t.name.trim() || null, scope: t.scope, form });
  });

  if (Object.keys(errors).length > 0) return { errors, body: null };
  return {
    errors,
    body: {
      code,
      name: v.name.trim(),
      definition: v.definition.trim() || null,
      unit: v.unit,
      direction: v.direction,
      ratio: v.isRatio ? { numerator: v.numerator.trim(), denominator: v.denominator.trim() } : null,
      baseline,
      dimension: v.dimension,
      grain: v.grain,
      ownerOrganisationId: v.ownerOrganisationId || null,
      source: v.source.trim() || null,
      thresholds: { onTrack: (onTrack.ok ? (onTrack.value ?? 95) : 95) / 100, risk: (risk.ok ? (risk.value ?? 75) : 75) / 100 },
      nodeIds: v.nodeIds,
      unitOrganisationIds: v.dimension === 'gemeente' || v.dimension === 'aanbieder' ? v.unitOrganisationIds : [],
      targets,
    },
  };
}

/**
 * The server's error details (zod paths such as body.targets.0.form.value, or the service's
 * targets[0], ratio, thresholds) at the form's fields; the reason is the server's Dutch text.
 */
export function serverIndicatorErrors(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const d of details) {
    if (typeof d !== 'object' || d === null) continue;
    const { field, reason } = d as { field?: unknown; reason?: unknown };
    if (typeof field !== 'string' || typeof reason !== 'string') continue;
    const path = field.replace(/^body\.?/, '').replace(/\[(\d+)\]/g, '.$1');
    const [head = '', second, third, fourth] = path.split('.');
    let name: string = head || 'form';
    if (head === 'targets' && second !== undefined) {
      const part = (third === 'form' ? fourth : third) ?? 'kind';
      name = targetField(Number(second), TARGET_PARTS.includes(part) ? part : 'kind');
    } else if (head === 'ratio') name = second === 'denominator' ? 'denominator' : 'numerator';
    else if (head === 'baseline') name = second === 'date' ? 'baselineDate' : 'baselineValue';
    else if (head === 'thresholds') name = 'risk';
    out[name] = reason;
  }
  return out;
}
