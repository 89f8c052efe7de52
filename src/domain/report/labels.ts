import type { MilestoneState } from '../progress/milestones';
import type { ReportLanguage, ReportStatusKey } from './view-model';

/** Every word a report file prints, in Dutch (default) and English. One source for all four formats. */
const NL = {
  reportTitle: 'Voortgangsrapportage',
  publicReportTitle: 'Voortgangsrapportage (publieksversie)',
  programme: 'Programma',
  theme: 'Thema',
  period: 'Periode',
  noPeriod: 'geen periode (actuele stand)',
  asOf: 'Stand per',
  generatedOn: 'Gemaakt op',
  sourceSnapshot: 'vastgelegde stand van de vergrendelde periode',
  sourceProvisional: 'voorlopige stand: de periode is nog niet vergrendeld',
  sourceLive: 'actuele stand',
  sourceMeeting: 'stand op de vergaderdatum',
  meetingReportTitle: 'Voortgangsrapportage voor de vergadering',
  meetingDate: 'Vergaderdatum',
  previousMeeting: 'Vorige vergadering',
  noPreviousMeeting: 'geen (eerste vergadering)',
  steered: 'Stuurt op',
  steeredAll: 'het hele programma',
  agenda: 'Agenda',
  agendaEmpty: 'Nog geen agendapunten.',
  agendaItem: 'Agendapunt',
  notes: 'Toelichting',
  meetingOpen: 'open',
  meetingClosed: 'gesloten',
  sheetAgenda: 'Agenda',
  source: 'Bron',
  lookBackRange: 'Terugblik over',
  fromStart: 'vanaf het begin',
  contents: 'Inhoud',
  summary: 'Samenvatting',
  summaryIntro: 'Aantal elementen per stoplichtkleur',
  total: 'Totaal',
  perLevel: 'Per niveau',
  level: 'Niveau',
  lifecycle: 'Levensfase',
  lifecycleIntro: 'Aantal elementen per levensfase',
  count: 'Aantal',
  statusTable: 'Stand per element',
  code: 'Code',
  path: 'Pad',
  title: 'Titel',
  status: 'Status',
  percent: 'Gereed',
  overridden: 'handmatig bijgesteld',
  lookBack: 'Resultaten en aandachtspunten per thema',
  lookBackEmpty: 'Geen resultaten of aandachtspunten gemeld in deze periode.',
  results: 'Resultaten',
  attentionPoints: 'Aandachtspunten',
  date: 'Datum',
  planning: 'Kwartaalplanning mijlpalen',
  planningEmpty: 'Geen mijlpalen met een termijn in dit jaar.',
  milestoneState: 'Stand mijlpaal',
  decisions: 'Gevraagde besluiten',
  decisionsEmpty: 'Geen besluiten gevraagd.',
  decision: 'Besluit',
  body: 'Overleg',
  meeting: 'Vergadering',
  nodes: 'Elementen',
  actions: 'Openstaande acties',
  actionsEmpty: 'Geen openstaande acties.',
  action: 'Actie',
  owner: 'Eigenaar',
  deadline: 'Termijn',
  overdue: 'te laat',
  kpis: 'Indicatoren',
  value: 'Waarde',
  target: 'Streefwaarde',
  finance: 'Financiën',
  financeUnknown: '– = bedrag onbekend (niet € 0,00); een totaal telt alleen de bekende bedragen en is dan een ondergrens.',
  noUpdate: 'geen update',
  page: 'Pagina',
  sheetSummary: 'Samenvatting',
  sheetNodes: 'Stand',
  sheetLookBack: 'Terugblik',
  sheetPlanning: 'Planning',
  sheetDecisions: 'Besluiten',
  sheetActions: 'Acties',
  sheetKpis: 'Indicatoren',
  sheetFinance: 'Financien',
  depth: 'Diepte',
  tocHint: 'Werk de inhoudsopgave bij om de paginanummers te zien.',
} as const;

type Labels = Record<keyof typeof NL, string>;

