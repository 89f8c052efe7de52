import type { Db } from '../../../db/database';
import { membershipIn, mayActOnOwnedEntity } from '../../../domain/access/rules';
import { periodContaining, periodLabel, previousPeriod, type KpiGrain } from '../../../domain/kpi/periods';
import { TOTAL_UNIT } from '../../../domain/kpi/pooling';
import { dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import type { Actor } from '../../auth/actor';
import { loadProgrammeKpis } from './load-kpi';
import type { EntryForm, EntryFormRow } from '../../../domain/kpi/responses';

/**
 * The figures a person owes now: for every indicator, the last complete period of its grain, for
 * every unit the person may enter for (their own organisation; a beheerder every unit).
 */
export async function getEntryForm(
  db: Db,
  actor: Actor,
  opts: { programmeId: string; organisationId?: string | undefined },
  clock: Clock,
): Promise<EntryForm> {
  const today = dutchDate(clock.now());
  const loaded = await loadProgrammeKpis(db, opts.programmeId, today);
  const own = membershipIn(actor, opts.programmeId)?.organisationId ?? null;
  const rows: EntryFormRow[] = [];
  for (const l of loaded) {
    const grain = l.row.grain as KpiGrain;
    const period = previousPeriod(periodContaining(grain, today));
    const units =
      l.units.length > 0
        ? l.units.map((u) => ({ key: u.organisationId, name: u.name, org: u.organisationId }))
        : [{ key: TOTAL_UNIT, name: 'Totaal', org: l.row.ownerOrganisationId }];
    for (const u of units) {
      if (!mayActOnOwnedEntity(actor, opts.programmeId, u.org, 'rapporteur')) continue;
      if (opts.organisationId && u.org !== opts.organisationId) continue;
      const m = l.measurements.find((x) => x.unitKey === u.key && x.grain === grain && x.periodStart === period.start);
      rows.push({
        indicatorId: l.row.id,
        code: l.row.code,
        name: l.row.name,
        unit: l.row.unit,
        ratio: l.data.indicator.ratio,
        grain,
        periodStart: period.start,
        periodLabel: periodLabel(period),
        unitKey: u.key,
        unitName: u.name,
        current: m
          ? { value: m.value, numerator: m.numerator, denominator: m.denominator, note: m.note, enteredBy: m.enteredByLabel }
          : null,
      });
    }
  }
  return { organisationId: own, rows };
}
