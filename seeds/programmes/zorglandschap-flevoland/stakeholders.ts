/**
 * Chapter 2 (stakeholders) and chapter 4 (leren, verbeteren, kennisdelen) of the Zorglandschap
 * Wmo Flevoland, in our own words. The inner circle is the inwoner and their informal world, the
 * outer circle the formal organisations around them.
 */
export interface Stakeholder {
  name: string;
  circle: 'binnencirkel' | 'buitencirkel';
  role: string;
}

export const stakeholders: Stakeholder[] = [
  {
    name: 'Cliënten',
    circle: 'binnencirkel',
    role: 'inwoners met een psychische kwetsbaarheid: zelfstandig in de wijk, in of na BW, dak- of thuisloos, in of na vrouwenopvang, met OGGZ-problematiek of verslaving, of in nazorg na detentie',
  },
  {
    name: 'Wijkbewoners',
    circle: 'binnencirkel',
    role: 'buren die kunnen opvangen, maar ook uitsluiten of zich zorgen maken over veiligheid',
  },
  {
    name: 'Informele netwerken',
    circle: 'binnencirkel',
    role: 'familie, vrienden en bekenden van sport, werk of club waarop de cliënt kan steunen',
  },
  {
    name: 'Buurt- en vrijwilligersinitiatieven',
    circle: 'binnencirkel',
    role: 'initiatieven van en voor wijkbewoners, met of zonder kwetsbaarheid',
  },
  {
    name: 'Participatie en activiteiten',
    circle: 'buitencirkel',
    role: 'werk, vrijwilligerswerk, opleiding, dagbesteding en sport die regelmaat en netwerk geven',
  },
  {
    name: 'Woningcorporaties',
    circle: 'buitencirkel',
    role: 'verhuren betaalbare woningen, signaleren problemen en zien het draagvlak in wijken',
  },
  {
    name: 'Veiligheidsketen',
    circle: 'buitencirkel',
    role: 'politie, Veilig Thuis Flevoland en het Regionaal Meldpunt OGGz verbinden leefbaarheid en veiligheid',
  },
  { name: 'Wijkteams', circle: 'buitencirkel', role: 'spil in de wijk: kennen de inwoner en het aanbod en werken outreachend' },
  {
    name: 'Aanbieders intramurale voorzieningen (BW/MO/VO)',
    circle: 'buitencirkel',
    role: 'vangen tijdelijk op en bereiden terugkeer naar de wijk voor',
  },
  { name: 'Aanbieders ambulante ondersteuning', circle: 'buitencirkel', role: 'begeleiden cliënten die zelfstandig in de wijk wonen' },
  {
    name: 'Maatschappelijk werk en welzijn',
    circle: 'buitencirkel',
    role: 'ondersteunen bij geld, praktische vragen en emotionele zorgen',
  },
];

export const expertiseNeeded: string[] = [
  'opvangvormen die tot duurzamer herstel leiden, zoals de principes van Housing First',
  'groepen die nergens goed passen, bijvoorbeeld psychiatrie samen met een licht verstandelijke beperking en soms verslaving',
  'opleiden van ervaringsdeskundigen, bijvoorbeeld volgens de herstelacademie',
  'een zachte landing in de wijk vanuit de wijk gezien (hoofddoel 1), waarover de pilot van Windesheim kennis verzamelt',
];

export const evaluationPlans: string[] = [
  'toetsen of cliënten die uit een instelling in de wijk komen wonen passend worden geholpen en tevreden zijn, en of de buurt tevreden is en hen kan dragen (bronnen: pilots Flevolabs van Windesheim en Zorgplatform "samen sterker in de wijk")',
  'een monitor beschermd wonen op mogelijkheden en voorwaarden voor uitstroom (hoofddoel 2, bijlage 2a)',
  'verkennen of een nieuwe Flevomonitor helpt (de vorige gaf van 2005 tot 2015 per gemeente cijfers over verslaving, dak- en thuisloosheid en huiselijk geweld)',
  'verkennen of onderzoek van de Universiteit Utrecht en de Universiteit van Amsterdam bijdraagt, waarin 35 cliënten 3 jaar kwalitatief worden gevolgd met ervaringsdeskundigen als mede-onderzoekers (https://onderzoekmobw.sites.uu.nl/)',
];

