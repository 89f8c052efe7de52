import { eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/database';
import { listIndicatorUnits, listIndicators, lockMeasurements, type KpiIndicatorRow } from '../../../db/queries/kpi';
import { kpiMeasurement } from '../../../db/schema';
import { mayActOnOwnedEntity } from '../../../domain/access/rules';
import { assertPeriod, isKpiGrain, periodContaining, periodLabel, type KpiGrain } from '../../../domain/kpi/periods';
import { TOTAL_UNIT } from '../../../domain/kpi/pooling';
import { dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { DomainError, type ErrorDetail } from '../../../domain/shared/errors';
import { recordAudits, type AuditEntry } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';

/** One figure to store. Unknown: all of value, numerator and denominator null (stored as unknown, not as 0). */
export interface MeasurementInput {
  indicatorId: string;
  grain: KpiGrain;
  periodStart: string;
  /** An organisation id that owes figures for the indicator, or 'totaal'. */
  unitKey: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  source?: string | null;
  note?: string | null;
  /** The row in an imported file, for messages. */
  row?: number;
}

export interface SaveMeasurementsOptions {
  programmeId: string;
  entries: MeasurementInput[];
  isDemo?: boolean;
}

export interface SaveMeasurementsResult {
  created: number;
  updated: number;
  unchanged: number;
}

const where = (e: MeasurementInput, i: number) => (e.row !== undefined ? { row: e.row } : { index: i });
const unitLabel = (e: MeasurementInput) => (e.unitKey === TOTAL_UNIT ? 'het totaal' : e.unitKey);

/**
 * Check every entry (indicator of this programme, its grain and period, a unit that owes figures,
 * values that fit the unit, and the right to enter for that unit's organisation) and collect all
 * problems; then write everything or nothing. An entry for an existing (indicator, period, unit)
 * updates it. The organisation of the unit decides the right: a rapporteur acting for one
 * organisation cannot enter or change another's figures; 'totaal' belongs to the indicator's owner.
 */
export async function checkMeasurements(
  tx: Db,
  actor: Actor,
  opts: SaveMeasurementsOptions,
  today: string,
  forWrite: boolean,
): Promise<ErrorDetail[]> {
  const indicators = new Map<string, KpiIndicatorRow>((await listIndicators(tx, opts.programmeId)).map((r) => [r.id, r]));
  const units = await listIndicatorUnits(tx, [...indicators.keys()]);
  const owes = new Map<string, { name: string }>(units.map((u) => [`${u.indicatorId}|${u.organisationId}`, { name: u.name }]));
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  opts.entries.forEach((e, i) => {
    const at = where(e, i);
    const ind = indicators.get(e.indicatorId);
    if (!ind) {
      details.push({ ...at, field: 'indicator', reason: 'deze indicator hoort niet bij dit programma' });
      return;
    }
    if (!isKpiGrain(e.grain) || e.grain !== ind.grain) {
      details.push({ ...at, field: 'periode', reason: `${ind.code} wordt per ${ind.grain} gemeten, niet per ${String(e.grain)}` });
      return;
    }
    try {
      assertPeriod({ grain: e.grain, start: e.periodStart });
    } catch {
      details.push({ ...at, field: 'periode', reason: `'${e.periodStart}' is niet het begin van een ${e.grain}` });
      return;
    }
    const current = periodContaining(e.grain, today);
    if (e.periodStart > current.start)
      details.push({ ...at, field: 'periode', reason: `${periodLabel({ grain: e.grain, start: e.periodStart })} ligt in de toekomst` });
    const unitOrg = e.unitKey === TOTAL_UNIT ? ind.ownerOrganisationId : e.unitKey;
    if (e.unitKey !== TOTAL_UNIT && !owes.has(`${ind.id}|${e.unitKey}`)) {
      details.push({ ...at, field: 'eenheid', reason: `deze organisatie levert geen cijfers voor ${ind.code}` });
      return;
    }
    if (forWrite && !mayActOnOwnedEntity(actor, opts.programmeId, unitOrg, 'rapporteur')) {
      const name = e.unitKey === TOTAL_UNIT ? 'het totaal' : (owes.get(`${ind.id}|${e.unitKey}`)?.name ?? unitLabel(e));
      details.push({
        ...at,
        field: 'eenheid',
        reason: `u mag geen cijfers invullen voor ${name} (${ind.code}): dat is niet uw organisatie`,
      });
    }
    const key = `${ind.id}|${e.grain}|${e.periodStart}|${e.unitKey}`;
    if (seen.has(key))
      details.push({ ...at, field: 'periode', reason: `${ind.code} staat voor deze periode en eenheid al eerder in de invoer` });
    seen.add(key);
    const isRatio = ind.numeratorDefinition !== null;
    const value = e.value ?? null;
    const num = e.numerator ?? null;
    const den = e.denominator ?? null;
    const finite = (v: number | null) => v === null || Number.isFinite(v);
    if (!finite(value) || !finite(num) || !finite(den)) details.push({ ...at, field: 'waarde', reason: 'geen getal' });
    if (isRatio) {
      if (value !== null)
        details.push({ ...at, field: 'waarde', reason: `${ind.code} is een verhouding: vul teller en noemer in, niet de uitkomst` });
      if ((num === null) !== (den === null))
        details.push({
          ...at,
          field: num === null ? 'teller' : 'noemer',
          reason: 'vul teller en noemer allebei in, of geen van beide (onbekend)',
        });
      if (num !== null && num < 0) details.push({ ...at, field: 'teller', reason: 'kan niet negatief zijn' });
      if (den !== null && den <= 0) details.push({ ...at, field: 'noemer', reason: 'moet groter dan 0 zijn' });
      if (ind.unit === 'percent' && num !== null && den !== null && num > den)
        details.push({ ...at, field: 'teller', reason: 'de teller is groter dan de noemer' });
    } else {
      if (num !== null || den !== null)
        details.push({ ...at, field: 'teller', reason: `${ind.code} is geen verhouding: vul alleen de waarde in` });
      if (value !== null && value < 0 && ind.unit !== 'procentpunt')
        details.push({ ...at, field: 'waarde', reason: 'kan niet negatief zijn' });
      if (value !== null && ind.unit === 'percent' && value > 100)
        details.push({ ...at, field: 'waarde', reason: 'een percentage ligt tussen 0 en 100' });
    }
  });
  return details;
}

export async function writeMeasurements(
  tx: Db,
  actor: Actor,
  opts: SaveMeasurementsOptions,
  clock: Clock,
): Promise<SaveMeasurementsResult> {
  const result: SaveMeasurementsResult = { created: 0, updated: 0, unchanged: 0 };
  const audits: AuditEntry[] = [];
  const now = clock.now();
  // One read of what is there (locked), then one insert for everything new: an import of thousands of rows stays fast.
  const existing = new Map(
    (await lockMeasurements(tx, [...new Set(opts.entries.map((e) => e.indicatorId))])).map((m) => [
      `${m.indicatorId}|${m.grain}|${m.periodStart}|${m.unitKey}`,
      m,
    ]),
  );
  const inserts: (typeof kpiMeasurement.$inferInsert)[] = [];
  for (const e of opts.entries) {
    const values = {
      value: e.value ?? null,
      numerator: e.numerator ?? null,
      denominator: e.denominator ?? null,
      source: e.source?.trim() || null,
      note: e.note?.trim() || null,
    };
    const found = existing.get(`${e.indicatorId}|${e.grain}|${e.periodStart}|${e.unitKey}`);
    if (found) {
      const same =
        found.value === values.value &&
        found.numerator === values.numerator &&
        found.denominator === values.denominator &&
        found.source === values.source &&
        found.note === values.note;
      if (same) {
        result.unchanged++;
        continue;
      }
      const [row] = await tx
        .update(kpiMeasurement)
        .set({ ...values, enteredById: actor.id, enteredByLabel: actor.label, isDemo: opts.isDemo ?? false, updatedAt: now })
        .where(eq(kpiMeasurement.id, found.id))
        .returning();
      audits.push({
        action: 'update',
        entityType: 'kpi_measurement',
        entityId: found.id,
        programmeId: opts.programmeId,
        before: found,
        after: row,
      });
      result.updated++;
    } else {
      inserts.push({
        indicatorId: e.indicatorId,
        grain: e.grain,
        periodStart: e.periodStart,
        unitKey: e.unitKey,
        organisationId: e.unitKey === TOTAL_UNIT ? null : e.unitKey,
        ...values,
        enteredById: actor.id,
        enteredByLabel: actor.label,
        isDemo: opts.isDemo ?? false,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  for (let i = 0; i < inserts.length; i += 1000) {
    const rows = await tx
      .insert(kpiMeasurement)
      .values(inserts.slice(i, i + 1000))
      .returning();
    for (const row of rows)
      audits.push({ action: 'create', entityType: 'kpi_measurement', entityId: row.id, programmeId: opts.programmeId, after: row });
    result.created += rows.length;
  }
  await recordAudits(tx, actor, audits, clock);
  return result;
}

export function rejectionOf(details: ErrorDetail[]): DomainError {
  const forbidden = details.length > 0 && details.every((d) => d.field === 'eenheid' && String(d.reason).startsWith('u mag geen'));
  const lines = details
    .slice(0, 5)
    .map((d) => `${d.row !== undefined ? `Rij ${d.row}` : `Invoer ${Number(d.index ?? 0) + 1}`}, ${d.field}: ${d.reason}.`);
  const head = details.length === 1 ? 'Er is niets opgeslagen.' : `${details.length} fouten; er is niets opgeslagen.`;
  return new DomainError(
    forbidden ? 'FORBIDDEN' : details.some((d) => d.row !== undefined) ? 'IMPORT_ROW_INVALID' : 'VALIDATION_FAILED',
    `${head} ${lines.join(' ')}`,
    details,
  );
}

/** Save partners' figures from the entry form: all or nothing, audited. */
export async function saveMeasurements(db: Db, actor: Actor, opts: SaveMeasurementsOptions, clock: Clock): Promise<SaveMeasurementsResult> {
  const today = dutchDate(clock.now());
  return inTransaction(db, async (tx) => {
    const details = await checkMeasurements(tx, actor, opts, today, true);
    if (details.length > 0) throw rejectionOf(details);
    return writeMeasurements(tx, actor, opts, clock);
  });
}
