import { inTransaction, type Db } from '../src/db/database';
import { nodeIdsByKey, programmeHasBodies } from '../src/db/queries/governance';
import { organisationsByKeys, personsByKeys } from '../src/db/queries/organisation';
import { programmeByIdOrSlug } from '../src/db/queries/programme';
import { addDays, boardMeetingPeriods, dutchDate } from '../src/domain/progress';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR, type Actor } from '../src/server/auth/actor';
import { addAction, setActionStatus } from '../src/server/services/governance/actions';
import { addDecision } from '../src/server/services/governance/add-decision';
import { addAgendaItem } from '../src/server/services/governance/agenda-items';
import { closeMeeting } from '../src/server/services/governance/close-meeting';
import { createMeeting } from '../src/server/services/governance/create-meeting';
import { saveBody, type BodyInput } from '../src/server/services/governance/save-body';
import { addSeat } from '../src/server/services/governance/seats';
import { updateMeeting } from '../src/server/services/governance/update-meeting';
import { createPerson } from '../src/server/services/organisation/person-writes';
import { createPeriods } from '../src/server/services/progress/create-periods';
import { regionMembers } from './reference';

/**
 * Demo governance: the bodies the seed documents name, with their frequency as written, nesting
 * and referral (seeds/shared facts in our own words). The documents name no people: seats are held
 * by demo persons named after their function, or left vacant; meeting dates other than the ones a
 * document gives are invented and flagged as demo. Idempotent per programme (skips one with bodies).
 */
const DEMO: Actor = { ...SYSTEM_ACTOR, label: 'demo (voorbeeldgegevens)' };

interface SeatSpec {
  person?: string;
  role: string;
  organisations: string[];
  note?: string;
}
interface BodySpec extends Omit<BodyInput, 'parentId' | 'refersToBodyId' | 'nodeIds'> {
  key: string;
  parent?: string;
  refersTo?: string;
  nodes?: string[];
  seats?: SeatSpec[];
}

const DEMO_PERSONS = [
  { key: 'demo-procesregisseur-mgr', name: 'Procesregisseur MGR (demo)', organisation: 'mgr-nml' },
  { key: 'demo-beleidsadviseur-mgr', name: 'Beleidsadviseur MGR (demo)', organisation: 'mgr-nml' },
  { key: 'demo-programmamanager-mjp', name: 'Programmamanager MJP PKP (demo)', organisation: null },
  { key: 'demo-projectleider-sedibus', name: 'Projectleider goede voorbeelden (demo)', organisation: 'stichting-sedibus' },
] as const;