const EN: Labels = {
  reportTitle: 'Progress report',
  publicReportTitle: 'Progress report (public version)',
  programme: 'Programme',
  theme: 'Theme',
  period: 'Period',
  noPeriod: 'no period (current state)',
  asOf: 'State as of',
  generatedOn: 'Generated on',
  sourceSnapshot: 'frozen state of the locked period',
  sourceProvisional: 'provisional state: the period is not locked yet',
  sourceLive: 'current state',
  sourceMeeting: 'state on the meeting date',
  meetingReportTitle: 'Progress report for the meeting',
  meetingDate: 'Meeting date',
  previousMeeting: 'Previous meeting',
  noPreviousMeeting: 'none (first meeting)',
  steered: 'Steers',
  steeredAll: 'the whole programme',
  agenda: 'Agenda',
  agendaEmpty: 'No agenda items yet.',
  agendaItem: 'Agenda item',
  notes: 'Notes',
  meetingOpen: 'open',
  meetingClosed: 'closed',
  sheetAgenda: 'Agenda',
  source: 'Source',
  lookBackRange: 'Look-back over',
  fromStart: 'from the start',
  contents: 'Contents',
  summary: 'Summary',
  summaryIntro: 'Number of items per traffic light',
  total: 'Total',
  perLevel: 'Per level',
  level: 'Level',
  lifecycle: 'Life-cycle status',
  lifecycleIntro: 'Number of items per life-cycle status',
  count: 'Count',
  statusTable: 'State per item',
  code: 'Code',
  path: 'Path',
  title: 'Title',
  status: 'Status',
  percent: 'Complete',
  overridden: 'set by hand',
  lookBack: 'Results and points of attention per theme',
  lookBackEmpty: 'No results or points of attention reported in this period.',
  results: 'Results',
  attentionPoints: 'Points of attention',
  date: 'Date',
  planning: 'Quarterly milestone planning',
  planningEmpty: 'No milestones due in this year.',
  milestoneState: 'Milestone state',
  decisions: 'Decisions requested',
  decisionsEmpty: 'No decisions requested.',
  decision: 'Decision',
  body: 'Body',
  meeting: 'Meeting',
  nodes: 'Items',
  actions: 'Open actions',
  actionsEmpty: 'No open actions.',
  action: 'Action',
  owner: 'Owner',
  deadline: 'Deadline',
  overdue: 'overdue',
  kpis: 'Indicators',
  value: 'Value',
  target: 'Target',
  finance: 'Finance',
  financeUnknown: '– = amount unknown (not €0.00); a total adds the known amounts only and is then a lower bound.',
  noUpdate: 'no update',
  page: 'Page',
  sheetSummary: 'Summary',
  sheetNodes: 'State',
  sheetLookBack: 'Look-back',
  sheetPlanning: 'Planning',
  sheetDecisions: 'Decisions',
  sheetActions: 'Actions',
  sheetKpis: 'Indicators',
  sheetFinance: 'Finance',
  depth: 'Depth',
  tocHint: 'Update the table of contents to see the page numbers.',
};

const STATUS: Record<ReportLanguage, Record<ReportStatusKey, string>> = {
  nl: {
    groen: 'groen (op koers)',
    oranje: 'oranje (aandacht nodig)',
    rood: 'rood (achter of geblokkeerd)',
    'niet-gestart': 'niet gestart',
    afgerond: 'afgerond',
    vervallen: 'vervallen',
    'geen-update': 'geen update',
  },
  en: {
    groen: 'green (on track)',
    oranje: 'amber (needs attention)',
    rood: 'red (behind or blocked)',
    'niet-gestart': 'not started',
    afgerond: 'completed',
    vervallen: 'cancelled',
    'geen-update': 'no update',
  },
};

const MILESTONE: Record<ReportLanguage, Record<MilestoneState, string>> = {
  nl: { gehaald: 'gehaald', 'te-laat-gehaald': 'te laat gehaald', 'te-laat': 'te laat', open: 'open', 'zonder-termijn': 'zonder termijn' },
  en: { gehaald: 'met', 'te-laat-gehaald': 'met late', 'te-laat': 'overdue', open: 'open', 'zonder-termijn': 'no deadline' },
};

export type ReportLabels = Labels;

/**
 * The sentences of a large report (more nodes than a board reads row by row, see blocks.ts): it
 * shows the top levels and the exceptions, and says where the full lists are.
 */
export interface CondensedTexts {
  statusIntro(total: number, levels: number, shown: number): string;
  belowHeader: string;
  lookBackMore(total: number, exceptions: number, shown: number): string;
  planningCount(total: number, states: string): string;
  planningMoreLate(more: number): string;
  kpiMore(shown: number, total: number): string;
}

