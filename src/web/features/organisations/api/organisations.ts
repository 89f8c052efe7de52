import type { OrganisationKind } from '../../../../domain/programme/vocabulary';
import type { OrganisationList, OrganisationView } from '../../../../domain/organisation/responses';
import { apiFetch, useApi } from '../../../lib/api';

/** An organisation as the API answers (domain/organisation/responses). */
export type OrganisationDetail = OrganisationView;

export interface OrganisationInput {
  key?: string;
  name: string;
  kind: OrganisationKind;
  description: string | null;
  cbsCode: string | null;
  memberIds: string[];
}

export const fetchOrganisationList = () => apiFetch<OrganisationList>('/organisations');
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
