import type { Db } from '../../../db/database';
import { meetingCalendar } from '../../../domain/governance';
import type { CalendarView } from '../../../domain/governance/responses';
import type { Actor } from '../../auth/actor';
import { bodyViews, loadGovernance } from './load-governance';

/** The meeting calendar of a year: bodies × months with the real dates, and where they differ from the nominal frequency. */
export async function getCalendar(db: Db, _actor: Actor, opts: { programmeId: string; year: number }): Promise<CalendarView> {
  const ctx = await loadGovernance(db, opts.programmeId);
  const bodies = bodyViews(ctx);
  const rows = meetingCalendar(
    bodies.map((b) => ({ id: b.id, name: b.name, frequencyText: b.frequencyText, nominal: b.nominal })),
    ctx.rows.meetings.map((m) => ({ id: m.id, bodyId: m.bodyId, date: m.date, status: m.status })),
    opts.year,
  );
  return {
    programmeId: ctx.programme.id,
    year: opts.year,
    rows: rows.map((r, i) => ({ ...r, bodyName: bodies[i]?.name ?? '', bodyKind: bodies[i]?.kind ?? 'extern' })),
  };
}