const count = (language: ReportLanguage, n: number) => n.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL');

const CONDENSED: Record<ReportLanguage, CondensedTexts> = {
  nl: {
    statusIntro: (total, levels, shown) =>
      `Dit deel van het programma telt ${count('nl', total)} elementen. Hieronder ${levels === 1 ? 'het bovenste niveau' : `de bovenste ${levels} niveaus`} ` +
      `(${count('nl', shown)} elementen), elk met het aantal elementen eronder dat rood of oranje staat. ` +
      'De stand van elk element staat in de Excel-versie (tabblad Stand) en in de rapportage per thema.',
    belowHeader: 'Eronder rood / oranje',
    lookBackMore: (total, exceptions, shown) =>
      `${count('nl', total)} updates in deze periode, waarvan ${count('nl', exceptions)} rood of oranje` +
      (shown < exceptions ? `; hier de laatste ${shown} daarvan` : shown > 0 ? '; hier die updates' : '') +
      '. Alle updates: de Excel-versie (tabblad Terugblik) of de rapportage van dit thema.',
    planningCount: (total, states) => `${count('nl', total)} mijlpalen: ${states}`,
    planningMoreLate: (more) => `en nog ${count('nl', more)} te laat`,
    kpiMore: (shown, total) =>
      `De laatste ${shown} van ${count('nl', total)} perioden; alle perioden: de Excel-versie (tabblad Indicatoren).`,
  },
  en: {
    statusIntro: (total, levels, shown) =>
      `This part of the programme has ${count('en', total)} items. Below ${levels === 1 ? 'the top level' : `the top ${levels} levels`} ` +
      `(${count('en', shown)} items), each with the number of items under it that are red or amber. ` +
      'The state of every item is in the Excel version (sheet State) and in the report per theme.',
    belowHeader: 'Below: red / amber',
    lookBackMore: (total, exceptions, shown) =>
      `${count('en', total)} updates in this period, ${count('en', exceptions)} of them red or amber` +
      (shown < exceptions ? `; the latest ${shown} of those here` : shown > 0 ? '; those updates here' : '') +
      '. All updates: the Excel version (sheet Look-back) or the report of this theme.',
    planningCount: (total, states) => `${count('en', total)} milestones: ${states}`,
    planningMoreLate: (more) => `and ${count('en', more)} more overdue`,
    kpiMore: (shown, total) => `The latest ${shown} of ${count('en', total)} periods; every period: the Excel version (sheet Indicators).`,
  },
};

export function condensedTexts(language: ReportLanguage): CondensedTexts {
  return CONDENSED[language];
}

export function reportLabels(language: ReportLanguage): Labels {
  return language === 'en' ? EN : NL;
}

export function statusLabel(language: ReportLanguage, status: ReportStatusKey | null): string {
  return STATUS[language][status ?? 'geen-update'];
}

const SHORT: Record<ReportLanguage, Record<ReportStatusKey, string>> = {
  nl: {
    groen: 'groen',
    oranje: 'oranje',
    rood: 'rood',
    'niet-gestart': 'niet gestart',
    afgerond: 'afgerond',
    vervallen: 'vervallen',
    'geen-update': 'geen update',
  },
  en: {
    groen: 'green',
    oranje: 'amber',
    rood: 'red',
    'niet-gestart': 'not started',
    afgerond: 'completed',
    vervallen: 'cancelled',
    'geen-update': 'no update',
  },
};

/** The colour word alone, for narrow column headers. */
export function shortStatusLabel(language: ReportLanguage, status: ReportStatusKey | null): string {
  return SHORT[language][status ?? 'geen-update'];
}

export function milestoneStateLabel(language: ReportLanguage, state: MilestoneState): string {
  return MILESTONE[language][state];
}

/** dd-mm-jjjj, as the Dutch read dates; the English version uses the same unambiguous form. */
export function formatReportDate(date: string | null): string {
  if (!date) return '–';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${percent}%`;
}

/** € 1.234,56 (nl) or €1,234.56 (en), from whole cents. */
export function formatCents(cents: number | null, language: ReportLanguage): string {
  if (cents === null) return '–';
  const value = cents / 100;
  return language === 'en'
    ? `€${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    : `€ ${value.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
