import { describe, expect, it } from 'vitest';
import { meetingCalendar } from './calendar';
import { parseFrequency } from './frequency';

const body = (id: string, text: string | null) => ({ id, name: id, frequencyText: text, nominal: parseFrequency(text) });
const m = (bodyId: string, date: string, i = 0) => ({ id: `${bodyId}-${date}-${i}`, bodyId, date, status: 'open' });

describe('meeting calendar: bodies × months, real dates against the nominal frequency', () => {
  it('puts each real date in its month and says nothing when the dates follow the frequency', () => {
    const [row] = meetingCalendar(
      [body('bt', 'elke 4 maanden, 2 uur')],
      [m('bt', '2024-02-12'), m('bt', '2024-06-10'), m('bt', '2024-10-14'), m('bt', '2023-10-09')],
      2024,
    );
    expect(row?.count).toBe(3);
    expect(row?.months.map((x) => x.meetings.map((y) => y.date))).toEqual([
      [],
      ['2024-02-12'],
      [],
      [],
      [],
      ['2024-06-10'],
      [],
      [],
      [],
      ['2024-10-14'],
      [],
      [],
    ]);
    expect(row?.deviations).toEqual([]);
  });

  it('says where the real dates differ: too few, too many, a long pause', () => {
    const rows = meetingCalendar(
      [body('bt', 'elke 4 maanden'), body('ao', 'maandelijks'), body('wg', '4–10 keer per jaar')],
      [
        m('bt', '2023-12-11'),
        m('bt', '2024-09-09'),
        ...Array.from({ length: 13 }, (_, i) => m('ao', `2024-${String(Math.min(12, i + 1)).padStart(2, '0')}-0${i < 12 ? 5 : 8}`, i)),
        ...['01', '03', '05', '06', '08', '09', '10', '11', '12'].map((mm, i) => m('wg', `2024-${mm}-20`, i)),
      ],
      2024,
    );
    const [bt, ao, wg] = rows;
    expect(bt?.deviations.map((d) => d.kind)).toEqual(['te-weinig', 'lange-pauze']);
    expect(bt?.deviations[0]?.message).toBe('1 vergadering in 2024; nominaal 3 keer per jaar.');
    expect(bt?.deviations[1]?.message).toBe(
      'Tussen 11-12-2023 en 09-09-2024 9 maanden zonder vergadering; nominaal ongeveer elke 4 maanden.',
    );
    expect(ao?.count).toBe(13);
    expect(ao?.deviations.map((d) => d.kind)).toEqual(['te-veel']);
    expect(ao?.months[11]?.meetings).toHaveLength(2);
    expect(wg?.deviations).toEqual([]);
  });

  it('compares nothing for a body whose wording names no frequency', () => {
    const [row] = meetingCalendar([body('kb', 'naar behoefte')], [], 2024);
    expect(row?.nominal).toBeNull();
    expect(row?.deviations).toEqual([]);
  });
});

describe('a body that starts meeting during the programme', () => {
  it('is not judged before its start, and in its first year against the part it ran', () => {
    const wg = body('wg', 'twee keer per jaar, vanaf 2023');
    expect(meetingCalendar([wg], [], 2022)[0]?.deviations).toEqual([]);
    expect(meetingCalendar([wg], [], 2023)[0]?.deviations.map((d) => d.kind)).toEqual(['te-weinig']);
    const weekly = body('cw', 'wekelijks, vanaf 1-7-2022');
    const dates = Array.from({ length: 26 }, (_, i) =>
      m('cw', `2022-${String(7 + Math.floor(i / 5)).padStart(2, '0')}-${String(1 + (i % 5) * 6).padStart(2, '0')}`, i),
    );
    expect(meetingCalendar([weekly], dates, 2022)[0]?.deviations).toEqual([]);
    expect(meetingCalendar([weekly], dates.slice(0, 10), 2022)[0]?.deviations[0]?.message).toBe(
      '10 vergaderingen in 2022; nominaal 52 keer per jaar, vanaf 01-07-2022.',
    );
  });
});
