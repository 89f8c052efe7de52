/**
 * The social map's word lists (docs/social-map.md). Stored as these exact strings; the labels are
 * what screens, exports and imports show. A file may use the label or the stored word.
 */
export const SERVICE_KINDS = [
  'inloop',
  'zelfhulpgroep',
  'lotgenotencontact',
  'meldpunt',
  'crisisdienst',
  'herstelvoorziening',
  'clientondersteuning',
  'ervaringsdeskundigheid',
  'dagbesteding',
  'wijkteam',
  'schuldhulp',
  'woonbegeleiding',
  'opvang',
  'informatie-advies',
  'overig',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

interface KindInfo {
  nl: string;
  en: string;
  /** One line on what counts as this kind (Dutch): shown as help in the form and in docs. */
  uitleg: string;
}

export const SERVICE_KIND_INFO: Record<ServiceKind, KindInfo> = {
  inloop: { nl: 'Inloop', en: 'Walk-in', uitleg: 'vrij binnenlopen zonder afspraak, voor contact, een kop koffie of een vraag' },
  zelfhulpgroep: { nl: 'Zelfhulpgroep', en: 'Self-help group', uitleg: 'groep die zelf, zonder hulpverlener, aan herstel werkt' },
  lotgenotencontact: { nl: 'Lotgenotencontact', en: 'Peer contact', uitleg: 'contact met mensen in dezelfde situatie, ook online' },
  meldpunt: { nl: 'Meldpunt', en: 'Reporting point', uitleg: 'zorgen over iemand melden (bijv. verward gedrag, bemoeizorg)' },
  crisisdienst: { nl: 'Crisisdienst', en: 'Crisis service', uitleg: 'acute hulp, vaak dag en nacht bereikbaar' },
  herstelvoorziening: {
    nl: 'Herstelvoorziening',
    en: 'Recovery facility',
    uitleg: 'herstelacademie, herstelwerkplaats of respijtplek waar herstel centraal staat',
  },
  clientondersteuning: {
    nl: 'Cliëntondersteuning',
    en: 'Client support',
    uitleg: 'onafhankelijke ondersteuning bij vragen, aanvragen en gesprekken met instanties',
  },
  ervaringsdeskundigheid: {
    nl: 'Ervaringsdeskundige',
    en: 'Peer expert',
    uitleg: 'gesprek of begeleiding door iemand die het zelf heeft meegemaakt',
  },
  dagbesteding: { nl: 'Dagbesteding', en: 'Day activities', uitleg: 'zinvolle dagbesteding, werkplaats of activiteitencentrum' },
  wijkteam: {
    nl: 'Wijkteam / sociaal team',
    en: 'Neighbourhood team',
    uitleg: 'het lokale team van de gemeente voor vragen over zorg en welzijn',
  },
  schuldhulp: { nl: 'Schuldhulp', en: 'Debt support', uitleg: 'hulp bij geldzaken, schulden en administratie' },
  woonbegeleiding: { nl: 'Woonbegeleiding', en: 'Housing support', uitleg: 'begeleiding bij zelfstandig wonen' },
  opvang: { nl: 'Opvang', en: 'Shelter', uitleg: 'nachtopvang, dagopvang of maatschappelijke opvang' },
  'informatie-advies': {
    nl: 'Informatie en advies',
    en: 'Information and advice',
    uitleg: 'website, telefoonlijn of loket met informatie',
  },
  overig: { nl: 'Overig', en: 'Other', uitleg: 'past in geen van de andere soorten' },
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The kind a person or file wrote: the stored word or either label, case and accents ignored. */
export function parseServiceKind(text: string): ServiceKind | null {
  const f = fold(text);
  if (f === '') return null;
  for (const kind of SERVICE_KINDS) {
    const info = SERVICE_KIND_INFO[kind];
    if ([kind, info.nl, info.en].some((w) => fold(w) === f)) return kind;
  }
  return null;
}

export function isServiceKind(text: string): text is ServiceKind {
  return (SERVICE_KINDS as readonly string[]).includes(text);
}

/**
 * Accessible without referral or indication (zonder verwijzing of indicatie): yes, no, or unknown.
 * Unknown is stored as null: nobody checked, which is not the same as "no".
 */
export type WithoutReferral = boolean | null;

export const WITHOUT_REFERRAL_LABELS = { ja: true, nee: false, onbekend: null } as const;

/** 'ja' | 'nee' | 'onbekend' (also yes/no/unknown, j/n, empty = onbekend); undefined when not readable. */
export function parseWithoutReferral(text: string): WithoutReferral | undefined {
  const f = fold(text);
  if (['ja', 'j', 'yes', 'y', 'true', '1', 'waar'].includes(f)) return true;
  if (['nee', 'n', 'no', 'false', '0', 'onwaar'].includes(f)) return false;
  if (['', 'onbekend', 'unknown', 'nvt', 'weetniet'].includes(f)) return null;
  return undefined;
}

export function withoutReferralLabel(value: WithoutReferral): 'ja' | 'nee' | 'onbekend' {
  return value === null ? 'onbekend' : value ? 'ja' : 'nee';
}
