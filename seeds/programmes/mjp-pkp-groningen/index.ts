import { PROGRAMME_DOCUMENT_FORMAT, type ProgrammeDocumentInput } from '../../../src/domain/programme/document';
import { documentOrganisations, documentRegions, regionMembers } from '../../reference';
import { list, section, timeline, type EffortInput, type NodeInput, type SectionInput } from '../build';
import { primaryProjects } from './primary';
import { secondaryProjects } from './secondary';
import type { DinProject } from './shape';

/**
 * Meerjarenprogramma Psychisch Kwetsbare Personen (MJP PKP) Groningen (shared/seeds/001), a
 * Doelen-Inspanningen-Netwerk. Preventie > Project > Inspanning: the top level is the kind of
 * prevention (primaire and secundaire preventie, worked out in Bijlage I and II), fourteen DIN projects, and per project the efforts of
 * gemeenten, Menzis and aanbieders as efforts (the DIN matrix). The programme says its projects
 * serve one or more of its four goals (a-d) without saying which, so no such links are made.
 */
const REGION = 'regio-groningen';
const GRONINGEN = regionMembers(REGION);

/** Partner columns of the DIN tables: the document writes "Gemeente", "Menzis", "Aanbieders". */
const GEMEENTEN = { group: 'Groninger gemeenten' } as const;
const AANBIEDERS = { group: 'Aanbieders' } as const;

/** The two kinds of prevention. The document numbers them only as appendices (I, II), so they carry no code: their projects' paths read "Secundaire preventie › 2". */
const preventionKinds: NodeInput[] = [
  {
    key: 'primaire-preventie',
    title: 'Primaire preventie',
    description:
      'Voorkomen dat psychische problemen ontstaan: voortbouwen op gezonde leefstijl, zingeving, financiële gezondheid, vroegsignalering, demedicalisering en het voorkomen van opnames, met een brede doelgroep en aandacht voor sociale inclusie.\n\nDe projecten staan uitgewerkt in bijlage I van het MJP.',
  },
  {
    key: 'secundaire-preventie',
    title: 'Secundaire preventie',
    description:
      'Als er al psychische problemen zijn: inzetten op herstel, meedoen en minder terugval, met goede integrale zorg waarin de cliënt zelf de regie voert (bijvoorbeeld FACT Jeugd).\n\nDe projecten staan uitgewerkt in bijlage II van het MJP.',
  },
];

function projectNode(parentKey: string, prefix: string, p: DinProject): NodeInput {
  const sections: SectionInput[] = [];
  if (p.tijdspad) sections.push(timeline(p.tijdspad));
  sections.push(section('Financiën', p.financien));
  if (p.algemeen) sections.push(section('Algemeen', p.algemeen));
  sections.push(list('Acties', p.acties));
  return {
    key: `${prefix}-${p.code}`,
    parentKey,
    code: p.code,
    title: p.title,
    description: p.description,
    doelstelling: p.doel,
    expectedResult: p.resultaat,
    deadline: p.deadline,
    sections,
    // The document gives no gap analysis, only the money: the requested extra budget with its wording.
    gapAnalysis: { budget: { ...p.budget, note: p.financien } },
  };
}

function projectEfforts(prefix: string, p: DinProject): EffortInput[] {
  const goal = `${prefix}-${p.code}`;
  return [
    { key: `${goal}-gemeenten`, partner: GEMEENTEN, goals: [goal], text: p.gemeenten },
    p.menzis === 'geen'
      ? { key: `${goal}-menzis`, partner: { organisation: 'menzis' }, goals: [goal], geen: true }
      : { key: `${goal}-menzis`, partner: { organisation: 'menzis' }, goals: [goal], text: p.menzis },
    { key: `${goal}-aanbieders`, partner: AANBIEDERS, goals: [goal], text: p.aanbieders },
  ];
}

