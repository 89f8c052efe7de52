import type {
  PublicationView,
  PublicProgrammeList,
  PublicProgrammeSummary,
  PublicProgrammeView,
} from '../../../../domain/publication/responses';
import { apiFetch, useApi } from '../../../lib/api';

export type { PublicationView, PublicProgrammeSummary, PublicProgrammeView };

/** The public read models: what a visitor without an account may see. */
export const fetchPublicProgrammes = () => apiFetch<PublicProgrammeList>('/public/programmes');
export const usePublicProgrammes = () => useApi('public-programmes', fetchPublicProgrammes);

export const fetchPublicProgramme = (slug: string) => apiFetch<PublicProgrammeView>(`/public/programmes/${encodeURIComponent(slug)}`);
export const usePublicProgramme = (slug: string) => useApi(`public-programme:${slug}`, () => fetchPublicProgramme(slug));

export const publicReportUrl = (slug: string, format: 'pdf' | 'docx' | 'html', lang: 'nl' | 'en') =>
  `/api/public/programmes/${encodeURIComponent(slug)}/report?format=${format}&lang=${lang}`;
