import { DomainError } from '../shared/errors';
import { rollUp, type RollUpResult, type RollUpRule } from './roll-up';
import type { ProgressStatus } from './status';

export interface ReportedState {
  status: ProgressStatus;
  percent: number | null;
}

/** A manager's override of a derived value: always with a written reason. */
export interface OverrideInput {
  /** Null: the status is not overridden (only the percent is). */
  status: ProgressStatus | null;
  percent: number | null;
  reason: string;
}

export interface ProgressNodeInput {
  id: string;
  parentId: string | null;
  /** Weight within its parent for the weighted average (default 1). */
  weight: number;
  /** The node's own latest update, if any. */
  latest: ReportedState | null;
  override: OverrideInput | null;
}

export type StateSource = 'override' | 'afgeleid' | 'eigen' | 'geen';

export interface NodeState {
  nodeId: string;
  own: ReportedState | null;
  /** Null for a node without children. */
  derived: RollUpResult | null;
  override: OverrideInput | null;
  status: ProgressStatus | null;
  percent: number | null;
  statusSource: StateSource;
  percentSource: StateSource;
}

/**
 * The state of every node: an override wins (per field), then a node's own `vervallen` (a
 * cancelled part stays cancelled whatever its children say), then the value derived from the
 * children, then the node's own latest update. Children feed their parent with their effective
 * state, so an override on a project also counts for its theme.
 */
export function evaluateTree(nodes: readonly ProgressNodeInput[], rule: RollUpRule): Map<string, NodeState> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, ProgressNodeInput[]>();
  for (const n of nodes) {
    if (n.parentId === null || !byId.has(n.parentId)) continue;
    children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const out = new Map<string, NodeState>();
  const visiting = new Set<string>();

  const visit = (n: ProgressNodeInput): NodeState => {
    const done = out.get(n.id);
    if (done) return done;
    if (visiting.has(n.id)) {
      throw new DomainError('CONFLICT', `De boom bevat een kring bij element '${n.id}'.`, [
        { field: 'parentId', reason: 'kring in de boom' },
      ]);
    }
    visiting.add(n.id);
    const kids = children.get(n.id) ?? [];
    const derived =
      kids.length === 0
        ? null
        : rollUp(
            kids.map((k) => {
              const s = visit(k);
              return { id: k.id, status: s.status, percent: s.percent, weight: k.weight };
            }),
            rule,
          );
    visiting.delete(n.id);

    const ownCancelled = n.latest?.status === 'vervallen';
    let status: ProgressStatus | null = null;
    let statusSource: StateSource = 'geen';
    if (n.override?.status) [status, statusSource] = [n.override.status, 'override'];
    else if (ownCancelled) [status, statusSource] = ['vervallen', 'eigen'];
    else if (derived?.status) [status, statusSource] = [derived.status, 'afgeleid'];
    else if (n.latest) [status, statusSource] = [n.latest.status, 'eigen'];

    let percent: number | null = null;
    let percentSource: StateSource = 'geen';
    if (n.override && n.override.percent !== null) [percent, percentSource] = [n.override.percent, 'override'];
    else if (derived && derived.percent !== null) [percent, percentSource] = [derived.percent, 'afgeleid'];
    else if (n.latest && n.latest.percent !== null) [percent, percentSource] = [n.latest.percent, 'eigen'];

    const state: NodeState = { nodeId: n.id, own: n.latest, derived, override: n.override, status, percent, statusSource, percentSource };
    out.set(n.id, state);
    return state;
  };

  for (const n of nodes) visit(n);
  return out;
}
