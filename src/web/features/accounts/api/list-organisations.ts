import { apiFetch, useApi } from '../../../lib/api';
import type { OrganisationOption } from './types';

/** The organisations a member can act for. */
export const fetchOrganisations = () => apiFetch<{ items: OrganisationOption[] }>('/organisations');

export const useOrganisations = () => useApi('accounts-organisations', fetchOrganisations);
