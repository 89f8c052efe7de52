import { apiFetch, useApi } from '../../../lib/api';
import type { OrganisationCommitments } from '../../progress';

/** Where an organisation commits (also through its groups); `programme` limits it to one programme. */
export const fetchCommitments = (organisationId: string, programme?: string) =>
  apiFetch<OrganisationCommitments>(
    `/organisations/${encodeURIComponent(organisationId)}/commitments${programme ? `?programme=${encodeURIComponent(programme)}` : ''}`,
  );

export const useCommitments = (organisationId: string, programme?: string) =>
  useApi(`commitments:${organisationId}:${programme ?? ''}`, () =>
    organisationId ? fetchCommitments(organisationId, programme) : Promise.resolve(null),
  );
