import type { AdoptionStatus, InitiativeKind } from './vocabulary';

/** The read models the knowledge API answers; the web UI imports them as types. */
export interface NodeRefView {
  id: string;
  code: string | null;
  title: string;
  programmeId: string;
  programmeSlug: string;
  programmeTitle: string;
}

export interface AdoptionView {
  organisationId: string;
  organisationName: string;
  status: AdoptionStatus;
  statusDate: string | null;
  note: string | null;
}

export interface PracticeView {
  id: string;
  title: string;
  summary: string | null;
  workingComponents: string[];
  targetGroup: string | null;
  origin: { organisation: { id: string; name: string } | null; region: { id: string; name: string } | null; text: string | null };
  /** null = unknown; always null for visitors (contacts are not published). */
  contact: string | null;
  links: string[];
  tags: string[];
  /** Only nodes of programmes the reader may see (a visitor: published programmes). */
  relatedNodes: NodeRefView[];
  adoptions: AdoptionView[];
  published: boolean;
  isDemo: boolean;
  version: number;
  updatedAt: string;
}

export interface InitiativeLinkView {
  id: string;
  programmeId: string;
  programmeSlug: string;
  programmeTitle: string;
  nodeId: string | null;
  node: { id: string; code: string | null; title: string } | null;
}

export interface InitiativeView {
  id: string;
  name: string;
  kind: InitiativeKind;
  goal: string | null;
  owner: string | null;
  /** null = unknown (shown as "onbekend"). */
  contact: string | null;
  url: string | null;
  /** The links the reader may see; `otherLinks` counts those in programmes they may not read. */
  links: InitiativeLinkView[];
  otherLinks: number;
  isDemo: boolean;
  version: number;
}

export interface SideListView {
  id: string;
  programmeId: string;
  nodeId: string | null;
  title: string;
  description: string | null;
  position: number;
  items: { id: string; title: string; text: string | null }[];
  isDemo: boolean;
  version: number;
}
