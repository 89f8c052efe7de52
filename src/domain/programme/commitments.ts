/**
 * "Where does my organisation commit?" An organisation commits on a node through an effort of its
 * own, through an effort of a group it belongs to (an effort of "Groninger gemeenten" is an effort
 * of each of its gemeenten), as the node's owner or trekker, or as a participating municipality.
 * Pure: the caller loads the rows.
 */
export interface GroupRef {
  id: string;
  name: string;
}

export type CommitmentKind = 'inspanning' | 'eigenaar' | 'trekker' | 'gemeente';

export interface CommitmentReason {
  kind: CommitmentKind;
  /** The group the commitment comes through, or null when the organisation itself is named. */
  via: string | null;
  effortId?: string;
  text?: string | null;
}

export interface CommitmentNode {
  id: string;
  ownerOrganisationId: string | null;
  trekkerOrganisationIds: readonly string[];
  municipalityIds: readonly string[];
}

export interface CommitmentEffort {
  id: string;
  /** 'org:<organisation id>' or 'group:<name>' (a partner group named in text). */
  partnerKey: string;
  text: string | null;
  geen: boolean;
  goalIds: readonly string[];
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('nl');

/**
 * Who a partner key stands for, seen from `organisationId`: the organisation itself (via null), one
 * of its groups (via the group's name; a text group matches a group organisation of the same name),
 * or not this organisation at all (undefined).
 */
export function partnerVia(partnerKey: string, organisationId: string, groups: readonly GroupRef[]): string | null | undefined {
  if (partnerKey === `org:${organisationId}`) return null;
  for (const g of groups) {
    if (partnerKey === `org:${g.id}`) return g.name;
    if (partnerKey.startsWith('group:') && norm(partnerKey.slice(6)) === norm(g.name)) return g.name;
  }
  return undefined;
}

/** The partner keys that stand for the organisation: its own and those of its groups (DIN filter). */
export function partnerKeysOf(partnerKeys: readonly string[], organisationId: string, groups: readonly GroupRef[]): string[] {
  return partnerKeys.filter((k) => partnerVia(k, organisationId, groups) !== undefined);
}

/** Per node id, why the organisation commits there; nodes without a reason are left out. An explicit "geen" is no commitment. */
export function commitmentsOf(
  organisationId: string,
  groups: readonly GroupRef[],
  nodes: readonly CommitmentNode[],
  efforts: readonly CommitmentEffort[],
): Map<string, CommitmentReason[]> {
  const out = new Map<string, CommitmentReason[]>();
  const add = (nodeId: string, r: CommitmentReason) => out.set(nodeId, [...(out.get(nodeId) ?? []), r]);
  const orgVia = (id: string | null): string | null | undefined =>
    id === null ? undefined : partnerVia(`org:${id}`, organisationId, groups);
  for (const n of nodes) {
    const owner = orgVia(n.ownerOrganisationId);
    if (owner !== undefined) add(n.id, { kind: 'eigenaar', via: owner });
    for (const t of n.trekkerOrganisationIds) {
      const via = orgVia(t);
      if (via !== undefined) add(n.id, { kind: 'trekker', via });
    }
    for (const m of n.municipalityIds) {
      const via = orgVia(m);
      if (via !== undefined) add(n.id, { kind: 'gemeente', via });
    }
  }
  const known = new Set(nodes.map((n) => n.id));
  for (const e of efforts) {
    if (e.geen) continue;
    const via = partnerVia(e.partnerKey, organisationId, groups);
    if (via === undefined) continue;
    for (const g of e.goalIds) if (known.has(g)) add(g, { kind: 'inspanning', via, effortId: e.id, text: e.text });
  }
  return out;
}
