import { due, ongoing, year } from '../build';
import type { DinProject } from './shape';

/** Bijlage I: the eight DIN projects of primaire preventie, numbered 1-8 as in the document. */
export const primaryProjects: DinProject[] = [
  {
    code: '1',
    title: 'Bespreekbaar maken',
    description: 'Psychische problemen horen bij het leven; dit project maakt ze bespreekbaar.',
    doel: 'Gemeenten, zorgverzekeraar en aanbieders steunen, stimuleren of starten regionale initiatieven die het beeld van en de verwachtingen over psychisch kwetsbare mensen normaliseren.',
    gemeenten: 'Nodigen inwoners uit taboedoorbrekende initiatieven aan te dragen en organiseren zelf activiteiten.',
    menzis: 'Start, stimuleert of steunt een regionaal initiatief dat aan dit doel bijdraagt.',
    aanbieders: 'Brengen expertise in en dragen actief bij in de Groninger gemeenten.',
    resultaat: 'In elke gemeente zijn ten minste twee activiteiten gesteund, gestimuleerd of gestart.',
    deadline: ongoing('vanaf 2020, jaarlijks terugkerend'),
    financien: 'Incidentele bijdragen, begroot op € 5.000; ook gemeentelijke budgetten voor collectieve preventie ggz kunnen bijdragen.',
    budget: { kind: 'bedrag', cents: 5_000 * 100 },
    acties: [
      "VPRO Tegenlicht Meet Up over 'Gewoon Gek' op meerdere plekken in de provincie; de eerste op 15 oktober 2020 in Winschoten.",
      "Theatervoorstellingen over ggz-thema's met nagesprek (onder anderen Kris Vesseur, Fool Color).",
      'Lezingen door experts uit de deelnemende organisaties.',
      'Mental Health First Aid: in 2020 drie keer in Westerwolde en in Delfzijl, in 2021 in meer gemeenten, in 2022 dekkend in de hele provincie.',
    ],
  },
  {
    code: '2',
    title: 'Leefstijl',
    description: 'Er is te weinig oog voor hoe leefstijl lichamelijke en psychische klachten beïnvloedt.',
    doel: 'Leefstijl, met zijn grote invloed op lichaam en geest, krijgt een vaste plek in alle zorg en ondersteuning, die elkaar hierin aanvullen.',
    gemeenten:
      'Maken SMART-afspraken met zorgaanbieders over leefstijl in hun aanbod en weten welke geregistreerde GLI-aanbieders in de gemeente werken.',
    menzis:
      'Legt het belang van leefstijl in behandelingen vast in SMART-afspraken met aanbieders en deelt kennis erover met klanten en aanbieders.',
    aanbieders:
      'Nemen leefstijl op in behandelingen en zoeken met de sociale wijkteams (in de stad: WIJ) naar manieren om gezond leven in het dagelijks bestaan in te passen.',
    resultaat:
      'Menzis en de Groninger gemeenten vergroten het besef dat leefstijlinterventies nodig zijn en maken daarover resultaatafspraken met aanbieders.',
    deadline: year(2022),
    tijdspad: [
      [year(2021), 'pilots met de gecombineerde leefstijlinterventie (GLI) voor de doelgroep in enkele gemeenten'],
      [year(2022), 'provinciebreed GLI-aanbod voor de doelgroep'],
    ],
    financien: 'Via bilaterale contractafspraken van gemeenten en zorgverzekeraar.',
    budget: { kind: 'ander-fonds', fund: 'bilaterale contractafspraken van gemeenten en zorgverzekeraar' },
    acties: [
      'De app Samen Gezond met activity trackers beschikbaar stellen.',
      '(Sport)evenementen voor de doelgroep met leefstijl als thema mogelijk maken.',
      'De GLI vertalen naar de doelgroep en in pilots uitproberen.',
    ],
  },
  {
    code: '3',
    title: 'Bereikbaarheid en terugdringen wachttijden',
    description:
      'Drempels om hulp te vragen verlagen, hulp en behandeling beter bereikbaar maken en wachttijden verkorten, in samenhang met de Regionale taskforce wachttijden ggz.',
    doel: 'Elke gemeente heeft laagdrempelige, goed bereikbare hulp voor wie het tijdelijk minder gaat en op gespecialiseerde zorg wacht.',
    gemeenten: 'Maken een overzicht van deze hulp en maken het bekend bij inwoners.',
    menzis:
      'Zorgt dat huisartsen en hun POH-ggz goed zijn aangesloten, maakt afspraken met ggz-aanbieders over wachtenden en over verantwoordelijkheden, en stimuleert de ggz-consultatiefunctie voor niet-ggz-specialisten.',
    aanbieders:
      'Kennen de voorzieningen per gemeente, verwijzen wachtenden er actief naar en maken werkafspraken met Menzis over verantwoordelijkheden.',
    resultaat:
      'Een overzicht van voorzieningen ligt er, en 10% van wie op een ggz-wachtlijst staat is actief doorverwezen naar laagdrempelige hulp.',
    deadline: year(2021, 'eind 2021'),
    tijdspad: [
      [year(2021, 'medio 2021'), 'overzicht gereed'],
      [year(2021, 'eind 2021'), 'aanbieders kunnen wachtlijstpatiënten actief doorverwijzen'],
    ],
    financien: 'Elke partij betaalt uit haar gewone budget.',
    budget: { kind: 'ander-fonds', fund: 'reguliere budgetten van alle partijen' },
    acties: [
      'De programmamanager organiseerde een werkbezoek aan herstelacademie Enik in Utrecht voor burgers, gemeenten, Menzis en aanbieders.',
      'Samen vernieuwende werkwijzen tegen wachtlijsten inventariseren en concrete voorstellen uitwerken.',
    ],
  },
  {
    code: '4',
    title: 'Aansluiting in keten en passende zorg na 112-melding',
    description: 'De zorgketen beter laten aansluiten en de (vervolg)zorg na een 112-melding verbeteren.',
    doel: '1. Inzicht in wat nodig is bij meldingen bij de meldkamer Noord-Nederland over personen met verward of onbegrepen gedrag. 2. Goede (vervolg)zorg. 3. Betere 24-uurs bereikbaarheid en beschikbaarheid van hulp.',
    gemeenten:
      'Starten met subsidie een pilot in de stad, afgestemd met de Keten Acute Psychiatrie en aansluitend op de pilot Psycholance (ook in het borgingsoverleg); zorgen dat sociale teams bereikbaar zijn; maken met Menzis en aanbieders afspraken over sluitende bereikbaarheid, afgestemd met het meldpunt niet-acute zorg en het Wvggz-meldpunt; regelen tijdelijke opvang als iemand niet naar huis kan; starten de (tussen)evaluatie en besluiten, met Menzis en de keten, over het vervolg.',
    menzis: 'Maakt afspraken met gecontracteerde aanbieders over 24-uurs bereikbaarheid en beschikbaarheid voor mensen in zorg.',
    aanbieders: 'VNN, Lentis en de GGD leveren professionals voor de pilot.',
    resultaat:
      'Inzicht in soort en omvang van de problemen en in de aansluiting die het sociaal domein vraagt; minder mensen op de CBL; goede samenwerking met Psycholance, CBL en politie; een sluitende 24-uurs bereikbaarheid bij gemeenten en (forensische) aanbieders; mensen in FACT- of andere ggz-zorg belanden niet door armoede bij de crisisdienst; in een crisis helpt het eigen behandelteam snel; er is een overzicht van wie wanneer bereikbaar is.',
    deadline: due('januari 2021 – 31 december 2021', 'periode', '2021-01-01', '2021-12-31'),
    financien: 'Subsidie van ZonMw met cofinanciering.',
    budget: { kind: 'ander-fonds', fund: 'subsidie ZonMw met cofinanciering' },
    algemeen: 'Wordt nauw afgestemd met de Groningse pilot Psycholance.',
    acties: ['Subsidieaanvraag bij ZonMw (procedure september-november 2020).'],
  },
  {
    code: '5',
    title: 'Betere zorgroutes',
    description: 'De bestaande zorgroutes verbeteren.',
    doel: 'Professionals in zorg en ondersteuning werken met gezamenlijk vastgestelde zorgroutes, zodat psychisch kwetsbare personen eenduidig worden benaderd; afwijken mag als dat betere zorg oplevert.',
    gemeenten: 'Nemen het initiatief voor zorgroutes over de domeinen heen en ontwikkelen die met ketenpartners en Menzis.',
    menzis: 'Werkt met gemeenten en ketenpartners aan zorgroutes over de domeinen heen.',
    aanbieders:
      'Werken met gemeenten, ketenpartners en Menzis aan integrale zorgroutes als basis voor de aanpak Melding, Beoordeling, Passende zorg en vervoer.',
    resultaat:
      'Professionals zijn goed toegerust en iemand met verward of onbegrepen gedrag wordt zo eenduidig mogelijk benaderd en ondersteund.',
    deadline: year(2021, 'gereed 2021'),
    financien: 'Deels gedekt uit de ZonMw-subsidie en cofinanciering.',
    budget: { kind: 'ander-fonds', fund: 'deels subsidie ZonMw met cofinanciering' },
    algemeen: 'Voor de Wet verplichte ggz bestaat al een zorgroute.',
    acties: ['Een kleine werkgroep volgt de invoering van beslisboom en stroomschema’s en past ze zo nodig aan.'],
  },
  {
    code: '6',
    title: 'Meer goede voorbeelden',
    description:
      'Beter zicht op goede voorbeelden en wat ze laat werken, zoals de wijk-GGD’er, Welzijn op Recept, Gewoon doen, Joint Venture, The Way Back, Samen voor Herstel, vroegsignalering en Beschermd Leven.',
    doel: 'De werkgroep MJP brengt goede voorbeelden en hun werkzame bestanddelen in kaart en verspreidt die kennis onder gemeenten en aanbieders.',
    gemeenten:
      'Toetsen de inventarisatie op juistheid en volledigheid, regelen besluitvorming over het overnemen van werkzame bestanddelen passend bij lokaal beleid en verspreiden de kennis onder hun gecontracteerde aanbieders.',
    menzis: 'Faciliteert het invoeren van werkzame bestanddelen en brengt de kennis over op haar gecontracteerde aanbieders.',
    aanbieders: 'Analyseren de aangereikte bestanddelen en voeren ze actief in.',
    resultaat: 'Goede voorbeelden en wat ze laat werken staan in één overzicht.',
    deadline: due('per 1 januari 2022', 'datum', '2022-01-01', '2022-01-01'),
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    acties: [
      'De nieuwe Stichting Sedibus faciliteert een community voor het delen van goede praktijken; Lentis en andere zorgbedrijven doen mee en de kennis wordt gedeeld met gemeenten en partners.',
      'Zoeken naar goede voorbeelden uit acute zorg en sociaal domein, bijvoorbeeld projecten met ZonMw-subsidie.',
      'Samen voor Herstel op meer plekken invoeren: in 2020 in Westerkwartier, in 2021 in Oldambt.',
    ],
  },
  {
    code: '7',
    title: 'Meer aandacht voor KVO en KOPP',
    description: 'Aandacht voor kinderen van verslaafde ouders (KVO) en kinderen van ouders met psychische problemen (KOPP).',
    doel: 'Minder overdracht van psychische problemen van ouders op kinderen, door aandacht voor KVO en KOPP.',
    gemeenten: 'Hanteren de KOPP-richtlijn met bewezen interventies als norm bij contractering en maken de kindcheck verplicht.',
    menzis: 'Hanteert de KOPP-richtlijn met bewezen interventies als norm bij contractering en maakt de kindcheck verplicht.',
    aanbieders:
      'Werken standaard met de KOPP-richtlijn en de kindcheck, signaleren vroeg, ondersteunen KOPP/KVO en leggen waar mogelijk de verbinding met het sociaal domein voor laagdrempelige hulp aan ouder en kind.',
    resultaat: 'Minder overdracht tussen generaties bij KOPP/KVO.',
    deadline: year(2022),
    tijdspad: [
      [
        year(2020),
        'verkennen hoe dit in (gemeentelijke) afspraken met aanbieders past, en hoe het aansluit op Goede Start/Kansrijke Start',
      ],
      [year(2021, 'vanaf 2021'), 'onderdeel van nieuwe (gemeentelijke) afspraken met aanbieders'],
      [year(2021), 'pilot in Oost-Groningen'],
      [year(2022), 'samenwerking met Goede Start/Kansrijke Start gerealiseerd'],
    ],
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    algemeen: 'De verbinding met Kansrijke Start is gelegd.',
    acties: ['Afspreken hoe groepen worden gefinancierd.'],
  },
  {
    code: '8',
    title: 'Passende huisvesting',
    description: 'Passende woonruimte vinden voor mensen met een psychische kwetsbaarheid.',
    doel: 'Inzicht in kwaliteit en hoeveelheid passende huisvesting voor psychisch kwetsbare mensen.',
    gemeenten:
      'Stellen de inhoud van hun prestatieafspraken met corporaties samen beschikbaar, maken afspraken met gecontracteerde aanbieders over betrouwbare woonbegeleiding, en met corporaties en aanbieders over bereikbaarheid bij meldingen zoals overlast.',
    menzis: 'geen',
    aanbieders:
      'Bieden betrouwbare begeleiding bij wonen en zorg, zijn bereikbaar bij meldingen zoals overlast en melden knelpunten actief bij de gemeente.',
    resultaat:
      'Gemeenten en corporaties weten of er genoeg passende huisvesting is voor psychisch kwetsbare mensen en wat nodig is om die te realiseren.',
    deadline: due('1 oktober 2020 – 1 juli 2021', 'periode', '2020-10-01', '2021-07-01'),
    financien: 'Geen extra financiering.',
    budget: { kind: 'bedrag', cents: 0 },
    acties: [
      'Een slagvaardig projectteam van MJP, programma Beschermd Wonen en Transformatieagenda Jeugd.',
      'Zichtbare acties met woningcorporaties, gemeenten en zorgorganisaties voor betere doorstroom en meer passende woningen.',
    ],
  },
];
