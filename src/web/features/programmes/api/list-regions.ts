import type { RegionList, RegionView } from '../../../../domain/organisation/responses';
import { apiFetch, useApi } from '../../../lib/api';

/** A region as the API answers (domain/organisation/responses). */
export type Region = RegionView;

export const fetchRegions = () => apiFetch<RegionList>('/regions');

export const useRegions = () => useApi('regions', fetchRegions);
