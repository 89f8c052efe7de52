import type { Db } from '../../../db/database';
import { meetingById, type MeetingRow } from '../../../db/queries/governance';
import { assertMeetingOpen } from '../../../domain/governance';
import { notFound } from '../../../domain/shared/errors';
import { meetingStatusOf } from './load-governance';

/** Lock a meeting of the programme for a change; a closed meeting refuses it (409, Dutch). */
export async function openMeetingForWrite(tx: Db, programmeId: string, meetingId: string, what: string): Promise<MeetingRow> {
  const m = await meetingById(tx, meetingId, { forUpdate: true });
  if (!m || m.programmeId !== programmeId) throw notFound('Vergadering', meetingId);
  assertMeetingOpen({ status: meetingStatusOf(m.status), date: m.date }, what);
  return m;
}
