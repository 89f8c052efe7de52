import type { SideListView } from '../../../../domain/knowledge/responses';
import { apiFetch, useApi } from '../../../lib/api';

const base = (programme: string) => `/programmes/${encodeURIComponent(programme)}/lists`;

/** The lists of the programme itself (nodeId null) or of one node. */
export const useSideLists = (programme: string, nodeId: string | null, revision = 0) =>
  useApi(`lists:${programme}:${nodeId ?? 'programma'}:${revision}`, () =>
    apiFetch<{ items: SideListView[] }>(`${base(programme)}?nodeId=${encodeURIComponent(nodeId ?? 'programma')}`),
  );

export interface SideListInput {
  title: string;
  description: string | null;
  items: { title: string; text: string | null }[];
}

export const createSideList = (programme: string, nodeId: string | null, input: SideListInput) =>
  apiFetch<SideListView>(base(programme), { method: 'POST', body: JSON.stringify({ ...input, nodeId }) });
export const updateSideList = (programme: string, id: string, version: number, input: SideListInput) =>
  apiFetch<SideListView>(`${base(programme)}/${id}`, { method: 'PUT', body: JSON.stringify({ ...input, version }) });
export const deleteSideList = (programme: string, id: string, version: number) =>
  apiFetch<null>(`${base(programme)}/${id}?version=${version}`, { method: 'DELETE' });
