import { daysBetween, type IsoDate } from './dates';
import { reportingWindows } from './periods';
import type { ProgressStatus } from './status';

export interface DutyNode {
  nodeId: string;
  /** Who must report on this node (organisation ids, person ids…: the caller chooses the key). */
  ownerKeys: string[];
  /** Only nodes whose state is reported directly need updates; parents are derived. */
  needsUpdates: boolean;
  updates: { date: IsoDate; status: ProgressStatus }[];
}

export interface DutyPeriod {
  id: string;
  label: string;
  startDate: IsoDate;
  endDate: IsoDate;
  dueDate: IsoDate;
  locked: boolean;
  /** The cycle (body) the period belongs to; null/absent = the programme's own. */
  bodyId?: string | null;
}

export type DutyState = 'ingediend' | 'open' | 'te-laat';

export interface UpdateDuty {
  nodeId: string;
  periodId: string;
  periodLabel: string;
  dueDate: IsoDate;
  state: DutyState;
  /** Days past the due date; 0 unless the duty is te-laat. */
  daysOverdue: number;
}

/**
 * What is due and overdue ("mijn updates"). A node owes an update for every period that has
 * started and is not locked, unless it was already afgerond or vervallen before that period began.
 * Overdue means today is after the due date and no update dated within the period's reporting
 * window exists (see reportingWindows).
 */
export function updateDuties(nodes: readonly DutyNode[], periods: readonly DutyPeriod[], today: IsoDate, ownerKey?: string): UpdateDuty[] {
  const duties: UpdateDuty[] = [];
  const windows = reportingWindows(periods);
  const open = periods.filter((p) => !p.locked && p.startDate <= today);
  for (const n of nodes) {
    if (!n.needsUpdates) continue;
    if (ownerKey !== undefined && !n.ownerKeys.includes(ownerKey)) continue;
    for (const p of open) {
      const before = n.updates.filter((u) => u.date < p.startDate).sort((a, b) => (a.date < b.date ? -1 : 1));
      const last = before[before.length - 1];
      if (last && (last.status === 'afgerond' || last.status === 'vervallen')) continue;
      const w = windows.get(p.id);
      const submitted = w !== undefined && n.updates.some((u) => u.date >= w.from && u.date <= w.to);
      const late = !submitted && today > p.dueDate;
      duties.push({
        nodeId: n.nodeId,
        periodId: p.id,
        periodLabel: p.label,
        dueDate: p.dueDate,
        state: submitted ? 'ingediend' : late ? 'te-laat' : 'open',
        daysOverdue: late ? daysBetween(p.dueDate, today) : 0,
      });
    }
  }
  // Most overdue first, then by due date.
  return duties.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