const NML_BODIES: BodySpec[] = [
  {
    key: 'db-mgr',
    name: 'Dagelijks bestuur MGR',
    kind: 'extern',
    purpose: 'Bestuur van de gemeenschappelijke regeling die de inkoop in het sociaal domein voor de veertien gemeenten verzorgt.',
    mandate:
      'Legt de begrotingswijziging met de extra kosten van de beleidsagenda voor aan de gemeenteraden (zienswijze, 12 weken); het algemeen bestuur stelt haar daarna vast.',
    refersToName: 'Algemeen bestuur MGR en de veertien gemeenteraden',
    isDemo: false,
  },
  {
    key: 'beleidsoverleg',
    name: 'Regionaal beleidsoverleg Meedoen en Wonen',
    kind: 'ambtelijk',
    purpose: 'De beleidsmedewerkers van de veertien gemeenten volgen de voortgang van de gemeentelijke activiteiten uit de beleidsagenda.',
    mandate:
      'Stuurt op de uitvoering; de procesregisseur van de MGR houdt de stand bij met een stoplichtmodel. Wat het mandaat te boven gaat, gaat naar het dagelijks bestuur van de MGR.',
    frequencyText: 'maandelijks',
    refersTo: 'db-mgr',
    nodes: ['p1', 'p2'],
    seats: [
      { role: 'voorzitter', organisations: [], note: 'Demo: vacant.' },
      { person: 'demo-procesregisseur-mgr', role: 'secretaris', organisations: ['mgr-nml'] },
      {
        role: 'lid',
        organisations: regionMembers('noord-limburg'),
        note: 'Demo: beleidsmedewerkers Noord-Limburg, namen niet vastgelegd.',
      },
      {
        role: 'lid',
        organisations: regionMembers('midden-limburg'),
        note: 'Demo: beleidsmedewerkers Midden-Limburg, namen niet vastgelegd.',
      },
    ],
  },
  {
    key: 'accountgesprek',
    name: 'Accountgesprek beschermd wonen en maatschappelijke opvang',
    kind: 'ambtelijk',
    purpose:
      'De MGR, een afvaardiging van de gemeenten en de combinaties van aanbieders BW en MO bespreken de voortgang op de vooraf vastgestelde resultaten.',
    frequencyText: 'vier keer per jaar',
    parent: 'beleidsoverleg',
    nodes: ['a-transformatie'],
    seats: [
      { person: 'demo-beleidsadviseur-mgr', role: 'voorzitter', organisations: ['mgr-nml'] },
      { role: 'lid', organisations: [], note: 'Afvaardiging van de gemeenten (vacant in de demo).' },
      { role: 'lid', organisations: [], note: 'Combinaties van aanbieders BW en MO (vacant in de demo).' },
    ],
  },
  {
    key: 'casuistiekoverleg',
    name: 'Regionaal casuïstiekoverleg beschermd wonen en maatschappelijke opvang',
    kind: 'werkgroep',
    purpose: 'De lokale toegangen bespreken samen casuïstiek van beschermd wonen en maatschappelijke opvang.',
    frequencyText: 'wekelijks, vanaf 1-7-2022',
    parent: 'beleidsoverleg',
    nodes: ['a-maatwerk'],
  },
  {
    key: 'intervisie',
    name: 'Regionale intervisie consulenten',
    kind: 'werkgroep',
    purpose: 'Consulenten reflecteren op hun rol, gedrag en werkstijl om de werkwijze verder te professionaliseren.',
    frequencyText: 'twee keer per jaar, vanaf 2023',
    parent: 'casuistiekoverleg',
  },
  {
    key: 'communicatiewerkgroep',
    name: 'Communicatiewerkgroep visie en beleidsagenda',
    kind: 'werkgroep',
    purpose: 'Brengt de visie Meedoen en Wonen en de beleidsagenda over aan inwoners, gemeenten en andere belanghebbenden in de regio.',
    parent: 'beleidsoverleg',
  },
];

const MJP_BODIES: BodySpec[] = [
  {
    key: 'opdrachtgevers',
    name: 'Opdrachtgevers MJP PKP',
    kind: 'stuurgroep',
    purpose: 'De deelnemende organisaties zijn samen eigenaar en opdrachtgever van het programma.',
    mandate:
      'Geven de programmamanager mandaat voor niet-hiërarchische coördinatie; het vastgestelde programmaplan geldt als coördinatiecontract. Bestuurlijke autonomie van de partijen blijft.',
    refersToName: 'Colleges van B&W van de Groninger gemeenten en de directie van Menzis',
    nodes: ['primaire-preventie', 'secundaire-preventie'],
    seats: [
      {
        role: 'lid',
        organisations: regionMembers('regio-groningen'),
        note: 'Demo: vertegenwoordiging van de gemeenten, namen niet vastgelegd.',
      },
      { role: 'lid', organisations: ['menzis'], note: 'Demo: vacant.' },
      { person: 'demo-programmamanager-mjp', role: 'secretaris', organisations: [] },
    ],
  },
  {
    key: 'werkgroep-mjp',
    name: 'Werkgroep MJP',
    kind: 'werkgroep',
    purpose: 'Brengt goede voorbeelden en hun werkzame bestanddelen in kaart en verspreidt die kennis onder gemeenten en aanbieders.',
    parent: 'opdrachtgevers',
    seats: [{ person: 'demo-projectleider-sedibus', role: 'lid', organisations: ['stichting-sedibus'] }],
  },
  {
    key: 'werkgroep-beslisboom',
    name: 'Werkgroep monitoring beslisboom en stroomschema’s',
    kind: 'werkgroep',
    purpose: 'Een kleine werkgroep volgt de invoering van de beslisboom en de stroomschema’s en past ze zo nodig aan.',
    parent: 'opdrachtgevers',
  },
  {
    key: 'stuurgroep-kap',
    name: 'Stuurgroep Keten Acute Psychiatrie',
    kind: 'extern',
    purpose: 'Stuurgroep van een verwant programma; hardnekkige problemen uit de vroegsignalering komen op haar agenda.',
  },
  {
    key: 'vroegsignalering',
    name: 'Vroegsignaleringsoverleg (per gemeente)',
    kind: 'ambtelijk',
    purpose:
      'Elke gemeente organiseert met politie en Lentis een overleg over vroegsignalering, zo veel mogelijk binnen een bestaand overleg.',
    refersTo: 'stuurgroep-kap',
    seats: [{ role: 'lid', organisations: ['politie-noord-nederland', 'lentis'], note: 'Demo: namen niet vastgelegd.' }],
  },
  {
    key: 'borgingsoverleg-psycholance',
    name: 'Borgingsoverleg Psycholance',
    kind: 'extern',
    purpose: 'Overleg van de pilot Psycholance waarbij de gemeenten aansluiten.',
  },
];

