import { apiFetch } from '../../../lib/api';

export interface MemberCandidate {
  id: string;
  name: string;
  email: string;
}

/** The enabled account with exactly this e-mail address, or null (for programme beheerders, who may not list all accounts). */
export async function findMemberCandidate(programmeId: string, email: string): Promise<MemberCandidate | null> {
  const res = await apiFetch<{ items: MemberCandidate[] }>(
    `/programmes/${encodeURIComponent(programmeId)}/member-candidates?email=${encodeURIComponent(email)}`,
  );
  return res.items[0] ?? null;
}