export const dinProjects = [
  ...primaryProjects.map((p) => ({ perspective: 'primaire-preventie', prefix: 'pp', project: p })),
  ...secondaryProjects.map((p) => ({ perspective: 'secundaire-preventie', prefix: 'sp', project: p })),
];

/** The legal background, the literature the programme leans on and the website it names (chapter 1, 4 and the back cover). */
export const mjpBackground = {
  law: 'Wettelijk kader: sinds 2015 geldt de Wet maatschappelijke ondersteuning 2015 (Wmo 2015), die de AWBZ opvolgde. Gemeenten zijn sindsdien verantwoordelijk voor ondersteuning bij zelfredzaamheid en participatie en voor beschermd wonen en opvang; veel van de inwoners om wie het gaat zijn psychisch kwetsbaar.',
  socialTeams:
    'Voor de uitvoering richtten gemeenten sociale teams op; vanaf 1 januari 2021 regelen zij de toegang tot beschermd wonen. Daarnaast kwamen er algemene voorzieningen, zoals de ggz-inloop.',
  literature:
    'Literatuur: de aanpak van het programmateam volgt de omschrijving van programmamanagement als niet-hiërarchische coördinatie van Hans Licht, Programmamanagement, Regievoering zonder macht (2009).',
  website: 'https://sedibus.nl/',
} as const;

const description = [
  'Paraplu over de projecten in de provincie Groningen voor mensen met een psychische kwetsbaarheid, zodat bestaande organisaties en systemen beter worden benut, met de nadruk op preventie en minder terugval. Opgesteld met cliënten(vertegenwoordigers), ervaringsdeskundigen, Politie Noord-Nederland, Menzis, VNN, Lentis en de Groninger gemeenten; het programmateam bestaat uit de gemeente Groningen, de projectleiders en Menzis, en stuurt zonder hiërarchie op mandaat van de deelnemers.',
  'Doelen: herstel, participatie, welbevinden en meer gezonde jaren, en nagaan of de aanpak doelmatiger is. Vier verbeteringen: a) hulp vóór problemen ontstaan; b) een logische, laagdrempelige route door aansluitende zorg en diensten; c) langdurige zorg ook gericht op maatschappelijk herstel; d) eigen regie als maatwerk. Veertien DIN-projecten dragen bij aan een of meer van deze doelen.',
  mjpBackground.law,
  mjpBackground.socialTeams,
  mjpBackground.literature,
  `Op de hoogte blijven of meedoen: aanmelden via ${mjpBackground.website} (Stichting Sedibus).`,
  'Financiering: budgetneutraal, behalve subsidieaanvragen bij ZonMw en VWS; extra inzet vraagt een gezamenlijk besluit. Geldstromen: burgerinitiatief en zelfzorg, aanbieders in het sociaal domein, gemeenten (Wmo) en Menzis (Zvw). Raakvlakken: Keten Acute Psychiatrie, Beschermd Wonen en Opvang, verward gedrag en Wet verplichte ggz, Transformatie Jeugdhulp Regio Groningen.',
].join('\n\n');

const partners = [...GRONINGEN, 'menzis', 'vnn', 'lentis', 'ggd-groningen', 'politie-noord-nederland'];

export const mjpPkpGroningen: ProgrammeDocumentInput = {
  format: PROGRAMME_DOCUMENT_FORMAT,
  formatVersion: 1,
  programme: {
    slug: 'mjp-pkp-groningen',
    title: 'Meerjarenprogramma Psychisch kwetsbare personen (MJP PKP) Groningen',
    shortName: 'MJP PKP',
    description,
    levelLabels: ['Preventie', 'Project', 'Inspanning'],
    status: 'actief',
    region: REGION,
    partners,
  },
  organisations: documentOrganisations([...partners, 'rigg', 'stichting-sedibus']),
  regions: documentRegions([REGION]),
  nodes: [...preventionKinds, ...dinProjects.map((d) => projectNode(d.perspective, d.prefix, d.project))],
  efforts: dinProjects.flatMap((d) => projectEfforts(d.prefix, d.project)),
};