const FLEVOLAND_BODIES: BodySpec[] = [
  {
    key: 'uitstroomtafel',
    name: 'Uitstroomtafel',
    kind: 'werkgroep',
    purpose: 'Borgt dat er voor elke cliënt die uitstroomt een plan ligt dat aan alle voorwaarden voor duurzame uitstroom voldoet.',
  },
];

/** The second Thursday of a month, as an invented but plausible meeting date. */
function secondThursday(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  const offset = (4 - d.getUTCDay() + 7) % 7;
  d.setUTCDate(1 + offset + 7);
  return d.toISOString().slice(0, 10);
}

export interface GovernanceDemoResult {
  bodies: number;
  meetings: number;
}

export async function loadGovernanceDemo(db: Db, clock: Clock): Promise<GovernanceDemoResult> {
  const result: GovernanceDemoResult = { bodies: 0, meetings: 0 };
  const known = new Set(
    (
      await personsByKeys(
        db,
        DEMO_PERSONS.map((p) => p.key),
      )
    ).map((p) => p.key),
  );
  const orgIds = new Map((await organisationsByKeys(db, ['mgr-nml', 'stichting-sedibus'])).map((o) => [o.key, o.id]));
  for (const p of DEMO_PERSONS) {
    if (known.has(p.key)) continue;
    await createPerson(
      db,
      DEMO,
      { key: p.key, name: p.name, organisationId: p.organisation ? (orgIds.get(p.organisation) ?? null) : null },
      clock,
    );
  }
  for (const [slug, specs] of [
    ['meedoen-en-wonen-nml', NML_BODIES],
    ['mjp-pkp-groningen', MJP_BODIES],
    ['zorglandschap-wmo-flevoland', FLEVOLAND_BODIES],
  ] as const) {
    const programmeId = (await programmeByIdOrSlug(db, slug))?.id;
    if (!programmeId || (await programmeHasBodies(db, programmeId))) continue;
    await inTransaction(db, async (tx) => {
      const ids = await createBodies(tx, programmeId, specs, clock);
      result.bodies += ids.size;
      if (slug === 'meedoen-en-wonen-nml') result.meetings += await nmlMeetings(tx, programmeId, ids, clock);
      if (slug === 'mjp-pkp-groningen') result.meetings += await mjpMeetings(tx, programmeId, ids, clock);
    });
  }
  return result;
}

