import type { Db } from '../../../db/database';
import { indicatorView } from '../../../domain/kpi/indicator-view';
import { dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { loadProgrammeKpis, type LoadedIndicator } from './load-kpi';
import type { IndicatorDetail } from '../../../domain/kpi/responses';

export async function loadIndicator(db: Db, programmeId: string, indicatorId: string, asOf: string): Promise<LoadedIndicator> {
  const found = (await loadProgrammeKpis(db, programmeId, asOf)).find((l) => l.row.id === indicatorId || l.row.code === indicatorId);
  if (!found) throw notFound('Indicator', indicatorId);
  return found;
}

/** One indicator: status per target, the series for its charts, and the table behind them. */
export async function getIndicator(db: Db, opts: { programmeId: string; indicatorId: string }, clock: Clock): Promise<IndicatorDetail> {
  const l = await loadIndicator(db, opts.programmeId, opts.indicatorId, dutchDate(clock.now()));
  return {
    ...indicatorView(l.data),
    grain: l.row.grain,
    dimension: l.row.dimension,
    source: l.row.source,
    ownerOrganisationId: l.row.ownerOrganisationId,
    programmeId: l.row.programmeId,
    nodes: l.nodes,
  };
}
