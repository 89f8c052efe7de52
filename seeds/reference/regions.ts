import { flevoland, groningen, middenLimburg, noordLimburg } from './municipalities';

export interface ReferenceRegion {
  key: string;
  name: string;
  /** Municipality keys (see municipalities.ts). */
  municipalities: string[];
  description?: string;
}

const keys = (list: { key: string }[]): string[] => list.map((g) => g.key);

export const referenceRegions: ReferenceRegion[] = [
  { key: 'noord-limburg', name: 'Noord-Limburg', municipalities: keys(noordLimburg) },
  { key: 'midden-limburg', name: 'Midden-Limburg', municipalities: keys(middenLimburg) },
  {
    key: 'noord-en-midden-limburg',
    name: 'Noord- en Midden-Limburg',
    municipalities: [...keys(noordLimburg), ...keys(middenLimburg)],
    description: 'De veertien gemeenten die samenwerken in de MGR (Modulaire Gemeenschappelijke Regeling).',
  },
  {
    key: 'flevoland',
    name: 'Flevoland',
    municipalities: keys(flevoland),
    description: 'Zes gemeenten; Almere is centrumgemeente voor beschermd wonen en opvang.',
  },
  {
    key: 'regio-groningen',
    name: 'Groningen',
    municipalities: keys(groningen),
    description: 'De tien Groninger gemeenten (indeling sinds 1-1-2021).',
  },
];
