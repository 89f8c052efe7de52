import type { Db } from '../src/db/database';
import { organisationsByKeys } from '../src/db/queries/organisation';
import { listServiceRows } from '../src/db/queries/social-map';
import type { Clock } from '../src/domain/shared/clock';
import type { ServiceKind } from '../src/domain/social-map/vocabulary';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { createService, type ServiceInput } from '../src/server/services/social-map/save-service';
import { flevoland, groningen, middenLimburg, noordLimburg } from './reference/municipalities';

/**
 * The services the seed programmes name, in our own words, for the social map (docs/social-map.md).
 * Where the documents give no details, none are made up: the fields stay empty. Where the demo adds
 * details (opening hours, a name for a municipality's walk-in), the service is flagged `isDemo` and
 * the screens say so. "Zonder verwijzing" is only filled in where the document says it.
 */
interface DemoService {
  name: string;
  kind: ServiceKind;
  municipalities: string[];
  provider?: { key: string } | { name: string };
  description?: string;
  targetGroup?: string;
  openingHours?: string;
  withoutReferral?: boolean | null;
  waitingTimeNote?: string;
  published?: boolean;
  isDemo?: boolean;
}

const keys = (list: { key: string }[]) => list.map((m) => m.key);
const NML = [...keys(noordLimburg), ...keys(middenLimburg)];

export const DEMO_SERVICES: DemoService[] = [
  // Groningen (MJP psychische kwetsbaarheid): project 3 wants low-threshold help in every municipality while people wait.
  {
    name: 'Inloop ggz Groningen',
    kind: 'inloop',
    municipalities: ['groningen'],
    description:
      'Algemene voorziening waar inwoners met psychische klachten zonder afspraak binnenlopen voor contact en een luisterend oor, ook als ze op een behandeling wachten.',
    targetGroup: 'Inwoners met psychische kwetsbaarheid en hun naasten',
    openingHours: 'ma t/m vr 10.00–16.00 uur',
    withoutReferral: true,
    waitingTimeNote: 'Geen wachttijd: binnenlopen kan altijd tijdens de openingstijden.',
    isDemo: true,
  },
  {
    name: 'WIJ-teams in de stad Groningen',
    kind: 'wijkteam',
    municipalities: ['groningen'],
    provider: { name: 'WIJ Groningen' },
    description: 'De wijkteams in de stad: eerste plek voor vragen over zorg, welzijn, leefstijl en meedoen.',
    withoutReferral: true,
  },
  {
    name: 'Herstelacademie Stadskanaal',
    kind: 'herstelvoorziening',
    municipalities: ['stadskanaal'],
    description:
      'Plek voor herstel en eigen regie van mensen met een psychische kwetsbaarheid; het programma noemt haar als voorbeeld van betere integrale zorg.',
    targetGroup: 'Volwassenen met een psychische kwetsbaarheid',
  },
  {
    name: 'Samen voor Herstel',
    kind: 'herstelvoorziening',
    municipalities: ['westerkwartier', 'oldambt'],
    description:
      'Werkwijze waarin de inwoner de regie houdt en sociaal team en ggz samen ondersteunen; het programma rolt haar uit, eerst in Westerkwartier, daarna in Oldambt.',
  },
  {
    name: 'Crisis- of hulpkaart',
    kind: 'informatie-advies',
    municipalities: keys(groningen),
    provider: { name: 'Ggz-aanbieders en sociale teams in de provincie' },
    description:
      'Een kaart die iemand vooraf met zijn hulpverleners opstelt: wat helpt bij een crisis, wie gebeld moet worden. Aanbieders zetten de kaart op hun website en bespreken haar met cliënten.',
    targetGroup: 'Cliënten van ggz-aanbieders en hun naasten',
  },
  // Flevoland (Zorglandschap Wmo): the meldpunt, the crisis team and client support are regional, once for six municipalities.
  {
    name: 'Regionaal Meldpunt OGGz Flevoland',
    kind: 'meldpunt',
    municipalities: keys(flevoland),
    provider: { key: 'meldpunt-oggz-flevoland' },
    description:
      'Voor zorgen over iemand die verward is, vereenzaamt of zichzelf verwaarloost: meldingen voor bemoeizorg, personen met verward gedrag en de Wet verplichte ggz.',
    targetGroup: 'Inwoners en professionals met zorgen over een ander',
    withoutReferral: true,
  },
  {
    name: 'Regionaal integraal crisisinterventieteam Flevoland',
    kind: 'crisisdienst',
    municipalities: keys(flevoland),
    description:
      'Bij een psychiatrische of psychosociale crisis: het team zorgt de eerste 24 uur voor rust en veiligheid en maakt afspraken tot de volgende werkdag, waarna een passende partij de regie overneemt. Dit is iets anders dan de crisisdienst van de ggz-behandeling.',
    targetGroup: 'Iedereen in Flevoland in een acute crisis',
  },
  {
    name: 'Onafhankelijke cliëntondersteuning bij regionale voorzieningen',
    kind: 'clientondersteuning',
    municipalities: keys(flevoland),
    description:
      'Regionaal inzetbare cliëntondersteuners helpen mensen die een beroep doen op beschermd wonen, maatschappelijke opvang of vrouwenopvang hun vraag te verhelderen en informeren over rechten, plichten en aanbod.',
    targetGroup: 'Mensen die (mogelijk) een regionale voorziening nodig hebben',
  },
  {
    name: 'Veilig Thuis Flevoland',
    kind: 'meldpunt',
    municipalities: keys(flevoland),
    provider: { key: 'veilig-thuis-flevoland' },
    description: 'Advies- en meldpunt bij huiselijk geweld en kindermishandeling.',
    withoutReferral: true,
  },
  // Noord- en Midden-Limburg (Meedoen en Wonen): every municipality opens a walk-in by 2023; experts by experience as a pool.
  ...(['venlo', 'venray', 'roermond', 'weert'] as const).map((key): DemoService => ({
    name: `Inloopvoorziening ${key.charAt(0).toUpperCase()}${key.slice(1)}`,
    kind: 'inloop',
    municipalities: [key],
    description:
      'Laagdrempelige ontmoetingsplek voor kwetsbare inwoners, zonder indicatie: voor contact, dagstructuur en een vraag, ook in afwachting van zorg. Elke gemeente in de regio zorgt voor zo’n plek.',
    targetGroup: 'Kwetsbare inwoners, met of zonder zorg',
    openingHours: 'di en do 13.00–17.00 uur',
    withoutReferral: true,
    isDemo: true,
  })),
  {
    name: 'Zelfhulpgroepen Noord- en Midden-Limburg',
    kind: 'zelfhulpgroep',
    municipalities: NML,
    description: 'Groepen waarin mensen ervaringen delen en samen aan herstel werken, zonder hulpverlener.',
    withoutReferral: true,
    openingHours: 'per groep verschillend; een keer per twee weken',
    isDemo: true,
  },
  {
    name: 'Platform GGZ & OGGZ Noord- en Midden-Limburg',
    kind: 'lotgenotencontact',
    municipalities: NML,
    provider: { key: 'platform-oggz-nml' },
    description: '(Ex-)cliënten, naasten en ervaringsdeskundigen die samen meedenken en hun ervaringen inbrengen in beleid en aanbod.',
    withoutReferral: true,
  },
  {
    name: 'Pool van ervaringsdeskundigen',
    kind: 'ervaringsdeskundigheid',
    municipalities: NML,
    provider: { key: 'mgr-nml' },
    description: 'In voorbereiding: een gemeentelijke pool van ervaringsdeskundigen voor de veertien gemeenten (nog niet gepubliceerd).',
    published: false,
  },
];

