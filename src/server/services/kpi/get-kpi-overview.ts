import type { Db } from '../../../db/database';
import { latestNodeStatuses } from '../../../db/queries/kpi';
import { indicatorView } from '../../../domain/kpi/indicator-view';
import { dutchDate } from '../../../domain/progress';
import type { Clock } from '../../../domain/shared/clock';
import { notFound } from '../../../domain/shared/errors';
import { loadProgrammeKpis } from './load-kpi';
import type { KpiOverview } from '../../../domain/kpi/responses';

/** The KPIs of a programme (or of one node) with their status, latest figure and targets. */
export async function getKpiOverview(
  db: Db,
  opts: { programmeId: string; nodeId?: string | undefined },
  clock: Clock,
): Promise<KpiOverview> {
  const asOf = dutchDate(clock.now());
  let loaded = await loadProgrammeKpis(db, opts.programmeId, asOf);
  if (opts.nodeId) {
    loaded = loaded.filter((l) => l.nodes.some((n) => n.nodeId === opts.nodeId));
    if (loaded.length === 0 && !/^[0-9a-f-]{36}$/i.test(opts.nodeId)) throw notFound('Element', opts.nodeId);
  }
  const statuses = await latestNodeStatuses(db, [...new Set(loaded.flatMap((l) => l.nodes.map((n) => n.nodeId)))]);
  return {
    programmeId: opts.programmeId,
    asOf,
    nodeId: opts.nodeId ?? null,
    items: loaded.map((l) => {
      const v = indicatorView(l.data);
      return {
        id: v.id,
        code: v.code,
        name: v.name,
        unit: v.unit,
        status: v.status,
        statusLabel: v.statusLabel,
        latest: v.latest,
        targets: v.targets.map((t) => ({ name: t.name, description: t.description, statusLabel: t.statusLabel })),
        isDemo: v.isDemo,
        nodes: l.nodes.map((n) => {
          const nodeStatus = statuses.get(n.nodeId) ?? null;
          return { ...n, nodeStatus, contradiction: nodeStatus === 'groen' && v.status === 'niet-op-koers' };
        }),
      };
    }),
  };
}
