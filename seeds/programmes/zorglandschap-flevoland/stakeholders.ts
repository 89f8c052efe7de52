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
  { name: 'Cliënten', circle: 'binnencirkel', role: 'inwoners met een psychische kwetsbaarheid: zelfstandig in de wijk, in of na BW, dak- of thuisloos, in of na vrouwenopvang, met OGGZ-problematiek of verslaving, of in nazorg na detentie' },
  { name: 'Wijkbewoners', circle: 'binnencirkel', role: 'buren die kunnen opvangen, maar ook uitsluiten of zich zorgen maken over veiligheid' },
  { name: 'Informele netwerken', circle: 'binnencirkel', role: 'familie, vrienden en bekenden van sport, werk of club waarop de cliënt kan steunen' },
  { name: 'Buurt- en vrijwilligersinitiatieven', circle: 'binnencirkel', role: 'initiatieven van en voor wijkbewoners, met of zonder kwetsbaarheid' },
  { name: 'Participatie en activiteiten', circle: 'buitencirkel', role: 'werk, vrijwilligerswerk, opleiding, dagbesteding en sport die regelmaat en netwerk geven' },
  { name: 'Woningcorporaties', circle: 'buitencirkel', role: 'verhuren betaalbare woningen, signaleren problemen en zien het draagvlak in wijken' },
  { name: 'Veiligheidsketen', circle: 'buitencirkel', role: 'politie, Veilig Thuis Flevoland en het Regionaal Meldpunt OGGz verbinden leefbaarheid en veiligheid' },
  { name: 'Wijkteams', circle: 'buitencirkel', role: 'spil in de wijk: kennen de inwoner en het aanbod en werken outreachend' },
  { name: 'Aanbieders intramurale voorzieningen (BW/MO/VO)', circle: 'buitencirkel', role: 'vangen tijdelijk op en bereiden terugkeer naar de wijk voor' },
  { name: 'Aanbieders ambulante ondersteuning', circle: 'buitencirkel', role: 'begeleiden cliënten die zelfstandig in de wijk wonen' },
  { name: 'Maatschappelijk werk en welzijn', circle: 'buitencirkel', role: 'ondersteunen bij geld, praktische vragen en emotionele zorgen' },
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
