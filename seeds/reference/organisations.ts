import { groningen, municipalities } from './municipalities';

/** Organisation kinds of DESIGN.md. */
export type OrganisationKind =
  | 'gemeente'
  | 'zorgverzekeraar'
  | 'zorgkantoor'
  | 'aanbieder'
  | 'cliëntorganisatie'
  | 'politie'
  | 'woningcorporatie'
  | 'GGD'
  | 'kennisinstelling'
  | 'overig';

export interface ReferenceOrganisation {
  /** Stable key the seeds use to refer to it (a gemeente's key is its municipality key). */
  key: string;
  name: string;
  kind: OrganisationKind;
  /** CBS gemeentecode for a gemeente, otherwise null. */
  cbsCode: string | null;
  /** Why it is in the demo, in our own words. */
  description?: string;
}

/** Organisations other than gemeenten that the three seed documents name. */
export const otherOrganisations: ReferenceOrganisation[] = [
  // MJP PKP Groningen
  {
    key: 'menzis',
    name: 'Menzis',
    kind: 'zorgverzekeraar',
    cbsCode: null,
    description: 'Zorgverzekeraar; mede-initiatiefnemer van het MJP PKP Groningen.',
  },
  {
    key: 'vnn',
    name: 'Verslavingszorg Noord Nederland (VNN)',
    kind: 'aanbieder',
    cbsCode: null,
    description: 'Verslavingszorg; levert onder meer FACT-teams.',
  },
  {
    key: 'lentis',
    name: 'Lentis',
    kind: 'aanbieder',
    cbsCode: null,
    description: 'Ggz-instelling in Groningen; levert onder meer FACT-teams.',
  },
  { key: 'ggd-groningen', name: 'GGD Groningen', kind: 'GGD', cbsCode: null },
  { key: 'politie-noord-nederland', name: 'Politie Noord-Nederland', kind: 'politie', cbsCode: null },
  {
    key: 'rigg',
    name: 'RIGG',
    kind: 'overig',
    cbsCode: null,
    description: 'Koopt voor de Groninger gemeenten FACT Jeugd-trajecten tot 18 jaar in.',
  },
  {
    key: 'groninger-gemeenten',
    name: 'Groninger gemeenten',
    kind: 'overig',
    cbsCode: null,
    description: 'De tien Groninger gemeenten als partij in het MJP PKP; een inspanning van de groep is er een van elke gemeente.',
  },
  {
    key: 'stichting-sedibus',
    name: 'Stichting Sedibus',
    kind: 'overig',
    cbsCode: null,
    description: 'Community voor het delen van goede praktijken in zorg en sociaal domein.',
  },
  // Zorglandschap Wmo Flevoland
  { key: 'ggd-flevoland', name: 'GGD Flevoland', kind: 'GGD', cbsCode: null },
  {
    key: 'zilveren-kruis',
    name: 'Zilveren Kruis',
    kind: 'zorgverzekeraar',
    cbsCode: null,
    description: 'Partner van de Flevolandse gemeenten in het project GGZ in de wijk (sinds 2018).',
  },
  { key: 'bureau-hhm', name: 'Bureau HHM', kind: 'overig', cbsCode: null, description: 'Penvoerder van het uitvoeringsprogramma.' },
  {
    key: 'windesheim',
    name: 'Hogeschool Windesheim',
    kind: 'kennisinstelling',
    cbsCode: null,
    description: 'Lectoraat Ggz en samenleving; pilot Flevolabs.',
  },
  { key: 'veilig-thuis-flevoland', name: 'Veilig Thuis Flevoland', kind: 'overig', cbsCode: null },
  { key: 'meldpunt-oggz-flevoland', name: 'Regionaal Meldpunt OGGz Flevoland', kind: 'overig', cbsCode: null },
  { key: 'universiteit-utrecht', name: 'Universiteit Utrecht', kind: 'kennisinstelling', cbsCode: null },
  { key: 'universiteit-van-amsterdam', name: 'Universiteit van Amsterdam', kind: 'kennisinstelling', cbsCode: null },
  // Meedoen en Wonen Noord- en Midden-Limburg
  {
    key: 'mgr-nml',
    name: 'MGR Noord- en Midden-Limburg',
    kind: 'overig',
    cbsCode: null,
    description: 'Uitvoeringsorganisatie die de inkoop in het sociaal domein voor de veertien gemeenten verzorgt.',
  },
  { key: 'platform-oggz-nml', name: 'Platform GGZ & OGGZ Noord- en Midden-Limburg', kind: 'cliëntorganisatie', cbsCode: null },
  {
    key: 'universiteit-maastricht',
    name: 'Universiteit Maastricht',
    kind: 'kennisinstelling',
    cbsCode: null,
    description: 'Onderzoekt de pool van ervaringsdeskundigen.',
  },
];

export const municipalOrganisations: ReferenceOrganisation[] = municipalities.map((g) => ({
  key: g.key,
  name: g.name,
  kind: 'gemeente',
  cbsCode: g.cbsCode,
}));

/** Group organisations and their members (keys): an effort of the group is an effort of each member. */
export const referenceGroups: { group: string; members: string[] }[] = [
  { group: 'groninger-gemeenten', members: groningen.map((g) => g.key) },
];

export const referenceOrganisations: ReferenceOrganisation[] = [...municipalOrganisations, ...otherOrganisations];
