import { apiFetch } from '../../../lib/api';
import { nodePath, type NodeDetail } from './get-node';
import type { Scope } from './types';

export interface NodeInput {
  code: string | null;
  title: string;
  description: string | null;
  scope: Scope | null;
  ownerOrganisationId: string | null;
  /** In the document's own words ("Q3 2022", "doorlopend"); the server reads it. */
  deadline: string | null;
  doelstelling: string | null;
  expectedResult: string | null;
  level?: number;
  aliases?: string[];
  sections?: { title: string; body: string }[];
  trekkers?: ({ personId: string } | { organisationId: string })[];
  municipalityIds?: string[];
  excludedMunicipalityIds?: string[];
}

export const createNode = (programme: string, parentId: string | null, input: NodeInput) =>
  apiFetch<NodeDetail>(`/programmes/${encodeURIComponent(programme)}/nodes`, {
    method: 'POST',
    body: JSON.stringify({ parentId, ...input }),
  });

/** `version` is the version the edit is based on; a stale one gets HTTP 409 with the current node in details.current. */
export const updateNode = (programme: string, node: string, version: number, input: NodeInput) =>
  apiFetch<NodeDetail>(nodePath(programme, node), { method: 'PATCH', body: JSON.stringify({ ...input, version }) });
