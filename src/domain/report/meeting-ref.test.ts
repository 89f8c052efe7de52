import { describe, expect, it } from 'vitest';
import { resolveMeetingRef } from './meeting-ref';

const bodies = [
  { id: 'b1', key: 'tafel', name: 'Bestuurlijke tafel' },
  { id: 'b2', key: 'leeg', name: 'Werkgroep zonder vergaderingen' },
];
const meetings = [
  { id: 'm1', bodyId: 'b1', date: '2026-02-01' },
  { id: 'm3', bodyId: 'b1', date: '2026-10-01' },
  { id: 'm2', bodyId: 'b1', date: '2026-06-01' },
];

describe('resolveMeetingRef', () => {
  it('takes a meeting by id', () => {
    expect(resolveMeetingRef(meetings, bodies, { meetingId: 'm2' }, '2026-12-01').id).toBe('m2');
  });
  it('a body means its next meeting on or after today, else its latest', () => {
    expect(resolveMeetingRef(meetings, bodies, { body: 'tafel' }, '2026-05-02').id).toBe('m2');
    expect(resolveMeetingRef(meetings, bodies, { body: 'bestuurlijke TAFEL' }, '2026-06-01').id).toBe('m2');
    expect(resolveMeetingRef(meetings, bodies, { body: 'b1' }, '2027-01-01').id).toBe('m3');
  });
  it('refuses unknown references in Dutch', () => {
    expect(() => resolveMeetingRef(meetings, bodies, { body: 'nope' }, '2026-01-01')).toThrow(
      /Overleg 'nope' bestaat niet.*Bestuurlijke tafel/,
    );
    expect(() => resolveMeetingRef(meetings, bodies, { meetingId: 'mx' }, '2026-01-01')).toThrow(/Vergadering 'mx' bestaat niet/);
    expect(() => resolveMeetingRef(meetings, bodies, { meetingId: 'm1', body: 'leeg' }, '2026-01-01')).toThrow(/bij Werkgroep/);
    expect(() => resolveMeetingRef(meetings, bodies, { body: 'leeg' }, '2026-01-01')).toThrow(/nog geen vergaderingen/);
    expect(() => resolveMeetingRef(meetings, bodies, {}, '2026-01-01')).toThrow(/Noem een vergadering/);
  });
});
