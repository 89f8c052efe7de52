import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds';
import { loadGovernanceDemo } from '../../seeds/governance-demo';
import { body, meeting } from '../../src/db/schema';
import { verifyAuditChain } from '../../src/server/audit/record-audit';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

describe(`governance demo: the bodies, seats and meetings the documents name (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    await loadDemo(t.database.db, t.clock);
  });
  afterAll(async () => t?.close());

  it('holds the named bodies with frequency as written, nesting and referral; loading twice adds nothing', async () => {
    const db = t.database.db;
    const before = { bodies: (await db.select().from(body)).length, meetings: (await db.select().from(meeting)).length };
    expect(await loadGovernanceDemo(db, t.clock)).toEqual({ bodies: 0, meetings: 0 });
    expect({ bodies: (await db.select().from(body)).length, meetings: (await db.select().from(meeting)).length }).toEqual(before);

    const nml = (await t.app.inject({ method: 'GET', url: '/api/programmes/meedoen-en-wonen-nml/bodies' })).json() as {
      bodies: {
        name: string;
        kind: string;
        frequencyText: string | null;
        nominal: { minPerYear: number } | null;
        parent: { name: string } | null;
        refersTo: { name: string } | null;
        seats: { vacant: boolean; organisations: unknown[] }[];
      }[];
    };
    const byName = new Map(nml.bodies.map((b) => [b.name, b]));
    const overleg = byName.get('Regionaal beleidsoverleg Meedoen en Wonen');
    expect(overleg).toMatchObject({
      kind: 'ambtelijk',
      frequencyText: 'maandelijks',
      nominal: { minPerYear: 12 },
      refersTo: { name: 'Dagelijks bestuur MGR' },
    });
    // Fourteen municipalities sit at the table (seven and seven), and the chair is vacant.
    expect(overleg?.seats.reduce((n, s) => n + s.organisations.length, 0)).toBe(15);
    expect(overleg?.seats.some((s) => s.vacant)).toBe(true);
    expect(byName.get('Accountgesprek beschermd wonen en maatschappelijke opvang')).toMatchObject({
      frequencyText: 'vier keer per jaar',
      nominal: { minPerYear: 4 },
      parent: { name: 'Regionaal beleidsoverleg Meedoen en Wonen' },
    });
    expect(byName.get('Regionale intervisie consulenten')?.parent?.name).toBe(
      'Regionaal casuïstiekoverleg beschermd wonen en maatschappelijke opvang',
    );
    const mjp = (await t.app.inject({ method: 'GET', url: '/api/programmes/mjp-pkp-groningen/bodies' })).json() as {
      bodies: { name: string; refersTo: { name: string } | null }[];
    };
    expect(mjp.bodies.find((b) => b.name.startsWith('Vroegsignaleringsoverleg'))?.refersTo?.name).toBe(
      'Stuurgroep Keten Acute Psychiatrie',
    );
    const flevoland = (await t.app.inject({ method: 'GET', url: '/api/programmes/zorglandschap-wmo-flevoland/bodies' })).json() as {
      bodies: { name: string }[];
    };
    expect(flevoland.bodies.map((b) => b.name)).toEqual(['Uitstroomtafel']);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('shows the calendar’s difference from “maandelijks” (no meetings in July and August) and the DB MGR of 27-10-2022', async () => {
    const cal = (
      await t.app.inject({ method: 'GET', url: '/api/programmes/meedoen-en-wonen-nml/governance/calendar?year=2022' })
    ).json() as { rows: { bodyName: string; count: number; deviations: { kind: string }[]; months: { meetings: { date: string }[] }[] }[] };
    const overleg = cal.rows.find((r) => r.bodyName === 'Regionaal beleidsoverleg Meedoen en Wonen');
    expect(overleg?.count).toBe(10);
    expect(overleg?.deviations.map((d) => d.kind)).toEqual(['te-weinig', 'lange-pauze']);
    expect(cal.rows.find((r) => r.bodyName === 'Dagelijks bestuur MGR')?.months[9]?.meetings.map((m) => m.date)).toEqual(['2022-10-27']);
    const decisions = (
      await t.app.inject({ method: 'GET', url: '/api/programmes/meedoen-en-wonen-nml/governance/decisions?to=2022-12-31' })
    ).json() as { decisions: { text: string }[] };
    expect(decisions.decisions.some((d) => d.text.includes('zienswijze naar de gemeenteraden'))).toBe(true);
  });
});
