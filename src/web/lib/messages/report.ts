/** Texts of the board report page (voortgangsrapportage). */
export const reportNl = {
  'report.link': 'Rapportage',
  'report.title': 'Voortgangsrapportage maken',
  'report.intro':
    'Een rapportage voor het bestuur: titelpagina, samenvatting van de stoplichten, per thema de resultaten en ' +
    'aandachtspunten, de kwartaalplanning, gevraagde besluiten en openstaande acties. Bij meer dan 150 elementen ' +
    'tonen Word, PDF en HTML de bovenste niveaus en de uitzonderingen (rood en oranje); Excel bevat altijd alle elementen.',
  'report.format': 'Bestandsformaat',
  'report.format.docx': 'Word (.docx)',
  'report.format.pdf': 'PDF',
  'report.format.xlsx': 'Excel (.xlsx): de gegevens',
  'report.format.html': 'Webpagina (HTML, om af te drukken)',
  'report.theme': 'Element',
  'report.theme.all': 'Het hele programma',
  'report.period': 'Periode',
  'report.period.default': 'Laatst vergrendelde periode (standaard)',
  'report.period.locked': '{label} (vergrendeld)',
  'report.period.open': '{label} (voorlopig)',
  'report.language': 'Taal van de rapportage',
  'report.language.nl': 'Nederlands',
  'report.language.en': 'Engels',
  'report.submit': 'Rapportage maken',
  'report.building': 'De rapportage wordt gemaakt…',
  'report.progressLabel': 'Voortgang van het maken',
  'report.done': 'Klaar: {file} ({size} kB) is gedownload.',
  'report.again': 'Nogmaals downloaden',
  'report.failed': 'De rapportage kon niet worden gemaakt: {message}',
} as const;

export const reportEn: Record<keyof typeof reportNl, string> = {
  'report.link': 'Report',
  'report.title': 'Make a progress report',
  'report.intro':
    'A report for the board: title page, summary of the traffic lights, per theme the results and points of attention, ' +
    'the quarterly planning, decisions requested and open actions. With more than 150 items, Word, PDF and HTML show ' +
    'the top levels and the exceptions (red and amber); Excel always holds every item.',
  'report.format': 'File format',
  'report.format.docx': 'Word (.docx)',
  'report.format.pdf': 'PDF',
  'report.format.xlsx': 'Excel (.xlsx): the data',
  'report.format.html': 'Web page (HTML, for printing)',
  'report.theme': 'Part',
  'report.theme.all': 'The whole programme',
  'report.period': 'Period',
  'report.period.default': 'Latest locked period (default)',
  'report.period.locked': '{label} (locked)',
  'report.period.open': '{label} (provisional)',
  'report.language': 'Language of the report',
  'report.language.nl': 'Dutch',
  'report.language.en': 'English',
  'report.submit': 'Make report',
  'report.building': 'The report is being made…',
  'report.progressLabel': 'Progress of the report',
  'report.done': 'Done: {file} ({size} kB) has been downloaded.',
  'report.again': 'Download again',
  'report.failed': 'The report could not be made: {message}',
};