/** The client groups the programme is for (chapter 2), each one a list item. */
export const clientGroups: string[] = [
  'wie met een psychische kwetsbaarheid zelfstandig in de wijk woont of blijft wonen',
  'wie in beschermd wonen verblijft of daaruit uitstroomt',
  'dak- en thuislozen, jongeren en volwassenen, al of niet in de maatschappelijke opvang',
  'wie in de vrouwenopvang verblijft of daaruit uitstroomt',
  'wie met OGGZ-problematiek te maken heeft',
  'wie met verslaving te maken heeft',
  'wie nazorg krijgt na detentie',
];

/**
 * Access to the Wlz for people with a psychiatric condition (chapter 3): open since 2021, decided
 * per client by the CIZ. The need must be lasting (lifelong); 24-hour care nearby alone, the
 * criterion for beschermd wonen, is not enough.
 */
export const wlzAccess = {
  openSince: 2021,
  registrationFrom: 2020,
  decidedBy: 'CIZ',
  criteria: [
    'blijvend permanent toezicht nodig om escalatie of ernstig nadeel te voorkomen',
    'of blijvend 24 uur per dag zorg in de nabijheid, omdat iemand zelf niet op tijd hulp kan inroepen en door lichamelijke problemen of zware regieproblemen voortdurend begeleiding, verpleging of overname van taken nodig heeft',
  ],
} as const;

/** The people whose stories run through the programme (based on real inwoners), with the details the document gives. */
export const personas: { name: string; story: string }[] = [
  {
    name: 'Mike',
    story:
      'woont sinds kort zelfstandig in Dronten na een verslavingsverleden; via de sportbuurtcoach vond hij een yogaclub waar hij twee keer per week komt. Buurman Wim leert bij Windesheim zonder oordeel naar hem te kijken, buurvrouw Sandra wil weten wie ze kan bellen. Na bijna een jaar is ervaringsdeskundige Maurice zijn maatje en wil Mike zelf ook ervaringsdeskundige worden; bij zijn herindicatie zoekt hij onafhankelijke cliëntondersteuning.',
  },
  {
    name: 'Michelle',
    story:
      'is 23, groeide op in Noordoostpolder, werd op haar zestiende uit huis geplaatst en woonde daarna in Almere in jeugdzorg en beschermd wonen. Ze heeft ggz-behandeling, gaat drie dagen per week naar dagbesteding, voelt zich vaak eenzaam en wil later werk. Haar moeder en vriendinnen wonen in Lelystad, waar ze zelfstandig wil gaan wonen; haar uitkering moet bij de verhuizing doorlopen.',
  },
  {
    name: 'Maruan',
    story:
      'woonde dertig jaar bij zijn ouders en heeft drie broers; vrienden maakten misbruik van hem. Na hulp kwam zijn autisme aan het licht. Na drie jaar beschermd wonen, waar hij koken en huishouden leerde en passende dagbesteding vond, is hij klaar voor zelfstandig wonen met ambulante begeleiding die bij terugval snel kan opschalen.',
  },
  {
    name: 'Monique',
    story:
      'woont in de woongroep van Michelle en gaat binnenkort zelfstandig wonen met begeleiding; in Urk, waar ze vandaan komt, heeft ze een slecht huurverleden door overlast.',
  },
  {
    name: 'Mirjam',
    story:
      'wordt genoemd naast Mike, Michelle en Maruan: samen laten hun verhalen zien dat voorzieningen en de herkomst van cliënten over verschillende gemeenten verspreid zijn.',
  },
];
