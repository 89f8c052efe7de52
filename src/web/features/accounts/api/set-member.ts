import { apiFetch } from '../../../lib/api';
import type { Member, ProgrammeRole } from './types';

/** Add an account to a programme, or change its role and organisation (the same PUT). */
export const setMember = (programmeId: string, accountId: string, role: ProgrammeRole, organisationId: string | null) =>
  apiFetch<Omit<Member, 'email' | 'name'>>(`/programmes/${encodeURIComponent(programmeId)}/members/${encodeURIComponent(accountId)}`, {
    method: 'PUT',
    body: JSON.stringify({ role, organisationId }),
  });
