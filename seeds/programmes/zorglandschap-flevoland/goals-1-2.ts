import type { Hoofddoel } from './shape';

/** Hoofddoel 1 and 2 of the Zorglandschap Wmo Flevoland (shared/seeds/002), in our own words. */
export const hoofddoel1: Hoofddoel = {
  code: '1',
  title: 'Versterking draagkracht en draagvlak wijken, zodat inwoners zich welkom voelen',
  challenge:
    'Wat een inwoner wil en kan is het vertrekpunt voor herstel. Gemeenten willen een warme ontvangst in de wijk, letten extra op wijken met veel sociale huur waar relatief veel kwetsbare inwoners komen te wonen, streven naar meer gemengde wijken en zorgen dat buurtbewoners signalen en zorgen kwijt kunnen.',
  casus:
    'Mike woont net zelfstandig in Dronten na een verslavingsverleden. Via een sportbuurtcoach vindt hij een yogaclub; zijn buren reageren verschillend: de een wil helpen, de ander vindt het onveilig.',
  fundamenten: [
    {
      code: '1',
      title: 'Ondersteuning in eigen woonomgeving',
      doelstelling: 'Mike krijgt ondersteuning dichtbij, in zijn eigen woonomgeving, en snel extra hulp als hij terugvalt.',
      results: [
        'Met de cliënt wordt een perspectiefplan gemaakt voor herstel, participatie en zelfredzaamheid, zo nodig met een onafhankelijke cliëntondersteuner.',
        {
          text: 'Elke gemeente heeft een lokaal basisaanbod van formele en informele ondersteuning dichtbij huis voor psychisch kwetsbare inwoners.',
          scope: 'lokaal',
        },
        'Wijkteams hebben wat ze nodig hebben om hulp dichtbij huis te organiseren.',
        { text: 'Wijkteams en aanbieders in elke gemeente kennen de actuele sociale kaart of factsheet.', scope: 'lokaal' },
        'Wie uit een psychiatrische opname of detentie komt, gaat terug naar de eigen wijk.',
      ],
    },
    {
      code: '2',
      title: 'Het informele netwerk',
      doelstelling: 'Mike heeft familie, vrienden en buren om op terug te vallen en betekent zelf ook iets voor hen.',
      results: [
        'Aanbieders helpen cliënten bewust hun netwerk uit te breiden: nieuwe mensen leren kennen en oude contacten onderhouden of herstellen.',
        'Wijkteams en aanbieders kennen lokale initiatieven (verenigingen, welzijn, burgerinitiatieven, algemene voorzieningen), wijzen cliënten erop en hebben de contactgegevens van de andere Flevolandse wijkteams.',
      ],
    },
    {
      code: '3',
      title: 'Draagkracht en draagvlak in de wijk',
      doelstelling: 'Mike woont in een wijk die hem kan dragen, en ook zijn buren weten waar ze met vragen en zorgen terecht kunnen.',
      results: [
        'Gemeenten werken met de aanpak van Windesheim (lectoraat Ggz en samenleving): die begeleidt kwetsbare inwoners bij hun komst in de wijk, laat zien hoeveel draagkracht en draagvlak er is en betrekt alle partijen.',
        'Aanbieders wegen per cliënt, samen met de cliënt, af of buurtbewoners een telefoonnummer van de hulpverlening krijgen voor vragen en zorgen.',
        'Begeleiders bespreken met cliënten of buren van hun kwetsbaarheid mogen weten en helpen desgewenst bij het gesprek; ze laten buren weten hoe en wanneer ze bereikbaar zijn.',
        'Zowel professionals als inwoners kunnen het OGGZ-meldpunt bereiken, dat ook preventief werkt; het behandelt onder meer Wvggz-meldingen, verward gedrag en bemoeizorg.',
      ],
    },
    {
      code: '4',
      title: 'Prettig en veilig wonen voor iedereen',
      doelstelling: 'In de wijk woont iedereen prettig en veilig, met en zonder psychische kwetsbaarheid.',
      results: [
        'Acceptatie en inclusie van psychisch kwetsbare inwoners worden gestimuleerd door ontmoeting, uitwisseling en begrip, zodat zij zo gewoon mogelijk in de wijk leven.',
      ],
    },
  ],
  aanpalend:
    "Gemeenten frissen hun afspraken met Veilig Thuis en zorgaanbieders op voor vroege hulp; elke gemeente heeft een eigen plan tegen huiselijk geweld en kindermishandeling; voor de meest complexe OGGZ-doelgroep zijn proces- en casusregie en gespecialiseerde opvang geregeld en is een convenant gesloten. Zie ook 'Geweld hoort nergens thuis', 'Wet verplichte GGZ' en 'Personen met verward gedrag'.",
};

