import type { Db } from '../../../db/database';
import { isActionDone } from '../../../domain/governance';
import type { ActionItem, Decision } from '../../../domain/governance/responses';
import type { IsoDate } from '../../../domain/progress/dates';
import type { DecisionRequested, GovernanceSection, OpenAction, ReportNodeRef } from '../../../domain/report/view-model';
import type { Clock } from '../../../domain/shared/clock';
import { listDecisionsAndActions } from '../governance/list-decisions-and-actions';

export interface GovernanceSectionOptions {
  programmeId: string;
  /** Only this body's decisions and actions (a report for a body's meeting). */
  bodyId?: string | null;
  from: IsoDate | null;
  to: IsoDate;
  /** The report's status date: an action is overdue when its deadline lies before it. */
  asOf: IsoDate;
  /** The nodes in the report's scope (tree order) as the report names them; a theme report keeps only these. */
  scope: ReadonlyMap<string, ReportNodeRef>;
  /** True for a theme report: decisions linked only to nodes outside the theme are left out. */
  themeOnly: boolean;
}

const ACTION_STATUS_LABEL: Record<ActionItem['status'], string> = {
  open: 'open',
  'in-uitvoering': 'in uitvoering',
  gereed: 'gereed',
  vervallen: 'vervallen',
};

/** "Naam (Organisatie)", the organisation alone, or null when nobody owns the action. */
export function actionOwner(a: Pick<ActionItem, 'ownerPerson' | 'ownerOrganisation'>): string | null {
  const person = a.ownerPerson?.name ?? null;
  const org = a.ownerOrganisation?.name ?? null;
  if (person && org) return `${person} (${org})`;
  return person ?? org;
}

export function decisionRequested(d: Decision, scope: ReadonlyMap<string, ReportNodeRef>): DecisionRequested {
  return {
    id: d.id,
    text: d.text,
    bodyName: d.bodyName,
    meetingDate: d.meetingDate,
    nodes: d.nodes.flatMap((n) => {
      const ref = scope.get(n.id);
      return ref ? [ref] : [];
    }),
  };
}

export function openAction(a: ActionItem, asOf: IsoDate): OpenAction {
  return {
    id: a.id,
    text: a.text,
    owner: actionOwner(a),
    deadline: a.deadline,
    status: ACTION_STATUS_LABEL[a.status],
    overdue: !isActionDone(a.status) && a.deadline !== null && a.deadline < asOf,
    bodyName: a.bodyName,
  };
}

/**
 * Decisions requested and open actions for the board report, from governance: the decisions taken
 * in the programme's meetings (of one body, when asked) dated in the report's window, and the
 * actions agreed by the window's end that were not done by then, overdue as of the report's date.
 * A decision names only the nodes in the report's scope; a theme report leaves out decisions that
 * name nodes but none in the theme.
 */
export async function loadGovernanceSection(db: Db, opts: GovernanceSectionOptions, clock?: Clock): Promise<GovernanceSection> {
  const view = await listDecisionsAndActions(
    db,
    { programmeId: opts.programmeId, bodyId: opts.bodyId ?? null, from: opts.from, to: opts.to },
    clock,
  );
  const decisions = view.decisions
    .filter((d) => !opts.themeOnly || d.nodes.length === 0 || d.nodes.some((n) => opts.scope.has(n.id)))
    .map((d) => decisionRequested(d, opts.scope));
  return { decisions, actions: view.openActions.map((a) => openAction(a, opts.asOf)) };
}
