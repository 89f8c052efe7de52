import type { InitiativeView } from '../../../../domain/knowledge/responses';
import type { InitiativeKind } from '../../../../domain/knowledge/vocabulary';
import { apiFetch, useApi } from '../../../lib/api';

const base = (programme: string) => `/programmes/${encodeURIComponent(programme)}`;

export const useInitiatives = (programme: string, nodeId: string | null, revision = 0) =>
  useApi(`initiatives:${programme}:${nodeId ?? ''}:${revision}`, () =>
    apiFetch<{ items: InitiativeView[] }>(`${base(programme)}/initiatives${nodeId ? `?nodeId=${encodeURIComponent(nodeId)}` : ''}`),
  );

/** Every initiative the person may see (to link one here); none for visitors. */
export const useAllInitiatives = (enabled: boolean, revision = 0) =>
  useApi(`initiatives-all:${enabled}:${revision}`, async () =>
    enabled ? (await apiFetch<{ items: InitiativeView[] }>('/initiatives')).items : [],
  );

export interface InitiativeInput {
  name: string;
  kind: InitiativeKind;
  goal: string | null;
  owner: string | null;
  contact: string | null;
  url: string | null;
}

export const createInitiative = (programme: string, input: InitiativeInput & { nodeIds: string[] }) =>
  apiFetch<InitiativeView>(`${base(programme)}/initiatives`, { method: 'POST', body: JSON.stringify(input) });
export const updateInitiative = (programme: string, id: string, version: number, input: InitiativeInput) =>
  apiFetch<InitiativeView>(`${base(programme)}/initiatives/${id}`, { method: 'PATCH', body: JSON.stringify({ ...input, version }) });
export const deleteInitiative = (programme: string, id: string, version: number) =>
  apiFetch<null>(`${base(programme)}/initiatives/${id}?version=${version}`, { method: 'DELETE' });
export const linkInitiative = (programme: string, id: string, nodeId: string | null) =>
  apiFetch<InitiativeView>(`${base(programme)}/initiatives/${id}/links`, { method: 'POST', body: JSON.stringify({ nodeId }) });
export const unlinkInitiative = (programme: string, linkId: string) =>
  apiFetch<null>(`${base(programme)}/initiative-links/${linkId}`, { method: 'DELETE' });
