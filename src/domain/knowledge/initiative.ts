/**
 * Related initiatives (omgevingsbeeld, docs/knowledge.md): one record per initiative, related to
 * programmes (as a whole) and to nodes (themes) through links. Pure rules over the links.
 */
export interface InitiativeLinkRef {
  id: string;
  programmeId: string;
  nodeId: string | null;
}

/** Is a link to (programmeId, nodeId) already there? The same link twice is one link. */
export function hasLink(links: readonly InitiativeLinkRef[], programmeId: string, nodeId: string | null): boolean {
  return links.some((l) => l.programmeId === programmeId && l.nodeId === nodeId);
}

/**
 * May this link be removed? Not the initiative's last one: an initiative without links would be seen
 * by nobody; delete the initiative instead.
 */
export function mayUnlink(links: readonly InitiativeLinkRef[], linkId: string): boolean {
  return links.some((l) => l.id === linkId) && links.length > 1;
}

/** The initiatives shown for a node: those linked to it (not those linked only to the programme as a whole). */
export function linkedToNode<T extends { links: readonly { nodeId: string | null }[] }>(items: readonly T[], nodeId: string): T[] {
  return items.filter((i) => i.links.some((l) => l.nodeId === nodeId));
}
