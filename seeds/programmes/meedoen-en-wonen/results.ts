/**
 * Bijlage 1 of the Beleidsagenda: per ambition, the results the region aims for. The appendix lists
 * them beside the activities without saying which activity serves which result, so a result belongs
 * to its ambition only; no activity links are made. Numbering restarts per ambition, as in the source.
 * Texts in our own words.
 */
export interface AmbitionResult {
  /** Node key of the ambition the appendix lists it under. */
  ambition: string;
  code: string;
  text: string;
}

const r = (ambition: string, texts: string[]): AmbitionResult[] => texts.map((text, i) => ({ ambition, code: String(i + 1), text }));

export const ambitionResults: AmbitionResult[] = [
  ...r('a-preventie', [
    'Inwoners lopen minder risico om dakloos of sociaal geïsoleerd te raken, uit te vallen in de samenleving of ernstige psychosociale of psychiatrische problemen te krijgen.',
    'Problemen rond psychiatrie, verslaving of persoonlijke ontwikkeling escaleren niet en calamiteiten blijven uit.',
    'Minder kinderen en jongeren krijgen later in hun leven (psychische) problemen.',
    'Problemen in een gezin leiden minder vaak tot ontwikkelingsachterstand, gedragsproblemen of schooluitval bij de kinderen.',
    'Inwoners ervaren hun gezondheid als beter dan in 2022.',
  ]),
  ...r('a-maatwerk', [
    'Elke gemeente heeft een uitdagend aanbod voor daginvulling dat meedoen en persoonlijk en maatschappelijk herstel bevordert.',
    'Elke gemeente heeft laagdrempelige, toegankelijke voorliggende voorzieningen.',
    'Gemeenten dragen samen verantwoordelijkheid voor het persoonlijk en maatschappelijk herstel van hun inwoners.',
  ]),
  ...r('a-samenwerking', [
    'Beleidsterreinen en beleidsregels van Wmo, Jeugd, Participatie en arbeidsmarkt zijn met elkaar verbonden.',
    'De samenwerking met zorgverzekeraars en woningcorporaties is verbeterd.',
    'Bij het uitvoeren van BW en MO trekken de gemeenten beter met elkaar op.',
    'Gemeenten, aanbieders en het voorliggend veld weten elkaar sneller te vinden.',
  ]),
  ...r('a-clientparticipatie', [
    'Ervaringsdeskundigen worden in Noord- en Midden-Limburg zo goed mogelijk benut in het hele sociaal domein.',
    'Cliënten denken actief mee over nieuw beleid voor wonen en meedoen van kwetsbare inwoners.',
  ]),
  ...r('a-transformatie', [
    'De voorzieningen zijn goed over de regio verdeeld.',
    'Inwoners kunnen voor MO en BW dichtbij en zonder drempel terecht bij één integrale toegang.',
    'Het beeld van mensen met (complexe) problematiek is positiever geworden.',
    'De ketenregie rond inwoners met complexe problemen heeft een goede plek en genoeg formatie.',
    'Extra kwetsbare groepen in MO en BW krijgen goede opvang.',
  ]),
  ...r('a-woonoplossingen', [
    'Kwetsbare inwoners vinden genoeg woningen die passen en betaalbaar zijn.',
    'Vraag en aanbod van huisvesting voor kwetsbare inwoners worden overal in de regio op dezelfde manier bij elkaar gebracht.',
    'Zorgwekkende zorgmijders kunnen in hun eigen gemeente wonen met passende ondersteuning.',
  ]),
  ...r('a-wijken', [
    "Kwetsbare inwoners en hun buurtgenoten zijn 'goede buren'.",
    'De leefbaarheid en balans in wijken en buurten zijn op orde.',
    'Kwetsbare inwoners voelen zich thuis in de algemene voorzieningen in hun wijk.',
    // The appendix itself lists this result under two ambitions (transformatie 3 and wijken 4); kept, and said so.
    'Het beeld van mensen met (complexe) problematiek is positiever geworden (de beleidsagenda noemt dit resultaat ook bij de transformatie van opvang en beschermd wonen).',
  ]),
];
