import { inTransaction, type Db } from '../../../db/database';
import type { KpiImportRow } from '../../../import/kpi/parse-kpi-table';
import { parseKpiTable } from '../../../import/kpi/parse-kpi-table';
import { readTable } from '../../../import/table/read-table';
import { dutchDate } from '../../../domain/progress';
import type { KpiGrain } from '../../../domain/kpi/periods';
import type { Clock } from '../../../domain/shared/clock';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { loadProgrammeKpis } from './load-kpi';
import { checkMeasurements, rejectionOf, writeMeasurements, type MeasurementInput, type SaveMeasurementsResult } from './save-measurements';
import type { KpiImportPreview } from '../../../domain/kpi/responses';

export interface KpiImportOptions {
  programmeId: string;
  file: Uint8Array;
  fileName?: string;
}

async function readRows(db: Db, opts: KpiImportOptions, today: string) {
  const table = await readTable(opts.file);
  const loaded = await loadProgrammeKpis(db, opts.programmeId, today);
  return parseKpiTable(table, {
    indicators: loaded.map((l) => ({
      id: l.row.id,
      code: l.row.code,
      unit: l.row.unit,
      grain: l.row.grain,
      isRatio: l.row.numeratorDefinition !== null,
      units: l.units.map((u) => ({ id: u.organisationId, names: [u.name, u.key, ...(u.cbsCode ? [u.cbsCode, `GM${u.cbsCode}`] : [])] })),
    })),
  });
}

const toInput = (r: KpiImportRow): MeasurementInput => ({
  indicatorId: r.indicatorId,
  grain: r.period.grain as KpiGrain,
  periodStart: r.period.start,
  unitKey: r.unitKey,
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  source: r.source,
  note: r.note,
  row: r.row,
});

/**
 * Read a CSV or XLSX file of figures and check every row (the same checks as the entry form, the
 * person's rights included) without writing: what the import would do, row by row.
 */
export async function previewKpiImport(db: Db, actor: Actor, opts: KpiImportOptions, clock: Clock): Promise<KpiImportPreview> {
  const today = dutchDate(clock.now());
  const { rows, warnings } = await readRows(db, opts, today);
  const details = await checkMeasurements(db, actor, { programmeId: opts.programmeId, entries: rows.map(toInput) }, today, true);
  if (details.length > 0) throw rejectionOf(details);
  const loaded = await loadProgrammeKpis(db, opts.programmeId, today);
  const existing = new Map(
    loaded.flatMap((l) => l.measurements).map((m) => [`${m.indicatorId}|${m.grain}|${m.periodStart}|${m.unitKey}`, m]),
  );
  return {
    warnings,
    rows: rows.map((r) => {
      const m = existing.get(`${r.indicatorId}|${r.period.grain}|${r.period.start}|${r.unitKey}`);
      const same =
        m &&
        m.value === r.value &&
        m.numerator === r.numerator &&
        m.denominator === r.denominator &&
        m.source === r.source &&
        m.note === r.note;
      return { ...r, action: !m ? 'nieuw' : same ? 'ongewijzigd' : 'bijwerken' };
    }),
  };
}

/** Import the file: all rows or none (row-level Dutch errors); an existing (indicator, period, unit) is updated. */
export async function importKpiFile(
  db: Db,
  actor: Actor,
  opts: KpiImportOptions,
  clock: Clock,
): Promise<SaveMeasurementsResult & { rows: number }> {
  const today = dutchDate(clock.now());
  const { rows } = await readRows(db, opts, today);
  const entries = rows.map(toInput);
  return inTransaction(db, async (tx) => {
    const details = await checkMeasurements(tx, actor, { programmeId: opts.programmeId, entries }, today, true);
    if (details.length > 0) throw rejectionOf(details);
    const result = await writeMeasurements(tx, actor, { programmeId: opts.programmeId, entries }, clock);
    await recordAudit(
      tx,
      actor,
      {
        action: 'import',
        entityType: 'kpi_import',
        entityId: opts.fileName ?? 'bestand',
        programmeId: opts.programmeId,
        after: { rows: rows.length, ...result },
      },
      clock,
    );
    return { ...result, rows: rows.length };
  });
}
