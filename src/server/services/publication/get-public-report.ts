import type { Db } from '../../../db/database';
import { lockedPeriods } from '../../../db/queries/publication';
import { previousPeriod, reportingEnd, type TerugblikUpdate } from '../../../domain/progress';
import { buildBoardReport, type ReportNodeStateInput } from '../../../domain/report/build-report';
import type { BoardReport, ReportLanguage } from '../../../domain/report/view-model';
import { toStatus } from '../progress/load-progress';
import { loadPublicProgramme } from './public-read';

/**
 * The public version of the board report: built from the public read model only (published
 * programmes, published fields, the latest locked period), never from the members' report.
 * It has no decisions or actions (governance is internal) and no persons.
 */
export async function getPublicReport(db: Db, opts: { slug: string; language?: ReportLanguage }, today: string): Promise<BoardReport> {
  const { programme: p, fields, period, until, nodes, snapshot, updates, milestones } = await loadPublicProgramme(db, opts.slug);
  const periods = period ? await lockedPeriods(db, p.id) : [];
  const prev = period ? previousPeriod(periods, period) : null;
  const states = new Map<string, ReportNodeStateInput>(
    snapshot.map((s) => [s.nodeId, { status: toStatus(s.status), percent: s.percent, overridden: false }]),
  );
  const lookBack: TerugblikUpdate[] = updates.flatMap((u) => {
    const status = toStatus(u.status);
    return status
      ? [
          {
            id: u.id,
            nodeId: u.nodeId,
            date: u.reportDate,
            status,
            percent: fields.statuses ? u.percent : null,
            results: u.results,
            attentionPoints: u.attentionPoints,
            authorLabel: '',
          },
        ]
      : [];
  });
  const asOf = until ?? today;
  return buildBoardReport({
    language: opts.language ?? 'nl',
    programme: { id: p.id, slug: p.slug, title: p.title, levelLabels: p.levelLabels },
    nodes,
    states,
    themeNodeId: null,
    period: period ? { id: period.id, label: period.label, startDate: period.startDate, endDate: period.endDate, locked: true } : null,
    source: period ? 'snapshot' : 'actueel',
    asOf,
    since: prev ? reportingEnd(prev) : null,
    until: asOf,
    today,
    updates: lookBack,
    milestones,
    planningYear: Number(asOf.slice(0, 4)),
    governance: { decisions: [], actions: [] },
    lifecycle: [],
    kpis: [],
    finance: null,
    publicVersion: true,
    statusesShown: fields.statuses,
  });
}
