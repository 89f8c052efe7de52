import { roleAtLeast, type AccessSubject } from '../access/rules';

/**
 * Who maintains the good-practice library (platform-wide knowledge, docs/knowledge.md): the system,
 * a platform beheerder, and everyone who is redacteur or beheerder in at least one programme — the
 * people who write programmes also know what works. Lezers and rapporteurs only read it.
 * Related nodes are a second check: a practice may only name nodes of programmes the maintainer
 * may read (maySeeProgramme), and a node elsewhere answers as a missing one.
 */
export function mayMaintainKnowledge(subject: AccessSubject): boolean {
  if (subject.kind === 'system') return true;
  if (subject.kind !== 'user') return false;
  if (subject.platformRoles.includes('beheerder')) return true;
  return subject.memberships.some((m) => roleAtLeast(m.role, 'redacteur'));
}
