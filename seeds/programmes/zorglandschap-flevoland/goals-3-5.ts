import { year } from '../build';
import type { Hoofddoel } from './shape';

/** Hoofddoel 3, 4 and 5 of the Zorglandschap Wmo Flevoland (shared/seeds/002), in our own words. */
export const hoofddoel3: Hoofddoel = {
  code: '3',
  title: 'Een gedifferentieerd en passend aanbod dat regionaal goed gespreid is',
  challenge:
    'Steeds meer psychisch kwetsbare inwoners wonen in de wijk, na beschermd wonen (Wmo) of na behandeling (Zvw, hoofdlijnenakkoord GGZ), in lijn met de Commissie Dannenberg. Gemeenten moeten voor hen passende ondersteuning regelen, van hulp thuis tot 24-uurszorg in de nabijheid en tussenvormen.',
  casus:
    'Maruan woonde dertig jaar bij zijn ouders en drie jaar in beschermd wonen, waar zijn autisme aan het licht kwam. Hij is klaar om zelfstandig te wonen met ambulante begeleiding die bij een terugval snel kan opschalen.',
  fundamenten: [
    {
      code: '1',
      title: 'Continuïteit en flexibiliteit in aanbod',
      doelstelling: 'Maruan krijgt zorg die doorloopt en meebeweegt, en kan in een crisis terecht bij het regionaal integraal crisisteam.',
      context:
        'Het integraal crisisinterventieteam is er voor iedereen in Flevoland bij een crisis door acute psychiatrie, huiselijk geweld, ouderen- of kindermishandeling, verward gedrag, jeugd- en opvoedproblemen of een combinatie. Het werkt de eerste 24 uur aan rust en herstel en draagt daarna over. Het is iets anders dan de crisisdienst uit de ggz-behandeling (Zvw).',
      results: [
        {
          text: 'Elke gemeente heeft een lokaal basisaanbod van formele ondersteuning dichtbij; aanbieders worden gestuurd op doorlopend en flexibel aanbod.',
          scope: 'lokaal',
        },
        'Psychisch kwetsbare inwoners worden in de wijk goed ondersteund met het bestaande zorgaanbod.',
        {
          text: 'Bij een psychiatrische of psychosociale crisis kunnen inwoners van Flevoland terecht bij het regionaal integraal crisisinterventieteam.',
          scope: 'regionaal',
        },
      ],
    },
    {
      code: '2',
      title: 'Nieuwe vormen van ambulante hulpverlening',
      doelstelling: 'Waar het bestaande aanbod thuis tekortschiet, komen er intensievere ambulante vormen.',
      results: ['Aanbieders in de regio bieden vernieuwende, ook intensieve, ambulante hulp.'],
    },
    {
      code: '3',
      title: 'Passend aanbod voor specifieke behoeften',
      doelstelling: 'Maruan krijgt aanbod dat past bij zijn eigen behoeften.',
      context:
        "Sinds 2018 werken de Flevolandse gemeenten met Zilveren Kruis in het project 'GGZ in de wijk' aan afspraken over begeleiding (Wmo) en behandeling (Zvw). Om wachtlijsten te verkorten werken gemeenten, huisartsen, ggz-aanbieders en cliëntvertegenwoordigers samen in een regionale taskforce; www.wegvandewachtlijst.nl rapporteert per kwartaal per regio.",
      results: [
        // The document lists this result twice in a row; kept once.
        'Elke doelgroep vindt bij de gemeenten voorzieningen die passen bij haar eigen behoeften.',
        'De gemeenten weten hoe de maatschappelijke opvang er in de toekomst uit moet zien, afgestemd op wat de regio nodig heeft.',
        'Ook voor vrouwenopvang en andere voorzieningen voor gezinnen met kinderen is er een toekomstbeeld.',
        'Gemeenten en zorgverzekeraars ondersteunen samen cliënten die uitstromen uit Zvw-behandelinstellingen en cliënten die zowel Wmo- als Zvw-zorg nodig hebben.',
      ],
    },
    {
      code: '4',
      title: 'Evenwichtige spreiding 24-uursvoorzieningen over de regio',
      doelstelling: 'Maruan kan altijd terecht doordat BW- en MO-voorzieningen evenwichtig over de regio verdeeld zijn.',
      results: ['De regionale voorzieningen zijn zo evenwichtig mogelijk over de regio gespreid, volgens het af-, om- en opbouwplan.'],
      references: 'Verwijst voor de spreidingsafspraken naar het af-, om- en opbouwplan (actie 2.3.2).',
    },
  ],
  aanpalend:
    "Begeleiding en behandeling moeten goed aansluiten ('Samenwerking zorgverzekeraars'); gemeenten en zorgverzekeraars hebben daarvoor een gezamenlijke werkagenda.",
};

