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
  /** The planning cell the programme put it in; null: the quarter in which its deadline ends. */
  plan?: PlanQuarter | null;
  /** Planned but not named yet. */
  isPlaceholder?: boolean;
}

export interface PlanQuarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** The quarter a milestone is shown in: the cell it was put in, else where its deadline ends. */
export function planQuarterOf(m: Pick<MilestoneInput, 'due' | 'plan'>): PlanQuarter | null {
  if (m.plan) return m.plan;
  const end = m.due?.end;
  if (!end) return null;
  const q = quarterOf(end);
  return { year: q.year, quarter: q.quarter };
}

/** A planning cell as typed: year 1990–2100 and quarter 1–4 both, or neither. */
export function checkPlanCell(year: number | null, quarter: number | null): { field: string; reason: string } | null {
  if (year === null && quarter === null) return null;
  if (year === null || !Number.isInteger(year) || year < 1990 || year > 2100)
    return { field: 'planYear', reason: 'Het jaar van de planningscel is een jaartal (bijv. 2022).' };
  if (quarter === null || !Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    return { field: 'planQuarter', reason: 'Het kwartaal van de planningscel is 1, 2, 3 of 4.' };
  return null;
}

export const MILESTONE_STATES = ['gehaald', 'te-laat-gehaald', 'te-laat', 'open', 'zonder-termijn'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

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
  if (m.doneDate !== null && !isIsoDate(m.doneDate))
    details.push({ field: 'doneDate', reason: `'${m.doneDate}' is geen geldige datum (jjjj-mm-dd).` });
  if (m.due?.start && m.due.end && m.due.start > m.due.end)
    details.push({ field: 'due', reason: 'Het begin van de termijn ligt na het einde.' });
  if (details.length > 0)
    throw new DomainError('VALIDATION_FAILED', `Mijlpaal ongeldig: ${details.map((d) => d.reason).join(' ')}`, details);
}

export interface PlanCell {
  milestoneId: string;
  title: string;
  dueLabel: string;
  state: MilestoneState;
  isPlaceholder: boolean;
  isDemo?: boolean;
}

export interface PlanRow {
  nodeId: string;
  /** Q1..Q4 of the chosen year: the milestones whose due grain ends in that quarter. */
  quarters: [PlanCell[], PlanCell[], PlanCell[], PlanCell[]];
}

/**
 * Quarter milestone planning: one row per project, columns Q1–Q4 of `year`. A milestone sits in
 * the planning cell the programme put it in, otherwise in the quarter where its grain ends (a
 * milestone "in 2023" sits in Q4 2023 and shows its own label). Milestones with neither are not placed.
 * Within a cell: by deadline end (none last), then in the order given (tree order from the caller).
 */
export function quarterPlan(projectIds: readonly string[], milestones: readonly MilestoneInput[], year: number, today: IsoDate): PlanRow[] {
  return projectIds.map((nodeId) => {
    const quarters: PlanRow['quarters'] = [[], [], [], []];
    const own = milestones
      .map((m, index) => ({ m, index, cell: planQuarterOf(m) }))
      .filter((x) => x.m.nodeId === nodeId && x.cell !== null && x.cell.year === year)
      .sort((a, b) => {
        const ea = a.m.due?.end ?? '9999-12-31';
        const eb = b.m.due?.end ?? '9999-12-31';
        return ea < eb ? -1 : ea > eb ? 1 : a.index - b.index;
      });
    for (const { m, cell } of own) {
      if (!cell) continue;
      quarters[cell.quarter - 1]?.push({
        milestoneId: m.id,
        title: m.title,
        dueLabel: m.due?.label ?? '',
        state: milestoneState(m, today),
        isPlaceholder: m.isPlaceholder ?? false,
        ...(m.isDemo ? { isDemo: true } : {}),
      });
    }
    return { nodeId, quarters };
  });
}
