import type { OrganisationKind } from '../../../../domain/programme/vocabulary';
import { apiFetch, useApi } from '../../../lib/api';

export interface OrganisationDetail {
  id: string;
  key: string;
  name: string;
  kind: OrganisationKind;
  description: string | null;
  cbsCode: string | null;
  memberIds: string[];
  groupIds: string[];
  version: number;
}

export interface OrganisationInput {
  key?: string;
  name: string;
  kind: OrganisationKind;
  description: string | null;
  cbsCode: string | null;
  memberIds: string[];
}

export const fetchOrganisationList = () => apiFetch<{ items: OrganisationDetail[] }>('/organisations');
export const useOrganisationList = (revision = 0) => useApi(`organisation-list:${revision}`, fetchOrganisationList);

export const createOrganisation = (input: OrganisationInput & { key: string }) =>
  apiFetch<OrganisationDetail>('/organisations', { method: 'POST', body: JSON.stringify(input) });

/** A stale `version` gets HTTP 409 with the current organisation in details.current. */
export const updateOrganisation = (id: string, version: number, input: OrganisationInput) =>
  apiFetch<OrganisationDetail>(`/organisations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify({ ...input, version }),
  });

/** Refused with 409 while a programme, region, person or group still refers to it. */
export const deleteOrganisation = (id: string, version: number) =>
  apiFetch<null>(`/organisations/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });
