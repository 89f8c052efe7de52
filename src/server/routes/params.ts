import { z } from 'zod';

/**
 * Path parameters, one naming scheme: `<entity>Id` (enforce-access refuses other names at start-up).
 * `:programmeId` takes the programme's id or its slug; the access check resolves it once and the
 * handler reads the row with `programmeOf(request)`, never the raw parameter.
 */
export const ProgrammeParams = z.object({ programmeId: z.string().min(1).max(200).describe('id of slug van het programma') });
export const NodeParams = ProgrammeParams.extend({ nodeId: z.string().describe('id van het element') });
export const EffortParams = ProgrammeParams.extend({ effortId: z.string().describe('id van de inspanning') });
export const LinkParams = ProgrammeParams.extend({ linkId: z.string().describe('id van de verwijzing') });
