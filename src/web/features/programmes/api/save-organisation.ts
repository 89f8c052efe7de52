import { apiFetch } from '../../../lib/api';
import type { OrganisationKind } from '../../../../domain/programme/vocabulary';
import type { Organisation } from './types';

export interface OrganisationInput {
  key: string;
  name: string;
  kind: OrganisationKind;
  cbsCode?: string | null;
}

export const createOrganisation = (input: OrganisationInput) =>
  apiFetch<Organisation>('/organisations', { method: 'POST', body: JSON.stringify(input) });
