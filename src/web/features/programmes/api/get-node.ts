import { apiFetch, useApi } from '../../../lib/api';
import type { Effort, TreeNodeData } from './types';

export interface GapAnalysis {
  /** "Wat doen we al": one entry per current practice. */
  currentPractices: string[];
  hiaat: string | null;
  voorstel: string | null;
  /** null = not filled in; 'onbekend' = needed, amount unknown; 'ander-fonds' = paid elsewhere. */
  budget: { kind: string; cents: number | null; fund: string | null; note: string | null } | null;
}

export interface NodeLink {
  id: string;
  /** 'uit': this node links to the other; 'in': the other links to this node. */
  direction: 'uit' | 'in';
  kind: string;
  note: string | null;
  node: { id: string; code: string | null; title: string; programmeId: string; programmeSlug: string; programmeTitle: string };
}

export interface HistoryEntry {
  id: number;
  at: string;
  actorLabel: string;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
}

export interface NodeDetail extends TreeNodeData {
  programmeId: string;
  programmeSlug: string;
  efforts: Effort[];
  gapAnalysis: GapAnalysis | null;
  links: NodeLink[];
  history: HistoryEntry[];
}

export const nodePath = (programme: string, node: string) =>
  `/programmes/${encodeURIComponent(programme)}/nodes/${encodeURIComponent(node)}`;

export const fetchNode = (programme: string, node: string) => apiFetch<NodeDetail>(nodePath(programme, node));

export const useNode = (programme: string, node: string, revision = 0) =>
  useApi(`node:${node}:${revision}`, () => fetchNode(programme, node));
