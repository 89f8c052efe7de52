import type { IsoDate } from '../progress/dates';
import { DomainError } from '../shared/errors';

export interface MeetingCandidate {
  id: string;
  bodyId: string;
  date: IsoDate;
}
export interface BodyCandidate {
  id: string;
  key: string;
  name: string;
}

/**
 * The meeting a report is for: named by id, or by its body (id, key or name), which then means the
 * body's next meeting on or after today, else its latest. Unknown references are refused in Dutch,
 * listing what there is.
 */
export function resolveMeetingRef<M extends MeetingCandidate>(
  meetings: readonly M[],
  bodies: readonly BodyCandidate[],
  ref: { meetingId?: string | null; body?: string | null },
  today: IsoDate,
): M {
  const wantedBody = ref.body?.trim();
  const body = wantedBody
    ? bodies.find((b) => b.id === wantedBody || b.key === wantedBody || b.name.toLowerCase() === wantedBody.toLowerCase())
    : undefined;
  if (wantedBody && !body)
    throw new DomainError(
      'NOT_FOUND',
      `Overleg '${wantedBody}' bestaat niet in dit programma. Bekende overleggen: ${bodies.map((b) => b.name).join(', ') || 'geen'}.`,
      [{ field: 'body', reason: `onbekend overleg '${wantedBody}'` }],
    );
  if (ref.meetingId) {
    const m = meetings.find((x) => x.id === ref.meetingId);
    if (!m || (body && m.bodyId !== body.id))
      throw new DomainError(
        'NOT_FOUND',
        `Vergadering '${ref.meetingId}' bestaat niet${body ? ` bij ${body.name}` : ' in dit programma'}.`,
        [{ field: 'meeting', reason: 'onbekende vergadering' }],
      );
    return m;
  }
  if (!body)
    throw new DomainError('VALIDATION_FAILED', 'Noem een vergadering of een overleg.', [{ field: 'meeting', reason: 'verplicht' }]);
  const own = meetings.filter((m) => m.bodyId === body.id).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const next = own.find((m) => m.date >= today) ?? own[own.length - 1];
  if (!next)
    throw new DomainError('NOT_FOUND', `${body.name} heeft nog geen vergaderingen; plan er eerst een.`, [
      { field: 'body', reason: 'geen vergaderingen' },
    ]);
  return next;
}