export const hoofddoel4: Hoofddoel = {
  code: '4',
  title: 'Cliëntondersteuning, ervaringsdeskundigheid en betrokkenheid van de omgeving',
  challenge:
    'Ondersteuning moet aansluiten bij wat cliënten willen, via hun netwerk, onafhankelijke cliëntondersteuners en ervaringsdeskundigen; beleid wordt samen met cliënten en ervaringsdeskundigen gemaakt.',
  casus:
    'Mike woont bijna een jaar in Dronten. Ervaringsdeskundige Maurice is zijn maatje geworden, en Mike denkt erover zelf ervaringsdeskundige te worden. Voor zijn herindicatie zoekt hij iemand die uitlegt wat er van hem verwacht wordt.',
  fundamenten: [
    {
      code: '1',
      title: 'Aansluiten bij wensen en behoeften',
      doelstelling: 'Mike en zijn netwerk krijgen wonen, zorg en ondersteuning die passen bij hun wensen.',
      context: 'Cliënt- en familieondersteuning is een Wmo-taak van elke gemeente en staat in het lokaal basisaanbod (bijlage 1).',
      results: ['Er zijn cliënt- en familieondersteuners beschikbaar.', 'Bij de hulp worden de mensen om de cliënt heen betrokken.'],
    },
    {
      code: '2',
      title: 'Informeren over rechten, plichten, werkwijzen en aanbod',
      doelstelling: 'Mike kent zijn rechten en plichten en weet hoe het (veranderende) aanbod werkt.',
      results: [
        {
          text: 'Er zijn onafhankelijke cliëntondersteuners die regionaal inzetbaar zijn voor wie een beroep doet op regionale voorzieningen.',
          scope: 'regionaal',
        },
        {
          text: 'Regionale vormen van onafhankelijke cliëntondersteuning informeren cliënten over rechten, plichten, werkwijzen en aanbod.',
          scope: 'regionaal',
        },
      ],
      references: 'Onafhankelijke cliëntondersteuning als Wmo-taak: actie 5.1.1 van het uitvoeringsprogramma.',
    },
    {
      code: '3',
      title: 'Ervaringsdeskundigheid',
      doelstelling: 'Mike kan een ervaringsdeskundige inschakelen of zelf als ervaringsdeskundige bijdragen.',
      results: [
        'Ervaringsdeskundigen worden ingezet bij het herstel van cliënten.',
        { text: 'Er zijn genoeg regionaal inzetbare ervaringsdeskundigen.', scope: 'regionaal' },
        'Cliënten en hun vertegenwoordigers hebben een stem in nieuwe ontwikkelingen in het zorglandschap Wmo.',
      ],
    },
  ],
  aanpalend:
    'Het betrekken van cliënten en ervaringsdeskundigen is een speerpunt in het hele sociaal domein; daar kan over en weer van geleerd worden.',
};

export const hoofddoel5: Hoofddoel = {
  code: '5',
  title: 'Transformatie binnen de beschikbare budgetten',
  challenge:
    'BW, MO en vrouwenopvang liggen verspreid over de regio en cliënten verhuizen tussen gemeenten; dat vraagt afspraken over verdeling van middelen en solidariteit, zodat goede zorg binnen het budget blijft.',
  casus:
    'De verhalen van Mike, Michelle, Maruan en Mirjam laten zien dat voorzieningen en herkomst van cliënten over verschillende gemeenten verspreid zijn.',
  context: [
    'Doordecentralisatie: Almere is nu centrumgemeente. Vanaf 2022 gaat een deel van het BW-geld voor nieuwe cliënten via een objectief verdeelmodel naar alle zes gemeenten; bestaande cliënten blijven bij de centrumgemeente; het ingroeipad duurt 10 jaar. Verwacht wordt dat het BW-budget voor Flevoland daalt.',
    'Wlz: vanaf 2021 staat de Wlz ook open voor mensen met een psychiatrische grondslag (aanmelden vanaf 2020); per cliënt beslist het CIZ. Hoeveel budget naar de Wlz gaat en hoeveel cliënten overgaan is nog onbekend.',
    'Ambulantisering: meer mensen wonen na BW of ggz-behandeling in de wijk. Gemeenten met veel instellingen dragen vaker de kosten van begeleiding, woningen en uitkeringen van wie blijft wonen.',
  ].join('\n\n'),
  fundamenten: [
    {
      code: '1',
      title: 'Regionale financiële afspraken',
      doelstelling: 'De gemeenten verdelen regionale kosten op een solidaire manier.',
      context:
        'Nodig zijn keuzes over: 1) verdeling van kosten van regionale voorzieningen, 2) solidariteit bij een regionaal tekort of overschot, 3) solidariteit bij scheve spreiding van voorzieningen, 4) een inkoopwijze die past bij de toekomst.',
      results: [
        {
          text: 'In 2020 lopen projecten en activiteiten die de transformatie van het zorglandschap Wmo ondersteunen.',
          deadline: year(2020),
        },
        'Per 2022 blijft de centrumgemeente verantwoordelijk voor inkoop, contractmanagement, financiering, toegang en toelating van regionale voorzieningen; de lokale gemeenten zijn per 2022 verantwoordelijk voor de lokale voorzieningen uit bijlage 1.',
        {
          text: 'Er ligt een uitgewerkt regionaal scenario voor kostenverdeling van regionale voorzieningen en voor solidariteit.',
          scope: 'regionaal',
        },
        {
          text: 'Voor het sturen en inkopen van regionale voorzieningen kiest de regio een model dat de doelen van het regionaal kader dient.',
          scope: 'regionaal',
        },
        { text: 'De regio werkt met dat model voor sturing en inkoop.', scope: 'regionaal' },
        {
          text: 'De regio weet hoeveel cliënten naar de Wlz uitstromen, hoeveel Wmo-budget overblijft en hoeveel Wmo-cliënten er per regionale voorziening zijn.',
          scope: 'regionaal',
        },
      ],
    },
  ],
  aanpalend:
    'Financiële ontwikkelingen in aanpalende thema’s tellen mee, zoals ambulantisering, de aanpak van personen met verward gedrag en de Wvggz. Sterkere wijken helpen alle psychisch kwetsbare inwoners; verwacht wordt dat er dan minder verward gedrag wordt gemeld en minder Wvggz-maatregelen nodig zijn.',
};
