import { PROGRAMME_DOCUMENT_FORMAT, type ProgrammeDocumentInput } from '../../../src/domain/programme/document';
import { documentOrganisations, documentRegions, regionMembers } from '../../reference';
import { list, timeline, type NodeInput } from '../build';
import { activitiesPerAmbition } from './activities';
import { euroText, financeLines2023 } from './finance';
import { glossary, monitoringInstruments, providerKpis } from './monitoring';
import { ambitionResults } from './results';

/**
 * Beleidsagenda Meedoen en Wonen 2022-2023, Noord- en Midden-Limburg (shared/seeds/004).
 * Pijler > Ambitie > Activiteit: 2 pijlers, 7 ambities, lokale en regionale activiteiten.
 * Facts from the document; every sentence in our own words.
 */
const REGION = 'noord-en-midden-limburg';
const NML = regionMembers(REGION);

const pillars: NodeInput[] = [
  {
    key: 'p1',
    code: '1',
    title: 'Meedoen & Erbij horen',
    description:
      'Eén integrale aanpak met alle partijen rond inwoners in een kwetsbare situatie: de inwoner staat centraal, niet de voorziening, en voorzieningen worden zo ingericht dat ook kwetsbare inwoners kunnen meedoen.',
  },
  {
    key: 'p2',
    code: '2',
    title: 'Wonen & Thuis zijn in de wijk',
    description:
      'Iedereen heeft op zijn minst een dak boven het hoofd en vindt en houdt een thuis dat past bij wat hij of zij aan ondersteuning nodig heeft, in een voorziening of zelfstandig; de ondersteuning wordt zo dichtbij mogelijk en samen met de wijk georganiseerd.',
  },
];

const ambitions: (NodeInput & { key: string; parentKey: string })[] = [
  {
    key: 'a-preventie',
    parentKey: 'p1',
    title: 'Meer preventie',
    description:
      'Problemen vroeg herkennen om ontstaan, escalatie en maatschappelijke uitval te voorkomen, met een preventieaanbod dat past bij regionale en lokale vraagstukken en zonder overlap tussen partners.',
  },
  {
    key: 'a-maatwerk',
    parentKey: 'p1',
    title: 'Meer maatwerk bieden',
    description:
      'Ruimte maken voor wat een kwetsbare inwoner echt nodig heeft, zodat hij zo gewoon mogelijk meedoet; dat vraagt extra aandacht van de lokale toegang en toegankelijke bestaande voorzieningen.',
  },
  {
    key: 'a-samenwerking',
    parentKey: 'p1',
    title: 'Meer samenwerking',
    description:
      'Partners die uit verschillende wetten worden betaald (Wmo, Wlz, Zvw) stemmen af, kennen elkaars verantwoordelijkheden en maken regionale afspraken over de gezamenlijke zorg voor de doelgroep.',
  },
  {
    key: 'a-clientparticipatie',
    parentKey: 'p1',
    title: 'Vergroten cliëntparticipatie en ervaringsdeskundigheid',
    description:
      'Zelfhulp, herstelgerichte activiteiten en ontmoetingsplekken helpen bij herstel en inclusie; de inzet van cliëntparticipatie en ervaringsdeskundigheid wordt in het hele sociaal domein vergroot.',
  },
  {
    key: 'a-transformatie',
    parentKey: 'p2',
    title: 'Doorzetten transformatie van opvang en beschermd wonen',
    description:
      'Kleinschalige BW- en MO-locaties die deel uitmaken van de wijk en de lokale sociale basis, met oog voor de draagkracht van de wijk en het beeld van extra kwetsbare inwoners.',
  },
  {
    key: 'a-woonoplossingen',
    parentKey: 'p2',
    title: 'Vergroten passend aanbod woonoplossingen',
    description:
      'Een eigen woning is een voorwaarde voor maatschappelijk herstel; wie uit BW of MO doorstroomt heeft een passende, betaalbare woning of woonvorm nodig, met oog voor draagkracht en draaglast in de buurt.',
  },
  {
    key: 'a-wijken',
    parentKey: 'p2',
    title: 'Meer inzetten op veerkrachtige wijken',
    description:
      'Een inclusieve wijk of dorp met goed nabuurschap: open staan voor wie kwetsbaar of anders is, ontmoeting stimuleren en iedereen de kans geven zijn talenten in te zetten.',
  },
];