async function createBodies(db: Db, programmeId: string, specs: BodySpec[], clock: Clock): Promise<Map<string, string>> {
  const nodes = await nodeIdsByKey(db, programmeId);
  const orgKeys = [...new Set(specs.flatMap((s) => (s.seats ?? []).flatMap((x) => x.organisations)))];
  const orgs = new Map((await organisationsByKeys(db, orgKeys)).map((o) => [o.key, o.id]));
  const persons = new Map(
    (
      await personsByKeys(
        db,
        DEMO_PERSONS.map((p) => p.key),
      )
    ).map((p) => [p.key, p.id]),
  );
  const ids = new Map<string, string>();
  for (const s of specs) {
    const { parent, refersTo, nodes: nodeKeys, seats, ...fields } = s;
    const id = await saveBody(
      db,
      DEMO,
      {
        programmeId,
        fields: {
          ...fields,
          isDemo: fields.isDemo ?? true,
          parentId: parent ? (ids.get(parent) ?? null) : null,
          refersToBodyId: refersTo ? (ids.get(refersTo) ?? null) : null,
          nodeIds: (nodeKeys ?? []).flatMap((k) => nodes.get(k) ?? []),
        },
      },
      clock,
    );
    ids.set(s.key, id);
    for (const seat of seats ?? []) {
      await addSeat(
        db,
        DEMO,
        {
          programmeId,
          bodyId: id,
          seat: {
            personId: seat.person ? (persons.get(seat.person) ?? null) : null,
            role: seat.role,
            organisationIds: seat.organisations.flatMap((k) => orgs.get(k) ?? []),
            note: seat.note ?? null,
          },
        },
        clock,
      );
    }
  }
  return ids;
}