export const hoofddoel2: Hoofddoel = {
  code: '2',
  title: 'Huisvesting en beschikbaarheid van voldoende woningen',
  challenge:
    'Het zorglandschap richt zich op inwoners met psychische problemen, verslaving, een lichte verstandelijke beperking of problemen door huiselijk geweld. Zij worden geholpen zo normaal mogelijk te wonen, na uitstroom uit een voorziening of om beschermd wonen te voorkomen, zo veel mogelijk in de eigen omgeving.',
  casus:
    'Michelle (23) groeide op in Noordoostpolder, woonde in Almere in jeugdzorg en beschermd wonen en wil nu zelfstandig wonen in Lelystad, waar haar moeder en vriendinnen wonen.',
  fundamenten: [
    {
      code: '1',
      title: 'Zo gewoon mogelijk wonen',
      doelstelling: 'Michelle woont zo gewoon mogelijk in haar eigen woonomgeving, in beginsel in haar gemeente van herkomst.',
      results: [
        'Cliënten stromen uit naar hun gemeente van herkomst, tenzij volgens de afspraken een andere gemeente beter past.',
        'Voor cliënten die uit beschermd wonen kunnen uitstromen is in beeld wat nodig is om die uitstroom duurzaam te maken.',
        'De uitstroomtafel zorgt dat er voor elke cliënt een plan ligt dat aan alle voorwaarden voor duurzame uitstroom voldoet; cliënten worden vroeg bij hun mogelijkheden betrokken.',
        'Psychisch kwetsbare inwoners houden bij uitstroom hun financiële zekerheid.',
        'Uitstroom uit beschermd wonen is voor psychisch kwetsbare inwoners mogelijk.',
      ],
    },
    {
      code: '2',
      title: 'Voldoende passende en betaalbare huisvesting',
      doelstelling: 'Er zijn genoeg passende, betaalbare en gevarieerde woningen, zodat Michelle kan doorstromen en haar plek vrijkomt.',
      results: [
        'Een convenant regelt voor psychisch kwetsbare inwoners de uitstroom, de verdeling van woningen en de hulp daarna.',
        { text: 'Elke gemeente heeft genoeg passende woningen voor psychisch kwetsbare inwoners.', scope: 'lokaal' },
        'Gemeenten, aanbieders en woningcorporaties regelen samen de voorwaarden voor duurzame uitstroom.',
        'Er is voldoende passende opvang en voldoende uitstroom uit maatschappelijke opvang en gezinsopvang; nieuwe ontwikkelingen in de MO volgen de principes van Housing First.',
        'Jongeren van 18 tot 23 vinden genoeg betaalbare woonruimte.',
      ],
    },
    {
      code: '3',
      title: 'Intramurale voorzieningen, tussenvoorzieningen en geclusterd wonen',
      doelstelling:
        'Wie het nodig heeft, kan terecht in een intramurale voorziening, een tussenvoorziening of een vorm van geclusterd wonen die past.',
      results: [
        'Regionale en lokale voorzieningen zijn afgebakend, met productdefinities en afspraken over wie waarvoor verantwoordelijk is.',
        'Een op-, af- en ombouwplan van de gemeenten: minder regionale voorzieningen, een evenwichtiger spreiding en meer lokale voorzieningen.',
        'Instroom, doorstroom en uitstroom in intramurale voorzieningen lopen zo goed mogelijk.',
      ],
    },
    {
      code: '4',
      title: 'Preventie van dakloosheid en van instroom in intramurale voorzieningen',
      doelstelling: 'Michelle blijft zo veel mogelijk in haar eigen woning; terugval naar een voorziening of dakloosheid wordt voorkomen.',
      results: [
        'De centrale toegang tot de maatschappelijke opvang is verbeterd.',
        'Zo veel mogelijk mensen wonen en krijgen ondersteuning in hun eigen omgeving zonder intramurale voorziening.',
        'Het voorkomen van dakloosheid krijgt uitdrukkelijk aandacht.',
      ],
    },
  ],
  aanpalend:
    "Bij woningen is er aparte aandacht voor jongeren ('Actieprogramma dakloze jongeren') en slachtoffers van huiselijk geweld ('Geweld hoort nergens thuis').",
};
