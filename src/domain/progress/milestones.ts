import { DomainError } from '../shared/errors';
import { isIsoDate, quarterOf, type IsoDate } from './dates';

/**
 * A milestone's due moment at the grain it was given. `end` is the last day of that grain (the
 * end of "Q3 2022", of "2023", of "Q4 2022 of Q1 2023"); `null` for "doorlopend" or no deadline.
 * `label` is the wording as given, shown instead of an invented exact date.
 */
export interface MilestoneDue {
  start: IsoDate | null;
  end: IsoDate | null;
  label: string;
}

export interface MilestoneInput {
  id: string;
  nodeId: string;
  title: string;
  due: MilestoneDue | null;
  doneDate: IsoDate | null;
  /** Invented demo data, labelled as such wherever it is shown. */
  isDemo?: boolean;
}

export type MilestoneState = 'gehaald' | 'te-laat-gehaald' | 'te-laat' | 'open' | 'zonder-termijn';

/** Due and overdue count from the end of the grain: "Q3 2022" is overdue from 1-10-2022. */
export function milestoneState(m: Pick<MilestoneInput, 'due' | 'doneDate'>, today: IsoDate): MilestoneState {
  const end = m.due?.end ?? null;
  if (m.doneDate) return end !== null && m.doneDate > end ? 'te-laat-gehaald' : 'gehaald';
  if (end === null) return 'zonder-termijn';
  return today > end ? 'te-laat' : 'open';
}

export function assertValidMilestone(m: { title: string; doneDate: IsoDate | null; due: MilestoneDue | null }): void {
  const details = [];
  if (!m.title.trim()) details.push({ field: 'title', reason: 'Geef de mijlpaal een titel.' });
  if (m.doneDate !== null && !isIsoDate(m.doneDate)) details.push({ field: 'doneDate', reason: `'${m.doneDate}' is geen geldige datum (jjjj-mm-dd).` });
  if (m.due?.start && m.due.end && m.due.start > m.due.end) details.push({ field: 'due', reason: 'Het begin van de termijn ligt na het einde.' });
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: ${details.map((d) => d.reason).join(' ')}`, details);
}

export interface PlanCell {
  milestoneId: string;
  title: string;
  dueLabel: string;
  state: MilestoneState;
  isDemo?: boolean;
}

export interface PlanRow {
  nodeId: string;
  /** Q1..Q4 of the chosen year: the milestones whose due grain ends in that quarter. */
  quarters: [PlanCell[], PlanCell[], PlanCell[], PlanCell[]];
}

/**
 * Quarter milestone planning: one row per project, columns Q1–Q4 of `year`. A milestone sits in
 * the quarter where its grain ends (a milestone "in 2023" sits in Q4 2023 and shows its own label).
 * Milestones without a deadline are not placed.
 */
export function quarterPlan(projectIds: readonly string[], milestones: readonly MilestoneInput[], year: number, today: IsoDate): PlanRow[] {
  return projectIds.map((nodeId) => {
    const quarters: PlanRow['quarters'] = [[], [], [], []];
    const own = milestones
      .filter((m) => m.nodeId === nodeId && m.due?.end)
      .sort((a, b) => ((a.due?.end ?? '') < (b.due?.end ?? '') ? -1 : (a.due?.end ?? '') > (b.due?.end ?? '') ? 1 : a.title.localeCompare(b.title)));
    for (const m of own) {
      const end = m.due?.end;
      if (!end) continue;
      const q = quarterOf(end);
      if (q.year !== year) continue;
      quarters[q.quarter - 1]?.push({ milestoneId: m.id, title: m.title, dueLabel: m.due?.label ?? '', state: milestoneState(m, today), ...(m.isDemo ? { isDemo: true } : {}) });
    }
    return { nodeId, quarters };
  });
}
