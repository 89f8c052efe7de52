import { useMemo } from 'react';
import { programmeRights, type ProgrammeRights } from '../model/rights';
import { useSession } from './get-session';

export type { ProgrammeRights };

/**
 * The signed-in person's rights in a programme, for showing only the controls they may use.
 * Pass the programme's id as the programme API returns it (the address may hold a slug), or null
 * while it is loading. A session that cannot be read counts as anonymous.
 */
export function useProgrammeRights(programmeId: string | null): ProgrammeRights {
  const session = useSession();
  const data = session.state === 'ready' ? session.data : session.state === 'error' ? null : undefined;
  return useMemo(() => programmeRights(data, programmeId), [data, programmeId]);
}
