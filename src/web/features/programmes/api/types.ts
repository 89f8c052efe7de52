/**
 * The shapes the programme screens read, as documented in docs/programme-api.md. Written out here
 * because the web code may not import the server's route schemas; the fetchers in this folder are
 * the only place that knows the wire format.
 */
import type { NodeScope, OrganisationKind } from '../../../../domain/programme/vocabulary';

export type Scope = NodeScope;

export interface OrganisationRef {
  id: string;
  key?: string;
  name: string;
  kind?: string;
  cbsCode?: string | null;
}

export interface Organisation extends OrganisationRef {
  key: string;
  kind: OrganisationKind;
  version: number;
}

export interface Programme {
  id: string;
  slug: string;
  title: string;
  shortName: string | null;
  description: string | null;
  levelLabels: string[];
  periodStart: string | null;
  periodEnd: string | null;
  status: string;
  version: number;
  ownerOrganisationId?: string | null;
  partners?: OrganisationRef[];
  region?: { id: string; name: string } | null;
  regionId?: string | null;
  /** The programme document's own version, adoption, what it replaces, vision and goal (detail only). */
  documentVersion?: string | null;
  adoptedOn?: string | null;
  adoptedBy?: string | null;
  replaces?: string | null;
  vision?: string | null;
  goal?: string | null;
}

export interface Deadline {
  grain: string;
  wording: string | null;
  start: string | null;
  end: string | null;
}

/** A node as the tree and node routes return it (NodeView on the server). */
export interface TreeNodeData {
  id: string;
  parentId: string | null;
  position: number;
  key: string;
  code: string | null;
  title: string;
  description: string | null;
  level: number;
  /** The programme's name for this level. */
  levelLabel?: string;
  scope: Scope | null;
  ownerOrganisation: OrganisationRef | null;
  trekkers?: { personId: string | null; organisationId: string | null; name: string }[];
  municipalities?: OrganisationRef[];
  /** Municipalities of the region that explicitly do not take part. */
  excludedMunicipalities?: OrganisationRef[];
  /** Other names the programme uses; the tree filter finds them. */
  aliases?: string[];
  deadline?: Deadline;
  /** The deadline in words, as the programme gave it. */
  deadlineLabel?: string;
  deadlineState?: string;
  doelstelling?: string | null;
  expectedResult?: string | null;
  sections?: { title: string; body: string }[];
  version: number;
}

/** An effort's partner: one organisation, or a partner kind such as "Alle gemeenten". */
export type EffortPartner = { type: 'organisation'; organisation: OrganisationRef } | { type: 'group'; group: string };

/** What one partner commits to for one or more goals; `geen` is the explicit "no effort". */
export interface Effort {
  id: string;
  /** `org:<uuid>` or `group:<name>`: the DIN column, and what the DIN `?partner=` filter takes. */
  partnerKey: string;
  partner: EffortPartner;
  goalIds: string[];
  text: string | null;
  geen: boolean;
  version: number;
}

export function partnerLabel(p: EffortPartner): string {
  return p.type === 'organisation' ? p.organisation.name : p.group;
}
