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
  ['maandelijks', 'de procesregisseur van de MGR volgt de gemeentelijke activiteiten met een stoplichtmodel in het overleg van de beleidsmedewerkers'],
];
