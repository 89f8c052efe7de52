import { apiFetch, useApi } from '../../../lib/api';

export interface Region {
  id: string;
  key: string;
  name: string;
  version: number;
}

export const fetchRegions = () => apiFetch<{ items: Region[] }>('/regions');

export const useRegions = () => useApi('regions', fetchRegions);
