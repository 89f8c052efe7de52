/**
 * The municipalities (gemeenten) of the demo regions with their 4-digit CBS gemeentecode.
 *
 * Codes were checked against two independent public copies of the CBS gemeente list (a StatLine
 * area dictionary 'GM0889 → Beesel' … of the 2023 indeling, and a grouping of Limburg and Groningen
 * codes per province); every code below appeared in both with the same name. A code that could not
 * be confirmed would carry `codeStatus: 'onbevestigd'`; none does today.
 */
export type CodeStatus = 'bevestigd' | 'onbevestigd';

export interface Municipality {
  /** Stable key used by the seeds to refer to this gemeente. */
  key: string;
  /** Official name as CBS writes it, e.g. 'Bergen (L.)'. */
  name: string;
  /** CBS gemeentecode: always 4 digits, leading zeros kept ('0034'). */
  cbsCode: string;
  codeStatus: CodeStatus;
  province: 'Limburg' | 'Flevoland' | 'Groningen';
}

const m = (key: string, name: string, cbsCode: string, province: Municipality['province']): Municipality => ({
  key,
  name,
  cbsCode,
  codeStatus: 'bevestigd',
  province,
});

export const noordLimburg: Municipality[] = [
  m('beesel', 'Beesel', '0889', 'Limburg'),
  m('bergen-l', 'Bergen (L.)', '0893', 'Limburg'),
  m('gennep', 'Gennep', '0907', 'Limburg'),
  m('horst-aan-de-maas', 'Horst aan de Maas', '1507', 'Limburg'),
  m('peel-en-maas', 'Peel en Maas', '1894', 'Limburg'),
  m('venlo', 'Venlo', '0983', 'Limburg'),
  m('venray', 'Venray', '0984', 'Limburg'),
];

export const middenLimburg: Municipality[] = [
  m('echt-susteren', 'Echt-Susteren', '1711', 'Limburg'),
  m('leudal', 'Leudal', '1640', 'Limburg'),
  m('maasgouw', 'Maasgouw', '1641', 'Limburg'),
  m('nederweert', 'Nederweert', '0946', 'Limburg'),
  m('roerdalen', 'Roerdalen', '1669', 'Limburg'),
  m('roermond', 'Roermond', '0957', 'Limburg'),
  m('weert', 'Weert', '0988', 'Limburg'),
];

export const flevoland: Municipality[] = [
  m('almere', 'Almere', '0034', 'Flevoland'),
  m('dronten', 'Dronten', '0303', 'Flevoland'),
  m('lelystad', 'Lelystad', '0995', 'Flevoland'),
  m('noordoostpolder', 'Noordoostpolder', '0171', 'Flevoland'),
  m('urk', 'Urk', '0184', 'Flevoland'),
  m('zeewolde', 'Zeewolde', '0050', 'Flevoland'),
];

/** The ten Groninger gemeenten since 1-1-2021 (Eemsdelta formed then; the MJP of 2020 still names Delfzijl). */
export const groningen: Municipality[] = [
  m('eemsdelta', 'Eemsdelta', '1979', 'Groningen'),
  m('groningen', 'Groningen', '0014', 'Groningen'),
  m('het-hogeland', 'Het Hogeland', '1966', 'Groningen'),
  m('midden-groningen', 'Midden-Groningen', '1952', 'Groningen'),
  m('oldambt', 'Oldambt', '1895', 'Groningen'),
  m('pekela', 'Pekela', '0765', 'Groningen'),
  m('stadskanaal', 'Stadskanaal', '0037', 'Groningen'),
  m('veendam', 'Veendam', '0047', 'Groningen'),
  m('westerkwartier', 'Westerkwartier', '1969', 'Groningen'),
  m('westerwolde', 'Westerwolde', '1950', 'Groningen'),
];

export const municipalities: Municipality[] = [...noordLimburg, ...middenLimburg, ...flevoland, ...groningen];
