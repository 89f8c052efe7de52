import { day, due, year } from '../build';
import type { DinProject } from './shape';

/** Bijlage II: the six DIN projects of secundaire preventie; numbering restarts at 1 as in the document. */
export const secondaryProjects: DinProject[] = [
  {
    code: '1',
    title: 'Regie door de cliënt',
    description: 'Met een crisis- of hulpkaart en een crisispakket houdt de cliënt meer zelf de regie.',
    doel: 'Zo veel mogelijk mensen hebben een actuele crisis- of hulpkaart; de kaart is bekender en wordt door zorgaanbieders gedragen. Naast de kaart moeten ook andere bruikbare hulpmiddelen bereikbaar zijn.',
    gemeenten:
      'Laten sociale teams en netwerken dit uitvoeren, leveren capaciteit voor de doorontwikkeling van het crisispakket en starten de evaluatie.',
    menzis: 'Neemt de crisiskaart op in de contractering, maakt kaart en pakket bekend en denkt vanuit haar expertise mee over het pakket.',
    aanbieders:
      'Zetten de kaart op hun website, bespreken hem met cliënten en nemen hem op in elk relevant behandel- of ondersteuningsplan, en denken mee over het crisispakket.',
    resultaat: 'Het crisispakket, met de crisiskaart, is bereikbaar en toegankelijk.',
    deadline: year(2021, 'eind 2021'),
    tijdspad: [
      [year(2021, 'begin 2021'), 'crisis- of hulpkaart op elke website'],
      [year(2021, 'vanaf medio 2021'), 'crisiskaart gemaakt voor elke relevante patiënt'],
      [year(2021, 'eind 2021'), 'crisispakket bereikbaar en toegankelijk'],
    ],
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    acties: ['Een trainee namens de Groninger gemeenten volgt en evalueert de voortgang.'],
  },
  {
    code: '2',
    title: 'Provinciedekkende pilot FACT Jeugd, 12 tot 23 jaar',
    description: 'Jongeren van 12 tot 23 jaar beter helpen herstellen.',
    doel: 'Jongeren (12-23) met ernstige psychische problemen kunnen in elke gemeente vanaf een bereikbare plek FACT Jeugd krijgen: intensieve ambulante zorg waarin behandeling en begeleiding naar maatschappelijk herstel samengaan.',
    gemeenten:
      'Via de RIGG worden FACT-trajecten voor minderjarigen ingekocht; elk van de 3 FACT-teams krijgt van de gemeenten een medewerker voor begeleiding en maatschappelijk herstel, voor jongeren onder en boven de 18.',
    menzis: 'Koopt FACT-trajecten in voor jongeren vanaf 18 jaar, in plaats van intramurale behandeling.',
    aanbieders: 'Groeien in de pilot in fasen van 1 naar 3 FACT Jeugd-teams en leveren gegevens aan om de pilot te volgen en te evalueren.',
    resultaat:
      'Terugval (naar FACT Jeugd, FACT volwassenen of ggz met verblijf) daalt of blijft gelijk; kosten per cliënt blijven gelijk of dalen; minder plaatsingen in gesloten jeugdzorg en minder verlengde jeugdhulptrajecten; medisch en sociaal domein sluiten beter aan.',
    deadline: due('1-1-2020 tot 1-2022', 'periode', '2020-01-01', '2022-01-31'),
    financien:
      'Menzis contracteert FACT Jeugd-trajecten vanaf 18 jaar; de RIGG contracteert trajecten tot 18 jaar (gemiddeld 2 jaar, hoogstens 200 behandeluren per traject); per team dat voor hen werkt financieren de gemeenten samen 0,6 fte Wmo-begeleiding.',
    budget: { kind: 'ander-fonds', fund: 'contractering door Menzis (vanaf 18 jaar), RIGG (tot 18 jaar) en gemeenten (Wmo-begeleiding)' },
    acties: ['Menzis, RIGG en gemeenten volgen de productieafspraken en de realisatie.'],
  },
  {
    code: '3',
    title: 'Betere integrale zorg',
    description:
      'Zorg die beter samenhangt en patiënten meer zelf laat beslissen, met het project in Oldambt en de herstelacademie in Stadskanaal als voorbeeld.',
    doel: 'Patiënten van FACT blijven bij een crisis of na een E33-melding in de reguliere zorg; de juiste professional levert de juiste zorg op de juiste plek.',
    gemeenten:
      'Stellen een sociaal team in staat de methodiek toe te passen en dragen mede verantwoordelijkheid voor deze FACT-patiënten vanuit het sociaal domein.',
    menzis: 'Maakt met gecontracteerde aanbieders afspraken over deze samenwerking.',
    aanbieders: 'VNN en Lentis faciliteren hun FACT-teams.',
    resultaat:
      'Elke gemeente heeft een samenwerkingsmodel tussen FACT-teams en sociale teams of wijkteams, zodat chronisch psychisch kwetsbare patiënten vanuit sociaal en medisch domein goed worden ondersteund en in een crisis of na een melding op de juiste plek worden geholpen.',
    deadline: due('1-1-2022 overall gerealiseerd', 'datum', '2022-01-01', '2022-01-01'),
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    algemeen:
      'Samen voor Herstel is een model waarin de patiënt de regie heeft en vanuit sociaal en medisch domein goed wordt ondersteund en behandeld.',
    acties: [
      'Samen voor Herstel in de provincie uitrollen, eerst in Westerkwartier en daarna in Oldambt, en de lessen van deze en andere voorbeelden delen met de Groninger gemeenten.',
    ],
  },
  {
    code: '4',
    title: 'Conflicterende procedures identificeren',
    description: 'Belemmerende en tegenstrijdige procedures en regels eerder opsporen en doorbreken.',
    doel: 'Psychisch kwetsbare mensen krijgen er geen problemen bij door een stapeling van regels.',
    gemeenten:
      'Sporen binnen hun mogelijkheden belemmerende regels op en doorbreken ze; maken met aanbieders en Menzis afspraken zodat gekozen interventies uitvoerbaar zijn; nemen obstakels weg rond huisvesting, werk, inkomen, participatie, zorg en vertrouwd netwerk; onderzoeken met Menzis een Grijs Fonds om eerst op te lossen en achteraf te bepalen wie betaalt.',
    menzis:
      'Spoort binnen haar mogelijkheden belemmerende regels op en doorbreekt ze; maakt met gemeenten afspraken zodat gekozen interventies uitvoerbaar zijn; onderzoekt met gemeenten een Grijs Fonds.',
    aanbieders:
      'Kennen de procedures en termijnen, melden problemen vroeg bij de juiste instantie en begeleiden hun cliënt passend bij procedures en regels.',
    resultaat: 'Duidelijk minder knelpunten in zorg en ondersteuning.',
    deadline: due('vanaf 1-7-2021', 'datum', '2021-07-01', '2021-07-01'),
    tijdspad: [[day('2021-07-01', '1-7-2021'), 'er is een Grijs Fonds']],
    financien: 'Een reservering in de kosten, of eventueel incidentele financiering voor een jaar.',
    budget: { kind: 'onbekend' },
    acties: ['Subsidieaanvraag bij ZonMw en VWS voor het Grijs Fonds.'],
  },
  {
    code: '5',
    title: 'Betere toeleiding Vroegsignalering',
    description: 'Betere toeleiding naar zorg en vroegsignalering.',
    doel: 'Het aantal E33-meldingen over personen met verward gedrag daalt met ten minste 10%, als gezamenlijke verantwoordelijkheid van gemeente, politie en zorgaanbieders; er zijn minder crisismeldingen.',
    gemeenten:
      'Sociale teams weten welke inwoners die zij ondersteunen psychisch kwetsbaar zijn, maken met hen afspraken om avond, nacht en weekend zonder crisis door te komen (of laten aanbieders dat doen), stemmen per cliënt af met behandelaars en schalen tijdig op; elke gemeente organiseert met politie en Lentis een vroegsignaleringsoverleg, liefst in een bestaand overleg; er zijn afspraken over gegevensdeling; hardnekkige problemen gaan naar de stuurgroep van de Keten Acute Psychiatrie.',
    menzis:
      'Maakt met organisaties afspraken om crisismeldingen te laten dalen en zorgt voor een sluitende, domeinoverstijgende 24-uursaanpak.',
    aanbieders:
      'Voorkomen zo veel mogelijk crises bij eigen cliënten: behandelaars schatten in of iemand nacht of weekend doorkomt, maken afspraken met cliënt en naasten en zorgen dat de crisiskaart goed gebruikt wordt; spreken met andere 24-uursaanbieders interventies af; nemen zo nodig deel aan het vroegsignaleringsoverleg over E33-meldingen; maken afspraken over gegevensdeling, schalen tijdig op en agenderen hardnekkige problemen bij de stuurgroep van de Keten Acute Psychiatrie.',
    resultaat: '10% minder crisis- en E33-meldingen.',
    deadline: year(2021, 'eind 2021'),
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    acties: [
      'Een bijeenkomst (oploop) over vroegsignalering als snelle verbinding tussen justitie, zorg en sociaal domein.',
      'Een student inventariseert en monitort in de stad.',
      'Een trainee inventariseert en monitort in de regio.',
    ],
  },
  {
    code: '6',
    title: 'Meer scharrelruimte',
    description: 'Minder regeldruk voor professionals in de uitvoering.',
    doel: 'Minder regeldruk voor uitvoerenden en meer ruimte voor maatwerk.',
    gemeenten:
      'Geven eigen medewerkers meer scharrelruimte, maken er afspraken over met gecontracteerde aanbieders en zoeken kritisch naar minder regeldruk.',
    menzis:
      'Maakt met gecontracteerde aanbieders afspraken over scharrelruimte voor de professional en zoekt kritisch naar minder regeldruk.',
    aanbieders: 'Maken met gemeente en Menzis afspraken over scharrelruimte en doen voorstellen om regeldruk te verminderen.',
    resultaat: 'Professionals in de uitvoering hebben meer scharrelruimte.',
    deadline: due('P.M.', 'geen'),
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    acties: [
      'Casustafels organiseren of bij bestaande aansluiten om de scharrelruimte te bepalen, met vertegenwoordigers van burgers/patiënten, Menzis, gemeenten en aanbieders.',
      'Met subsidieaanvragen bij ZonMw en VWS extra budget zoeken.',
    ],
  },
];
