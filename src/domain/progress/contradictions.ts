import type { IsoDate } from './dates';
import { formatDutchDate } from './format-date';
import { milestoneState, type MilestoneInput } from './milestones';
import type { ProgressStatus } from './status';

/**
 * Status checked against the facts: Regietafel flags, it never changes a status. Each flag names
 * its reason in Dutch and has a stable key (rule + the fact it is about), so a person can ignore
 * it with a note; a new fact (another milestone, a newer update) gives a new key and a new flag.
 */
export const CHECK_RULES = [
  'groen-bij-te-late-mijlpaal',
  'rood-alles-gehaald',
  'afgerond-met-open-mijlpalen',
  'update-verouderd',
  'mijlpaal-voor-start',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

export interface CheckNode {
  nodeId: string;
  /** The status that holds (own update, derived or override). */
  status: ProgressStatus | null;
  percent: number | null;
  /** Only a node that reports itself (no children) can have a stale update. */
  reportsItself: boolean;
  /** Its own updates, oldest first. */
  updates: { id: string; date: IsoDate; status: ProgressStatus }[];
}

export interface CheckPeriod {
  label: string;
  startDate: IsoDate;
  endDate: IsoDate;
  dueDate: IsoDate;
}

export interface Contradiction {
  nodeId: string;
  rule: CheckRule;
  /** rule + the id of the fact (milestone, update or node): what an "ignore" note is attached to. */
  key: string;
  reason: string;
}

const isDone = (s: string) => s === 'gehaald' || s === 'te-laat-gehaald';

/**
 * The contradictions of one node, as of `asOf`:
 * - groen or afgerond while a milestone is overdue;
 * - rood while every milestone (at least one) is done;
 * - afgerond or 100% while milestones are still open (not yet due; overdue ones are the first rule);
 * - its latest update is older than the last reporting period whose due date has passed;
 * - a milestone done before the node started: an update dated after the done date still says "niet gestart".
 */
export function contradictionsOf(
  node: CheckNode,
  milestones: readonly MilestoneInput[],
  periods: readonly CheckPeriod[],
  asOf: IsoDate,
): Contradiction[] {
  const out: Contradiction[] = [];
  const own = milestones
    // A milestone done after `asOf` was not done yet on that day.
    .map((m) => ({ m, state: milestoneState({ ...m, doneDate: m.doneDate && m.doneDate <= asOf ? m.doneDate : null }, asOf) }));
  const add = (rule: CheckRule, subject: string, reason: string) =>
    out.push({ nodeId: node.nodeId, rule, key: `${rule}:${subject}`, reason });

  if (node.status === 'groen' || node.status === 'afgerond') {
    for (const { m } of own.filter((x) => x.state === 'te-laat')) {
      add(
        'groen-bij-te-late-mijlpaal',
        m.id,
        `Status is ${node.status}, maar mijlpaal '${m.title}' (${m.due?.label ?? 'zonder termijn'}) is te laat en nog niet gehaald.`,
      );
    }
  }
  if (node.status === 'rood' && own.length > 0 && own.every((x) => isDone(x.state))) {
    add('rood-alles-gehaald', node.nodeId, `Status is rood, maar alle ${own.length} mijlpalen zijn gehaald.`);
  }
  if (node.status === 'afgerond' || node.percent === 100) {
    const open = own.filter((x) => x.state === 'open' || x.state === 'zonder-termijn');
    if (open.length > 0) {
      const what = node.status === 'afgerond' ? 'afgerond' : '100% gereed';
      add(
        'afgerond-met-open-mijlpalen',
        node.nodeId,
        `Het element is ${what}, maar ${open.length === 1 ? 'mijlpaal' : 'mijlpalen'} ` +
          `${open.map((x) => `'${x.m.title}'`).join(', ')} ${open.length === 1 ? 'staat' : 'staan'} nog open.`,
      );
    }
  }
  const latest = node.updates.filter((u) => u.date <= asOf).at(-1);
  if (node.reportsItself && latest && latest.status !== 'afgerond' && latest.status !== 'vervallen') {
    const closed = periods
      .filter((p) => (p.dueDate > p.endDate ? p.dueDate : p.endDate) < asOf)
      .sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    const last = closed.at(-1);
    if (last && latest.date < last.startDate) {
      add(
        'update-verouderd',
        latest.id,
        `De laatste update is van ${formatDutchDate(latest.date)}, ouder dan de rapportageperiode ${last.label} (vanaf ${formatDutchDate(last.startDate)}).`,
      );
    }
  }
  for (const { m } of own) {
    if (!m.doneDate || m.doneDate > asOf) continue;
    const notStarted = node.updates.find((u) => u.status === 'niet-gestart' && u.date > (m.doneDate ?? '') && u.date <= asOf);
    if (notStarted) {
      add(
        'mijlpaal-voor-start',
        m.id,
        `Mijlpaal '${m.title}' is gehaald op ${formatDutchDate(m.doneDate)}, maar het ` +
          `element meldde op ${formatDutchDate(notStarted.date)} nog 'niet gestart'.`,
      );
    }
  }
  return out;
}
