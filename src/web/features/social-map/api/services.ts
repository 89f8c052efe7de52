import type { MunicipalityCount, ServiceList, ServiceView } from '../../../../domain/social-map/responses';
import type { ServiceKind } from '../../../../domain/social-map/vocabulary';
import { apiFetch, useApi } from '../../../lib/api';

export type { MunicipalityCount, ServiceView };

/** The list's filters, as they stand in the page's address (Dutch query names, as the API takes them). */
export interface ServiceFilter {
  gemeente?: string;
  soort?: string;
  zonderVerwijzing?: string;
  q?: string;
}

export const filterQuery = (f: ServiceFilter) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (typeof v === 'string' && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const fetchServices = (f: ServiceFilter) => apiFetch<ServiceList>(`/social-map/services${filterQuery(f)}`);
export const useServices = (f: ServiceFilter, revision = 0) => useApi(`social-map:${filterQuery(f)}:${revision}`, () => fetchServices(f));

export const fetchService = (id: string) => apiFetch<ServiceView>(`/social-map/services/${encodeURIComponent(id)}`);
export const useService = (id: string, revision = 0) => useApi(`social-service:${id}:${revision}`, () => fetchService(id));

export const useServiceMunicipalities = () =>
  useApi('social-map-municipalities', () => apiFetch<{ items: MunicipalityCount[] }>('/social-map/municipalities'));

export interface ServiceInput {
  name: string;
  kind: ServiceKind;
  description: string;
  targetGroup: string;
  providerOrganisationId: string | null;
  providerName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  withoutReferral: boolean | null;
  waitingTimeNote: string;
  municipalityIds: string[];
  published: boolean;
  isDemo: boolean;
}

export const createService = (input: ServiceInput) =>
  apiFetch<ServiceView>('/social-map/services', { method: 'POST', body: JSON.stringify(input) });

/** A stale `version` gets HTTP 409 with the current service in details.current. */
export const updateService = (id: string, version: number, input: ServiceInput) =>
  apiFetch<ServiceView>(`/social-map/services/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ ...input, version }) });

export const deleteService = (id: string, version: number) =>
  apiFetch<null>(`/social-map/services/${encodeURIComponent(id)}?version=${version}`, { method: 'DELETE' });

export const exportUrl = (f: ServiceFilter, format: 'csv' | 'xlsx') => {
  const q = filterQuery(f);
  return `/api/social-map/export${q ? `${q}&` : '?'}format=${format}`;
};
