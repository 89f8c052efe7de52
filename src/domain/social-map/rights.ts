import { roleAtLeast, type AccessSubject } from '../access/rules';

/**
 * Who may write a service on the social map (docs/social-map.md). The social map belongs to no
 * programme: it is reference data, like organisations. A platform beheerder (and the system) may
 * write every service. Otherwise a person acting for an organisation (a membership with at least
 * the role redacteur, in any programme) may write:
 * - the services that organisation provides, and
 * - when it is a gemeente, the services that serve only gemeenten the person acts for
 *   (a municipality keeps its own social map, but cannot change a regional service alone).
 * A write is checked on the service before AND after the change, so nobody moves a service out of
 * reach of its owner or hands it to an organisation they do not act for.
 */
export interface ServiceScope {
  providerOrganisationId: string | null;
  municipalityIds: readonly string[];
}

/** The organisations a subject acts for with at least the role redacteur. */
export function actingOrganisations(subject: AccessSubject): Set<string> {
  const ids = new Set<string>();
  for (const m of subject.memberships) if (m.organisationId !== null && roleAtLeast(m.role, 'redacteur')) ids.add(m.organisationId);
  return ids;
}

export function mayWriteService(subject: AccessSubject, scope: ServiceScope): boolean {
  if (subject.kind === 'system' || subject.platformRoles.includes('beheerder')) return true;
  if (subject.kind !== 'user') return false;
  const own = actingOrganisations(subject);
  if (scope.providerOrganisationId !== null && own.has(scope.providerOrganisationId)) return true;
  return scope.municipalityIds.length > 0 && scope.municipalityIds.every((id) => own.has(id));
}

/** May the subject write any service at all (show "Nieuwe voorziening")? */
export function mayWriteSomeService(subject: AccessSubject): boolean {
  if (subject.kind === 'system' || subject.platformRoles.includes('beheerder')) return true;
  return subject.kind === 'user' && actingOrganisations(subject).size > 0;
}
