import { apiFetch } from '../../../lib/api';
import { nodePath, type NodeDetail } from './get-node';

export interface GapAnalysisInput {
  currentPractices: string[];
  hiaat: string | null;
  voorstel: string | null;
  budget: { kind: 'bedrag' | 'onbekend' | 'ander-fonds'; cents?: number | null; fund?: string | null; note?: string | null } | null;
}

/** The gap analysis belongs to the node: `version` is the node's; a stale one gets HTTP 409. */
export const saveGapAnalysis = (programme: string, node: string, version: number, input: GapAnalysisInput) =>
  apiFetch<NodeDetail>(`${nodePath(programme, node)}/gap-analysis`, { method: 'PUT', body: JSON.stringify({ ...input, version }) });