/** Load the demo services once (skipped when the social map has any service). */
export async function loadSocialMapDemo(db: Db, clock: Clock): Promise<number> {
  if ((await listServiceRows(db)).length > 0) return 0;
  const needed = [
    ...new Set(DEMO_SERVICES.flatMap((s) => [...s.municipalities, ...(s.provider && 'key' in s.provider ? [s.provider.key] : [])])),
  ];
  const byKey = new Map((await organisationsByKeys(db, needed)).map((o) => [o.key, o.id]));
  let made = 0;
  for (const s of DEMO_SERVICES) {
    const municipalityIds = s.municipalities.flatMap((k) => {
      const id = byKey.get(k);
      return id ? [id] : [];
    });
    if (municipalityIds.length === 0) continue;
    const providerOrganisationId = s.provider && 'key' in s.provider ? (byKey.get(s.provider.key) ?? null) : null;
    const input: ServiceInput = {
      name: s.name,
      kind: s.kind,
      description: s.description ?? null,
      targetGroup: s.targetGroup ?? null,
      providerOrganisationId,
      providerName: s.provider && 'name' in s.provider ? s.provider.name : null,
      openingHours: s.openingHours ?? null,
      withoutReferral: s.withoutReferral ?? null,
      waitingTimeNote: s.waitingTimeNote ?? null,
      municipalityIds,
      published: s.published ?? true,
      isDemo: s.isDemo ?? false,
    };
    await createService(db, SYSTEM_ACTOR, input, clock);
    made++;
  }
  return made;
}