/** Bijlage 1 lists per ambition the results it aims for: the ambition's expected result, numbered as given. */
function ambitionExpectedResult(ambitionKey: string): string {
  return ambitionResults
    .filter((r) => r.ambition === ambitionKey)
    .map((r) => `${r.code}. ${r.text}`)
    .join('\n');
}

function activityNodes(): NodeInput[] {
  return Object.entries(activitiesPerAmbition).flatMap(([ambition, activities]) =>
    activities.map((a) => {
      const key = `${ambition}-${a.code}`;
      // A finance line is extra money asked for this activity: the proposal and its budget.
      const finance = financeLines2023.find((f) => f.activity === key);
      const financeSections = finance?.parts
        ? [
            list(
              `Financiën ${finance.year}: opbouw`,
              finance.parts.map((p) => `${p.title}: ${euroText(p.cents)}`),
            ),
          ]
        : [];
      const gapAnalysis = finance
        ? {
            ...(finance.gap ? { hiaat: finance.gap } : {}),
            voorstel: finance.explanation,
            budget: {
              kind: 'bedrag' as const,
              cents: finance.cents,
              note: `Financiën ${finance.year}: ${finance.title} (begrotingswijziging ${finance.year})`,
            },
          }
        : null;
      const { steps, ...fields } = a;
      return {
        ...fields,
        key,
        parentKey: ambition,
        ...(a.scope === 'lokaal' ? { municipalities: [...NML] } : {}),
        sections: [...(steps ? [timeline(steps)] : []), ...(a.sections ?? []), ...financeSections],
        ...(gapAnalysis ? { gapAnalysis } : {}),
      };
    }),
  );
}

const description = [
  'Regionale beleidsagenda voor beschermd wonen, maatschappelijke opvang en bemoeizorg & preventie. De veertien gemeenten werken hiermee de regiovisie Meedoen en Wonen 2022-2026 uit tot lokale en regionale activiteiten voor 2022 en 2023; elk college stelt de agenda vast en kan lokaal eigen accenten leggen.',
  `Extra kosten 2023 (${euroText(financeLines2023.reduce((s, f) => s + f.cents, 0))}) gaan via de begrotingswijziging die de MGR op 27 oktober 2022 aan het dagelijks bestuur voorlegt; de raden hebben daarna 12 weken voor een zienswijze.`,
  'Monitoring en evaluatie, met hun ritme:',
  monitoringInstruments.map(([when, what]) => `- ${when}: ${what}`).join('\n'),
  `KPI’s uit de aanbesteding BW/MO: ${providerKpis.join(', ')}.`,
  'Begrippen:',
  glossary.map(([term, meaning]) => `- ${term}: ${meaning}`).join('\n'),
].join('\n\n');

export const meedoenEnWonenNml: ProgrammeDocumentInput = {
  format: PROGRAMME_DOCUMENT_FORMAT,
  formatVersion: 1,
  programme: {
    slug: 'meedoen-en-wonen-nml',
    title: 'Beleidsagenda Meedoen en Wonen 2022-2023 voor inwoners met complexe problematiek, Noord- en Midden-Limburg',
    shortName: 'Meedoen en Wonen NML',
    description,
    levelLabels: ['Pijler', 'Ambitie', 'Activiteit'],
    periodStart: '2022-01-01',
    periodEnd: '2023-12-31',
    status: 'actief',
    region: REGION,
    partners: [...NML, 'mgr-nml', 'platform-oggz-nml'],
  },
  organisations: documentOrganisations([...NML, 'mgr-nml', 'platform-oggz-nml', 'universiteit-maastricht']),
  regions: documentRegions(['noord-limburg', 'midden-limburg', REGION]),
  nodes: [...pillars, ...ambitions.map((a) => ({ ...a, expectedResult: ambitionExpectedResult(a.key) })), ...activityNodes()],
};
