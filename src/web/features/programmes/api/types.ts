/**
 * The shapes the programme screens read (docs/programme-api.md). The response shapes are the
 * server's own zod schemas in domain/programme/responses.ts, imported as types only (no zod in the
 * bundle): a field renamed on the server fails to compile here.
 */
import type { EffortView, NodeView, OrgRef, ProgrammeDetail, TreeNode } from '../../../../domain/programme/responses';
import type { NodeScope, OrganisationKind } from '../../../../domain/programme/vocabulary';

export type Scope = NodeScope;

/** An organisation as a programme, node or effort names it: the server's OrgRef, inferred. */
export type OrganisationRef = OrgRef;

/** An organisation of the list (GET /organisations), as the pickers read it. */
export interface Organisation extends OrganisationRef {
  kind: OrganisationKind;
  version: number;
}

/** A programme with its own fields (detail, tree, DIN): the server's response schema, inferred. */
export type Programme = ProgrammeDetail;

/** A node as the tree returns it (flat): the server's response schema, inferred. */
export type TreeNodeData = TreeNode;

/** A node without the tree's extras (the node page's own fields). */
export type { NodeView };

/** What one partner commits to for one or more goals (`geen` = the explicit "no effort"): the server's schema, inferred. */
export type Effort = EffortView;

/** An effort's partner: one organisation, or a partner kind such as "Alle gemeenten". */
export type EffortPartner = EffortView['partner'];

export function partnerLabel(p: EffortPartner): string {
  return p.type === 'organisation' ? p.organisation.name : p.group;
}
