import { apiFetch, useApi } from '../../../lib/api';
import type { Organisation } from './types';

export const fetchOrganisations = () => apiFetch<{ items: Organisation[] }>('/organisations');

export const useOrganisations = () => useApi('organisations', fetchOrganisations);
