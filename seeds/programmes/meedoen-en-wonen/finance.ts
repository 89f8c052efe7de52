/**
 * Financiën 2023 of the Beleidsagenda: the extra costs not yet in the MGR's begroting 2023, to be
 * added through the begrotingswijziging 2023. Each line names its activity in the table itself, so
 * the link to that activity node is the document's own. Amounts in whole cents.
 */
export interface FinanceLine {
  /** Node key of the activity the table names. */
  activity: string;
  title: string;
  year: number;
  cents: number;
  /** Breakdown the document gives, in cents, where it gives one. */
  parts?: { title: string; cents: number }[];
  explanation: string;
  /** The shortfall the table names as the reason, where it names one. */
  gap?: string;
}

const euro = (n: number): number => n * 100;

export const financeLines2023: FinanceLine[] = [
  {
    activity: 'a-maatwerk-III',
    title: 'Scholingsprogramma voor toegangsmedewerkers',
    year: 2023,
    cents: euro(25_000),
    explanation: 'Scholing voor de consultants die met BW en MO werken; de inhoud wordt met de teamleiders Wmo bepaald.',
  },
  {
    activity: 'a-wijken-I',
    title: 'Anti-stigmacampagne',
    year: 2023,
    cents: euro(100_000),
    explanation:
      'Een externe partij ontwikkelt een regionale publiekscampagne die psychische kwetsbaarheid bespreekbaar maakt en stigma vermindert.',
  },
  {
    activity: 'a-clientparticipatie-III',
    title: 'Organiseren pool van ervaringsdeskundigen',
    year: 2023,
    cents: euro(275_000),
    parts: [
      { title: 'Projectleider, 5 uur per week', cents: euro(25_000) },
      { title: '5 fte ervaringsdeskundigen vanaf 1 juli 2023 (€ 350.000 op jaarbasis, half jaar)', cents: euro(175_000) },
      { title: 'Aftrapbijeenkomsten', cents: euro(25_000) },
      { title: 'Onderzoek door de Universiteit Maastricht', cents: euro(50_000) },
    ],
    explanation:
      'Groeimodel vanaf 1 juli 2023, na de aanbesteding, volgens de Oplegnotitie Ervaringsdeskundigheid Noord- en Midden-Limburg; verdere uitbouw hangt af van de onderzoeksresultaten.',
  },
  {
    activity: 'a-transformatie-V',
    title: 'Passend woonaanbod voor moeilijk plaatsbare personen met zorgwekkend en zorgmijdend gedrag',
    year: 2023,
    cents: euro(150_000),
    explanation:
      'Een regionale kwartiermaker brengt met beleidsadviseurs en partners de behoefte in kaart, werkt scenario’s voor (alternatieve) woonzorgvormen uit en vraagt passende landelijke subsidies aan.',
    gap: 'De regio heeft te weinig capaciteit om deze opdracht met de bestaande formatie uit te voeren.',
  },
];

/** "€ 1.234,56"-style text for section bodies (whole euros here). */
export function euroText(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${grouped},${String(rest).padStart(2, '0')}`;
}
