/**
 * Hoofdstuk 3 (monitoring en evaluatie) of the Beleidsagenda. The KPIs were agreed with the BW and
 * MO providers in the tender: they belong to the provider contracts, not to a node of the tree, so
 * they are kept here as their own list (for the KPI work) and only summarised in the description.
 */
export const providerKpis: string[] = [
  'Bevorderen van zelfredzaamheid (ZRM)',
  'Participatie',
  'Doorlooptijd',
  'Wachttijd',
  'Duurzame uitstroom',
  'Netwerkversterking',
  'Cliënttevredenheid',
  'Samenwerking in de keten',
  'Draagvlak in de buurt',
];

/** What the regional BW monitor shows, regionally and per gemeente (from the message traffic). */
export const bwMonitorMeasures: string[] = [
  'aantal inwoners met beschermd wonen',
  'combinatie of aanbieder',
  'doorlooptijd',
  'reden van beëindiging',
  'bezetting',
  "aantal pgb's",
];

export const monitoringInstruments: [when: string, what: string][] = [
  ['vier keer per jaar', 'accountgesprek van MGR en enkele gemeenten met de aanbiederscombinaties BW en MO'],
  ['elk kwartaal', 'analyse van de regionale monitor BW, besproken met aanbieders; wachttijden volgen later'],
  ['Q1 2023', 'regionale monitor MO opgeleverd (met handmatig aangeleverde kenmerken en berichtenverkeer)'],
  ['jaarlijks', 'cliënttevredenheid BW gemeten door aanbieders; MO-tevredenheid via de aanbieder in de regionale monitor'],
  ['Q4 2022', 'verkennen of gemeenten BW-cliënten zelf over tevredenheid kunnen bevragen (bijv. Wmo-cliënttevredenheidsonderzoek)'],
  ['elk half jaar', 'rapportage van de aanbieder bemoeizorg en oggz-preventie op de afgesproken KPI’s, met lokale cijfers'],
  ['2022', 'verantwoording op de KPI’s BW/MO opgenomen in de regionale monitor'],
  [
    'maandelijks',
    'de procesregisseur van de MGR volgt de gemeentelijke activiteiten met een stoplichtmodel in het overleg van de beleidsmedewerkers',
  ],
];

/** The cadences of chapter 3, as facts with their rhythm (the demo's reporting periods follow the quarterly one). */
export const monitoringCadences = {
  accountTalksPerYear: 4,
  bwMonitorAnalysis: 'elk kwartaal',
  moMonitorDelivered: 'Q1 2023',
  satisfactionStudy: 'Q4 2022',
  providerReport: 'elk half jaar',
  processMeeting: 'maandelijks',
} as const;

/** Begrippenlijst of the Beleidsagenda, each term explained in our own words. */
export const glossary: [term: string, meaning: string][] = [
  ['Cliëntparticipatie', 'cliënten, familie en naasten denken mee over beleid en vernieuwing van zorg'],
  ['Grijs wonen', 'iemand verblijft tijdelijk bij mensen uit het eigen netwerk, zodat opvang niet nodig is'],
  ['Inclusieve samenleving', 'een samenleving waarin iedereen mee kan doen met dezelfde kansen, wat de achtergrond ook is'],
  [
    'Ketenregisseur',
    'bewaakt op tactisch en uitvoerend niveau dat de samenwerking rond inwoners met complexe problemen goed loopt en verbetert waar nodig',
  ],
  ['KPI', 'kritieke prestatie-indicator: een maat die de voortgang van een organisatie meetbaar maakt'],
  ['Lokale sociale basis', 'wat inwoners voor elkaar doen, samen met laagdrempelige, georganiseerde basisvoorzieningen'],
  ['Lokale toegang', 'het gemeentelijke loket voor advies en hulp'],
  [
    'Matchingspunt',
    'overleg in Midden-Limburg van gemeenten, aanbieders en corporaties over woonvragen van inwoners die niet gewoon kunnen huren',
  ],
  [
    'MGR',
    'Modulaire Gemeenschappelijke Regeling: de uitvoeringsorganisatie die voor de veertien gemeenten de inkoop in het sociaal domein regelt',
  ],
  ['Nabuurschap', 'buren en dorpsgenoten die elkaar met raad en daad bijstaan'],
  ['OGGZ-preventie', 'collectieve preventie van ernstige psychosociale problemen binnen de openbare geestelijke gezondheidszorg'],
  ['PGB', 'persoonsgebonden budget waarmee een inwoner zelf zorg of ondersteuning inkoopt'],
  ['Platform OGGZ NML', '(ex-)cliënten, naasten, cliëntenraden en ervaringsdeskundigen die samen de stem van de doelgroep laten horen'],
  ['Positieve gezondheid', 'een brede kijk op gezondheid in zes dimensies: het vermogen om met uitdagingen om te gaan'],
  ['Prestatieafspraken', 'jaarlijkse afspraken tussen corporaties, gemeenten en huurders over het woonbeleid'],
  ['Preventiescanner dakloosheid', 'een instrument waarmee een gemeente haar preventieve aanpak van dakloosheid doorlicht'],
  ['Procesregisseur', 'adviseert en coacht professionals bij meervoudige problemen en overlast'],
  ['Stigmatisering', 'iemand op grond van kenmerken in een hokje plaatsen, met vooroordelen als gevolg'],
  ['Transferpunt', 'overleg in Noord-Limburg over de woonvraag van inwoners die uit beschermd wonen of opvang komen'],
  ['Voorliggend veld', 'alle algemene voorzieningen in wijk of gemeente waarvoor geen indicatie nodig is'],
  ['Witte vlekkenplan', 'regionaal plan dat onderzoekt waar beschermd wonen nog ontbreekt en of het daar nodig is'],
  ['Woonzorgvisie', 'gemeentelijke visie op wonen met zorg, basis voor prestatieafspraken en een uitvoeringsprogramma'],
];