/** NML: the real DB MGR date from the document; invented monthly and quarterly meetings, flagged demo. */
async function nmlMeetings(db: Db, programmeId: string, ids: Map<string, string>, clock: Clock): Promise<number> {
  let count = 0;
  const nodes = await nodeIdsByKey(db, programmeId);
  const today = dutchDate(clock.now());
  const db_mgr = ids.get('db-mgr');
  if (db_mgr) {
    const m = await createMeeting(db, DEMO, { programmeId, bodyId: db_mgr, date: '2022-10-27' }, clock);
    await addAgendaItem(
      db,
      DEMO,
      { programmeId, meetingId: m, title: 'Begrotingswijziging 2023: extra kosten van de beleidsagenda' },
      clock,
    );
    await addDecision(
      db,
      DEMO,
      {
        programmeId,
        meetingId: m,
        text: 'De begrotingswijziging 2023 met de extra kosten van de beleidsagenda gaat voor zienswijze naar de gemeenteraden (12 weken); daarna stelt het algemeen bestuur haar vast.',
        adoptedDocuments: [{ title: 'Beleidsagenda Meedoen en Wonen 2022-2023', reference: 'financiële paragraaf' }],
      },
      clock,
    );
    if (today > '2022-10-27') await closeMeeting(db, DEMO, { programmeId, meetingId: m }, clock);
    count++;
  }

  const overleg = ids.get('beleidsoverleg');
  if (overleg) {
    // Monthly, but not in July and August (summer recess): the calendar shows the difference.
    const dates = [2022, 2023].flatMap((y) => [1, 2, 3, 4, 5, 6, 9, 10, 11, 12].map((mo) => secondThursday(y, mo)));
    const themes = [
      'a-preventie',
      'a-maatwerk',
      'a-samenwerking',
      'a-clientparticipatie',
      'a-transformatie',
      'a-woonoplossingen',
      'a-wijken',
    ];
    const past = dates.filter((d) => d < today);
    const lastPast = past[past.length - 1];
    let openAction: string | null = null;
    for (const [i, date] of dates.entries()) {
      const m = await createMeeting(db, DEMO, { programmeId, bodyId: overleg, date, isDemo: true }, clock);
      count++;
      const theme = themes[i % themes.length];
      const nodeId = theme ? nodes.get(theme) : undefined;
      await addAgendaItem(
        db,
        DEMO,
        { programmeId, meetingId: m, title: '', nodeId: nodeId ?? null, notes: 'Demo: stand volgens het stoplichtmodel.' },
        clock,
      );
      await addAgendaItem(db, DEMO, { programmeId, meetingId: m, title: 'Rondvraag' }, clock);
      if (openAction && i % 3 === 0) {
        await setActionStatus(db, DEMO, { programmeId, meetingId: m, actionId: openAction, status: 'gereed' }, clock);
        openAction = null;
      }
      if (i % 3 === 1) {
        openAction = await addAction(
          db,
          DEMO,
          {
            programmeId,
            meetingId: m,
            text: 'Demo: knelpunten van dit thema uitwerken voor het volgende overleg.',
            ownerOrganisationId: null,
            ownerPersonId: null,
            deadline: dates[i + 1] ?? null,
          },
          clock,
        );
      }
      if (i % 4 === 2 && nodeId) {
        await addDecision(
          db,
          DEMO,
          {
            programmeId,
            meetingId: m,
            text: 'Demo: de stand van dit thema is besproken; de aanpak loopt door zoals gepland.',
            nodeIds: [nodeId],
          },
          clock,
        );
      }
      // All past meetings are closed but the last, which is left to run in the demo.
      if (date < today && date !== lastPast) {
        if (i >= dates.length - 4)
          await updateMeeting(db, DEMO, { programmeId, meetingId: m, version: 1, minutes: 'Demo: verslag van het overleg.' }, clock);
        await closeMeeting(db, DEMO, { programmeId, meetingId: m }, clock);
      }
    }
    // The overleg's own reporting cycle beside the programme's quarters: the run-up to its last
    // meeting, overlapping the programme's last quarter as two cycles do in practice.
    const last = dates[dates.length - 1];
    const before = dates[dates.length - 2];
    if (last && before)
      await createPeriods(
        db,
        DEMO,
        {
          programmeId,
          periods: boardMeetingPeriods([last], addDays(before, 1), 7, 'Beleidsoverleg').map((p) => ({ ...p, bodyId: overleg })),
        },
        clock,
      );
  }

  const account = ids.get('accountgesprek');
  if (account) {
    for (const date of ['2022-02-17', '2022-05-19', '2022-09-15', '2022-11-17', '2023-03-16', '2023-06-15', '2023-11-16']) {
      const m = await createMeeting(db, DEMO, { programmeId, bodyId: account, date, isDemo: true }, clock);
      const nodeId = nodes.get('a-transformatie');
      await addAgendaItem(db, DEMO, { programmeId, meetingId: m, title: '', nodeId: nodeId ?? null }, clock);
      if (date < today) await closeMeeting(db, DEMO, { programmeId, meetingId: m }, clock);
      count++;
    }
  }
  return count;
}

async function mjpMeetings(db: Db, programmeId: string, ids: Map<string, string>, clock: Clock): Promise<number> {
  const body = ids.get('opdrachtgevers');
  if (!body) return 0;
  const nodes = await nodeIdsByKey(db, programmeId);
  const today = dutchDate(clock.now());
  let count = 0;
  for (const date of ['2021-03-18', '2021-09-16']) {
    const m = await createMeeting(db, DEMO, { programmeId, bodyId: body, date, isDemo: true }, clock);
    for (const key of ['primaire-preventie', 'secundaire-preventie']) {
      await addAgendaItem(db, DEMO, { programmeId, meetingId: m, title: '', nodeId: nodes.get(key) ?? null }, clock);
    }
    if (date === '2021-03-18') {
      await addDecision(
        db,
        DEMO,
        {
          programmeId,
          meetingId: m,
          text: 'Demo: het programmaplan is vastgesteld als coördinatiecontract.',
          adoptedDocuments: [{ title: 'Programmaplan MJP PKP', reference: null }],
        },
        clock,
      );
      await addAction(
        db,
        DEMO,
        { programmeId, meetingId: m, text: 'Demo: het DIN per thema delen met alle partijen.', deadline: '2021-06-30' },
        clock,
      );
    }
    if (date < today) await closeMeeting(db, DEMO, { programmeId, meetingId: m }, clock);
    count++;
  }
  return count;
}
