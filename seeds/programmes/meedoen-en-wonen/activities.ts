import { day, due, month, ongoing, quarter, section, year, type NodeInput, type Step } from '../build';

/**
 * The activities of the Beleidsagenda per ambition. Roman numerals restart per ambition and run on
 * from Lokaal into Regionaal, exactly as in the document. Deadlines keep the document's wording and
 * grain. A lokaal activity is carried out by every participating municipality (`municipalities`).
 */
export type Activity = Omit<NodeInput, 'key' | 'parentKey' | 'level'> & { code: string; scope: 'lokaal' | 'regionaal'; steps?: Step[] };

export const activitiesPerAmbition: Record<string, Activity[]> = {
  'a-preventie': [
    {
      code: 'I',
      scope: 'lokaal',
      title: 'Deelnemen aan de Preventiescanner Dakloosheid',
      description:
        'Elke gemeente brengt met de scanner in beeld hoe zij dakloosheid nu voorkomt en waar dat beter kan; samen geeft dat een regiobeeld van de preventie.',
      deadline: due('Q4 van 2022 of Q1 van 2023', 'keuze', '2022-10-01', '2023-03-31'),
      steps: [
        [
          quarter(1, 2023, 'Q1 van 2023'),
          'de gemeenten kijken gezamenlijk terug op hun aanpak en kiezen prioriteiten om preventie te versterken',
        ],
      ],
    },
    {
      code: 'II',
      scope: 'regionaal',
      title: 'Basispakket (oggz-)preventieactiviteiten invoeren',
      description:
        'Aanbieders met de oggz-preventieopdracht en aanbieders in de lokale sociale basis zetten een gezamenlijk basispakket neer; waar lokale trends erom vragen, komen er gerichte activiteiten bij.',
      deadline: year(2022),
      steps: [
        [year(2022), 'basispakket ingevoerd'],
        [year(2023), 'aanbod verder ontwikkeld'],
      ],
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: 'Innovatieve vormen van preventie verkennen',
      description: 'Samen met aanbieders nagaan welke nieuwe vormen regionaal bruikbaar zijn, zoals e-health, sociale media en zelfhulp.',
      deadline: year(2023),
    },
  ],
  'a-maatwerk': [
    {
      code: 'I',
      scope: 'lokaal',
      title: 'Laagdrempelige inloopvoorziening in elke gemeente',
      description:
        'Een plek zonder indicatie waar (kwetsbare) inwoners elkaar ontmoeten, hun verhaal kwijt kunnen of een hulpvraag stellen.',
      deadline: year(2023, 'uiterlijk in 2023'),
    },
    {
      code: 'II',
      scope: 'regionaal',
      title: 'Kennisdeling en intervisie tussen de lokale toegangen MO en BW',
      description: 'De lokale toegangen voor maatschappelijke opvang en beschermd wonen leren doorlopend van elkaar.',
      deadline: ongoing(),
      steps: [
        [day('2022-07-01', 'vanaf 1-7-2022'), 'elke week een regionaal casuïstiekoverleg over BW- en MO-casussen'],
        [
          year(2023, 'vanaf 2023'),
          'twee regionale intervisiebijeenkomsten per jaar waarin consultants hun rol, gedrag en werkstijl onderzoeken',
        ],
      ],
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: 'Toegangsmedewerkers scholen in integraal werken en Positieve Gezondheid',
      description: 'Nieuwe en zittende toegangsmedewerkers krijgen doorlopend scholing, zodat hun kennis actueel blijft.',
      deadline: ongoing(),
      steps: [
        [year(2022), 'scholingsprogramma opgesteld'],
        [year(2023, 'vanaf 2023'), 'programma in uitvoering'],
      ],
    },
  ],
  'a-samenwerking': [
    {
      code: 'I',
      scope: 'lokaal',
      title: "Werkproces en beleidsregels 'Grijs Wonen'",
      description:
        'Het werkproces voor tijdelijk verblijf in het eigen netwerk wordt op papier gezet en alle gemeenten stellen de bijbehorende beleidsregels vast.',
      deadline: due('Q3 en Q4 2022', 'periode', '2022-07-01', '2022-12-31'),
      steps: [[year(2023), 'beleidsregels ingevoerd en afspraken met partners lokaal geborgd']],
    },
    {
      code: 'II',
      scope: 'regionaal',
      title: 'Ketenregisseur overal op dezelfde manier organiseren',
      description:
        'De functie krijgt in heel Noord- en Midden-Limburg dezelfde inrichting, met de Notitie Borging Ketenregie als vertrekpunt.',
      deadline: year(2023),
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: "Aansluiten bij 'Nieuwe netwerken rondom Zorg en Veiligheid Noord- en Midden-Limburg'",
      description: 'Binnen dit traject werkt een kwartiermaker aan betere (bestuurlijke) samenwerking tussen zorg en veiligheid.',
      deadline: year(2022),
      steps: [[month(9, 2022, 'september 2022'), 'kwartiermaker aan de slag']],
    },
  ],
  'a-clientparticipatie': [
    {
      code: 'I',
      scope: 'lokaal',
      title: "Nota 'Ervaringskennis als nieuwe kennisbron' vaststellen",
      description: 'Elke gemeente stelt de nota vast.',
      deadline: quarter(1, 2023, 'uiterlijk in Q1 2023'),
    },
    {
      code: 'II',
      scope: 'lokaal',
      title: 'Besluiten over een gemeentelijke pool van ervaringsdeskundigen',
      description: 'Elke gemeente neemt een besluit over het voorstel om samen een pool van ervaringsdeskundigen te organiseren.',
      deadline: quarter(1, 2023, 'uiterlijk in Q1 2023'),
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: 'Pool van ervaringsdeskundigen voorbereiden',
      description: 'Als de veertien colleges instemmen, begint de voorbereiding, onder meer met het aantrekken van een projectleider.',
      deadline: year(2023),
    },
    {
      code: 'IV',
      scope: 'regionaal',
      title: 'Met aanbieders spreken over de inzet van ervaringsdeskundigheid',
      description:
        'Gesprekken met de regionale aanbieders van BW, MO, bemoeizorg en oggz-preventie; gemeenten voeren hetzelfde gesprek met de lokale sociale basis en moedigen aanbieders aan ervaringsdeskundigen in hun aanbod op te nemen.',
      deadline: due('2022 en 2023', 'periode', '2022-01-01', '2023-12-31'),
    },
    {
      code: 'V',
      scope: 'regionaal',
      title: 'Samenwerking met het Platform Oggz NML versterken',
      description:
        'Met het platform afspreken welke positie en taken het heeft en plannen hoe het verder professionaliseert, cliëntenraden van ggz-instellingen betrekt en zijn adviesrol versterkt.',
      deadline: year(2023),
    },
  ],
  'a-transformatie': [
    {
      code: 'I',
      scope: 'lokaal',
      title: 'Trajectwoningen voor maatschappelijke opvang',
      description: 'Elke gemeente beschikt over ten minste één trajectwoning voor MO.',
      deadline: year(2023, 'uiterlijk in 2023'),
    },
    {
      code: 'II',
      scope: 'regionaal',
      title: 'Witte vlekkenplan voor locaties beschermd wonen',
      description:
        'Het plan is de basis voor een betere spreiding van BW-locaties, die samen met de aanbieders binnen de lopende contractperiode (tot en met 2025) wordt gerealiseerd.',
      deadline: year(2022),
      steps: [
        [year(2023), 'start van de betere spreiding'],
        [year(2025, 'tot en met 2025'), 'plan uitgevoerd binnen de contractperiode'],
      ],
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: 'Aanbod na detox en verslavingsbehandeling (Safe House)',
      description:
        'Met aanbieders een beschermde woonplek ontwikkelen voor inwoners die na detox en behandeling nog niet zelfstandig kunnen wonen.',
      deadline: year(2022),
    },
    {
      code: 'IV',
      scope: 'regionaal',
      title: 'Diversiteit in sekse, gender en seksuele oriëntatie in het beleid van aanbieders',
      description: 'Alle aanbieders van BW en MO leggen vast hoe hun dienstverlening hier rekening mee houdt.',
      deadline: year(2023),
      sections: [
        section(
          'Hulpmiddelen',
          '- Toolkit: https://detoolkit.komteenmensbijdedokter.nl/\n- Roze Loper Scan: https://www.rozezorg.nl/uitleg-themas',
        ),
      ],
    },
    {
      code: 'V',
      scope: 'regionaal',
      title: 'Aandacht voor doelgroepen die extra zorg vragen',
      description:
        'Op basis van signalen met aanbieders van BW en MO nagaan of deze groepen voldoende aandacht krijgen en zo nodig extra ondersteuning regelen; in 2022 en 2023 gaat het onder meer om moeilijk plaatsbare zorgwekkende zorgmijders.',
      deadline: ongoing(),
    },
  ],
  'a-woonoplossingen': [
    {
      code: 'I',
      scope: 'lokaal',
      title: 'Opgave voor kwetsbare inwoners in de lokale woonzorgvisie',
      description: 'De woonzorgvisie die elke gemeente gaat opstellen benoemt wat er voor deze doelgroep nodig is.',
      deadline: null,
    },
    {
      code: 'II',
      scope: 'lokaal',
      title: 'Prestatieafspraken over het huisvesten van kwetsbare inwoners',
      description: 'Elke gemeente legt met de woningcorporaties vast hoe deze groep passend wordt gehuisvest.',
      deadline: null,
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: 'Transferpunt Noord-Limburg en Matchingspunt Midden-Limburg op één lijn',
      description: 'De bestaande afspraken worden doorgelicht en waar nodig vervangen, zodat beide overleggen op dezelfde manier werken.',
      deadline: due('2022 en 2023', 'periode', '2022-01-01', '2023-12-31'),
      steps: [[year(2023), 'nieuwe afspraken ingevoerd']],
    },
  ],
  'a-wijken': [
    {
      code: 'I',
      scope: 'regionaal',
      title: 'Regionale publiekscampagne tegen stigmatisering',
      description: 'Met partners een campagne opzetten die stigma rond psychische kwetsbaarheid tegengaat.',
      deadline: year(2023),
    },
    {
      code: 'II',
      scope: 'regionaal',
      title: 'Goede voorbeelden uit de lokale sociale basis delen',
      description:
        'Succesvolle lokale initiatieven die bijdragen aan de ambities van de regiovisie worden doorlopend uitgewisseld; de procesregisseur neemt het initiatief.',
      deadline: ongoing(),
      trekkers: [{ organisation: 'mgr-nml' }],
    },
    {
      code: 'III',
      scope: 'regionaal',
      title: 'Activiteiten rond themadagen',
      description: 'Bijvoorbeeld op Werelddaklozendag en Nationale Burendag.',
      deadline: year(2023),
    },
  ],
};
