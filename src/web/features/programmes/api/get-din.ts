import { apiFetch, useApi } from '../../../lib/api';

export interface DinPartner {
  /** `org:<uuid>` or `group:<name>`, the same key the `?partner=` filter takes. */
  key: string;
  label: string;
  type: 'organisation' | 'group';
}

/** leeg = nobody filled it in; geen = the partner explicitly commits to nothing; inspanning = it does something. */
export type DinCellState = 'leeg' | 'geen' | 'inspanning';

export interface DinCell {
  partnerKey: string;
  state: DinCellState;
  efforts: { id: string; text: string | null; geen: boolean }[];
}

export interface DinMatrix {
  partners: DinPartner[];
  /** Every partner with an effort in the programme: the choices for the filter. */
  allPartners: DinPartner[];
  rows: { goal: { id: string; code: string | null; title: string; level: number }; cells: DinCell[] }[];
}

const query = (partner: string) => (partner ? `?partner=${encodeURIComponent(partner)}` : '');

export const fetchDin = (programme: string, partner: string) =>
  apiFetch<DinMatrix>(`/programmes/${encodeURIComponent(programme)}/din${query(partner)}`);

export const useDin = (programme: string, partner: string) => useApi(`din:${programme}:${partner}`, () => fetchDin(programme, partner));

/** The same matrix (and filter) as an Excel file, built by the server. */
export const dinXlsxUrl = (programme: string, partner: string) => `/api/programmes/${encodeURIComponent(programme)}/din.xlsx${query(partner)}`;
