import type { InitiativeView, PracticeView, SideListView } from '../../../../domain/knowledge/responses';
import type { AdoptionStatus } from '../../../../domain/knowledge/vocabulary';
import type { ProgrammeSummary, TreeNode } from '../../../../domain/programme/responses';
import { apiFetch, useApi } from '../../../lib/api';

export type { InitiativeView, PracticeView, SideListView, AdoptionStatus };

export interface PracticeFilter {
  q?: string;
  tag?: string;
  organisationId?: string;
  status?: string;
}

const query = (f: PracticeFilter) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (typeof v === 'string' && v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const usePractices = (filter: PracticeFilter, revision = 0) =>
  useApi(`practices:${query(filter)}:${revision}`, () => apiFetch<{ items: PracticeView[] }>(`/practices${query(filter)}`));

export const usePractice = (id: string, revision = 0) =>
  useApi(`practice:${id}:${revision}`, () => apiFetch<PracticeView>(`/practices/${encodeURIComponent(id)}`));

export interface PracticeInput {
  title: string;
  summary: string | null;
  workingComponents: string[];
  targetGroup: string | null;
  originOrganisationId: string | null;
  originText: string | null;
  contact: string | null;
  links: string[];
  tags: string[];
  relatedNodeIds: string[];
  published: boolean;
}

export const createPractice = (input: PracticeInput) =>
  apiFetch<PracticeView>('/practices', { method: 'POST', body: JSON.stringify(input) });
export const updatePractice = (id: string, version: number, input: PracticeInput) =>
  apiFetch<PracticeView>(`/practices/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ ...input, version }) });
export const deletePractice = (id: string, version: number) =>
  apiFetch<null>(`/practices/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });

export const setAdoption = (
  practiceId: string,
  organisationId: string,
  body: { status: AdoptionStatus; statusDate: string | null; note: string | null },
) =>
  apiFetch<PracticeView>(`/practices/${encodeURIComponent(practiceId)}/adoptions/${encodeURIComponent(organisationId)}`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
export const removeAdoption = (practiceId: string, organisationId: string) =>
  apiFetch<null>(`/practices/${encodeURIComponent(practiceId)}/adoptions/${encodeURIComponent(organisationId)}`, { method: 'DELETE' });

/** Gemeenten (signed-in only; a visitor gets none and the filter shows the ones in the list). */
export const useMunicipalities = (signedIn: boolean) =>
  useApi(`municipalities:${signedIn}`, async () =>
    signedIn ? (await apiFetch<{ items: { id: string; name: string }[] }>('/organisations?kind=gemeente')).items : [],
  );

/** What the node picker needs of a programme (GET /programmes) and of a node (the flat tree). */
export type PickerProgramme = Pick<ProgrammeSummary, 'id' | 'slug' | 'title'>;
export type PickerNode = Pick<TreeNode, 'id' | 'code' | 'title'>;
export const usePickerProgrammes = () =>
  useApi('picker-programmes', async () => (await apiFetch<{ items: PickerProgramme[] }>('/programmes')).items);
export const usePickerNodes = (programme: string) =>
  useApi(`picker-nodes:${programme}`, async () =>
    programme ? (await apiFetch<{ nodes: PickerNode[] }>(`/programmes/${encodeURIComponent(programme)}/tree?shape=flat`)).nodes : [],
  );
