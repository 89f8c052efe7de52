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
  rows: { goal: { id: string; code: string | null; title: string; level: number; path?: string[] }; cells: DinCell[] }[];
  /** With the organisation filter: the organisation and the groups whose efforts count as its own. */
  organisation: { id: string; name: string; groups: string[] } | null;
}

/** One partner column (`partner`), or an organisation with the groups it belongs to (`organisation`). */
export interface DinSelection {
  partner: string;
  organisation: string;
}

const query = (s: DinSelection) => {
  const q = new URLSearchParams();
  if (s.partner) q.set('partner', s.partner);
  if (s.organisation) q.set('organisation', s.organisation);
  const text = q.toString();
  return text ? `?${text}` : '';
};

export const fetchDin = (programme: string, s: DinSelection) =>
  apiFetch<DinMatrix>(`/programmes/${encodeURIComponent(programme)}/din${query(s)}`);

export const useDin = (programme: string, s: DinSelection) =>
  useApi(`din:${programme}:${s.partner}:${s.organisation}`, () => fetchDin(programme, s));

/** The same matrix (and filter) as an Excel file, built by the server. */
export const dinXlsxUrl = (programme: string, s: DinSelection) => `/api/programmes/${encodeURIComponent(programme)}/din.xlsx${query(s)}`;
