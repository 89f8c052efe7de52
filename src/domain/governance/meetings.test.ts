import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { agendaLookBack } from './look-back';
import { assertActionEditableIn, assertMeetingOpen, carriedActions, cycleFromMeetings, openActionsAsOf, previousMeeting } from './meetings';
import type { ActionStatus } from './vocabulary';

const meetings = [
  { id: 'm1', bodyId: 'b', date: '2024-02-01' },
  { id: 'm2', bodyId: 'b', date: '2024-04-01' },
  { id: 'm3', bodyId: 'b', date: '2024-06-01' },
  { id: 'x1', bodyId: 'other', date: '2024-03-01' },
];
const at = (id: string) => meetings.find((m) => m.id === id) ?? { id, bodyId: 'b', date: '2000-01-01' };
const action = (id: string, meetingId: string, status: ActionStatus = 'open', doneDate: string | null = null) => ({
  id,
  meetingId,
  status,
  doneDate,
});

describe('a closed meeting is read-only', () => {
  it('refuses a change to a closed meeting with a Dutch 409 that names the meeting', () => {
    expect(() => assertMeetingOpen({ status: 'open', date: '2024-02-01' }, 'de agenda')).not.toThrow();
    try {
      assertMeetingOpen({ status: 'gesloten', date: '2024-02-01' }, 'de agenda');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CONFLICT');
      expect((e as DomainError).message).toBe('De vergadering van 01-02-2024 is gesloten: de agenda kan niet meer worden gewijzigd.');
    }
  });
});

describe('actions come back on the next agenda of the body until done', () => {
  const actions = [
    action('open-from-m1', 'm1'),
    action('done-in-m2', 'm1', 'gereed', '2024-04-01'),
    action('dropped-before-m2', 'm1', 'vervallen', '2024-03-01'),
    action('agreed-in-m2', 'm2', 'in-uitvoering'),
    action('other-body', 'x1'),
  ];

  it('carries open actions of earlier meetings of the same body, not of other bodies or later meetings', () => {
    expect(carriedActions(actions, meetings, at('m1')).map((a) => a.id)).toEqual([]);
    expect(carriedActions(actions, meetings, at('m2')).map((a) => a.id)).toEqual(['open-from-m1', 'done-in-m2']);
    expect(carriedActions(actions, meetings, at('m3')).map((a) => a.id)).toEqual(['open-from-m1', 'agreed-in-m2']);
  });

  it('lets an action be updated only from an open meeting whose agenda holds it', () => {
    const first = actions[0] ?? action('?', 'm1');
    expect(() => assertActionEditableIn(first, { ...at('m3'), status: 'open' }, actions, meetings)).not.toThrow();
    expect(() => assertActionEditableIn(first, { ...at('m3'), status: 'gesloten' }, actions, meetings)).toThrow(/gesloten/);
    const other = actions[4] ?? first;
    expect(() => assertActionEditableIn(other, { ...at('m3'), status: 'open' }, actions, meetings)).toThrow(/niet op de agenda/);
  });

  it('knows the body’s previous meeting and which actions were open on a date', () => {
    expect(previousMeeting(meetings, at('m3'))?.id).toBe('m2');
    expect(previousMeeting(meetings, at('m1'))).toBeNull();
    const withDates = actions.map((a) => ({ ...a, originDate: at(a.meetingId).date }));
    expect(openActionsAsOf(withDates, '2024-03-15').map((a) => a.id)).toEqual(['open-from-m1', 'done-in-m2', 'other-body']);
    expect(openActionsAsOf(withDates, '2024-05-01').map((a) => a.id)).toEqual(['open-from-m1', 'agreed-in-m2', 'other-body']);
  });
});

describe('agenda look-back: a node’s results and points of attention since the previous meeting', () => {
  const nodes = [
    { id: 't', parentId: null },
    { id: 'p', parentId: 't' },
    { id: 'a', parentId: 'p' },
    { id: 'q', parentId: 't' },
  ];
  const u = (id: string, nodeId: string, date: string, results: string | null, attentionPoints: string | null = null) => ({
    id,
    nodeId,
    date,
    status: 'groen' as const,
    percent: null,
    results,
    attentionPoints,
    authorLabel: 'x',
  });
  it('takes the node and everything under it, after the previous meeting up to this one, with text only', () => {
    const updates = [
      u('1', 'a', '2024-01-15', 'oud'),
      u('2', 'a', '2024-03-01', 'nieuw'),
      u('3', 'p', '2024-02-10', null, 'let op'),
      u('4', 'q', '2024-03-01', 'ander project'),
      u('5', 'a', '2024-03-02', null),
      u('6', 'a', '2024-05-01', 'na de vergadering'),
    ];
    expect(agendaLookBack(nodes, updates, 'p', '2024-02-01', '2024-04-01').map((x) => x.id)).toEqual(['3', '2']);
    expect(agendaLookBack(nodes, updates, 'p', null, '2024-04-01').map((x) => x.id)).toEqual(['1', '3', '2']);
  });
});

describe('a body’s reporting cycle from its meetings', () => {
  it('makes periods for the meetings after the last period, starting the day after it', () => {
    expect(cycleFromMeetings(['2024-06-10', '2024-02-12', '2024-10-14'], [{ endDate: '2024-02-12' }])).toEqual({
      dates: ['2024-06-10', '2024-10-14'],
      firstStart: '2024-02-13',
    });
    expect(cycleFromMeetings(['2024-06-10', '2024-02-12'], [])).toEqual({ dates: ['2024-02-12', '2024-06-10'], firstStart: '2023-12-14' });
    expect(cycleFromMeetings(['2024-02-12'], [{ endDate: '2024-02-12' }])).toBeNull();
  });
});
