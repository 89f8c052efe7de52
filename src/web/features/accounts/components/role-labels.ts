import type { MessageKey } from '../../../lib/messages/nl';
import type { PlatformRole, ProgrammeRole } from '../api/types';

export const PLATFORM_ROLE_LABEL: Record<PlatformRole, MessageKey> = {
  beheerder: 'accounts.role.beheerder',
  'monitor-analist': 'accounts.role.monitor-analist',
};

export const PLATFORM_ROLE_HINT: Record<PlatformRole, MessageKey> = {
  beheerder: 'accounts.role.beheerder.hint',
  'monitor-analist': 'accounts.role.monitor-analist.hint',
};

export const PROGRAMME_ROLE_LABEL: Record<ProgrammeRole, MessageKey> = {
  lezer: 'members.role.lezer',
  rapporteur: 'members.role.rapporteur',
  redacteur: 'members.role.redacteur',
  beheerder: 'members.role.beheerder',
};

export const PROGRAMME_ROLE_HINT: Record<ProgrammeRole, MessageKey> = {
  lezer: 'members.role.lezer.hint',
  rapporteur: 'members.role.rapporteur.hint',
  redacteur: 'members.role.redacteur.hint',
  beheerder: 'members.role.beheerder.hint',
};
