import { apiFetch, useApi } from '../../../lib/api';
import type { GapAnalysisView, HistoryEntry, LinkView, NodeDetail } from '../../../../domain/programme/responses';

/** The node page's shapes: the server's response schemas, inferred (domain/programme/responses.ts). */
export type { GapAnalysisView as GapAnalysis, HistoryEntry, LinkView as NodeLink, NodeDetail };

export const nodePath = (programme: string, node: string) =>
  `/programmes/${encodeURIComponent(programme)}/nodes/${encodeURIComponent(node)}`;

export const fetchNode = (programme: string, node: string) => apiFetch<NodeDetail>(nodePath(programme, node));

export const useNode = (programme: string, node: string, revision = 0) =>
  useApi(`node:${node}:${revision}`, () => fetchNode(programme, node));
