import type { MonitorDefinition } from './responses';

/** The "uitleg" of every figure, shown beside the monitor and served by the API. Dutch, exact. */
export const FIGURE_DEFINITIONS: readonly MonitorDefinition[] = [
  {
    figure: 'in_zorg',
    title: 'In zorg',
    uitleg:
      'Aantal verschillende cliënten met een episode die de periode overlapt (een open episode loopt door tot het einde van de periode).',
  },
  {
    figure: 'instroom',
    title: 'Instroom',
    uitleg: 'Aantal verschillende cliënten met een episode waarvan de startdatum in de periode ligt.',
  },
  {
    figure: 'uitstroom',
    title: 'Uitstroom',
    uitleg:
      'Aantal verschillende cliënten met een episode waarvan de einddatum in de periode ligt en de reden niet 20 is (20 = tijdelijk beëindigd, een pauze).',
  },
  {
    figure: 'zorgdagen',
    title: 'Zorgdagen',
    uitleg:
      'Som over de episodes van het aantal dagen dat elke episode in de periode valt; de eerste en de laatste dag tellen allebei mee.',
  },
  {
    figure: 'gemiddelde_bezetting',
    title: 'Gemiddelde bezetting',
    uitleg: 'Zorgdagen gedeeld door het aantal dagen van de periode (gemiddeld aantal bezette plaatsen), op twee decimalen.',
  },
  {
    figure: 'bezettingsgraad',
    title: 'Bezettingsgraad',
    uitleg:
      'Zorgdagen gedeeld door de plaatsdagen uit het capaciteitsregister (plaatsen × dagen dat ze in de periode ' +
      'beschikbaar zijn). Alleen per aanbieder en alleen waar capaciteit bekend is.',
  },
  {
    figure: 'doorlooptijd_mediaan',
    title: 'Doorlooptijd (mediaan)',
    uitleg:
      'Over de episodes die in de periode eindigen met een andere reden dan 20: einddatum min startdatum in dagen; de ' +
      'middelste waarde, bij een even aantal het gemiddelde van de twee middelste.',
  },
  {
    figure: 'doorlooptijd_gemiddeld',
    title: 'Doorlooptijd (gemiddeld)',
    uitleg: 'Over dezelfde episodes als de mediaan: het rekenkundig gemiddelde van einddatum min startdatum in dagen.',
  },
  {
    figure: 'redenen_einde',
    title: 'Redenen einde',
    uitleg: 'Aantal episodes dat in de periode eindigt, per reden (iWmo-codelijst WMO588), reden 20 (tijdelijk) inbegrepen.',
  },
  {
    figure: 'pgb',
    title: 'Pgb',
    uitleg:
      'Aantal verschillende cliënten in zorg met een episode die als pgb is aangemerkt (alleen uit CSV: pgb zit niet in het iWmo-berichtenverkeer).',
  },
  {
    figure: 'eenheden',
    title: 'Gemeente, aanbieder en regio',
    uitleg:
      'Een regio telt verschillende cliënten over al haar gemeenten (geen optelsom van gemeentecijfers). Elk cijfer staat ' +
      'er per product (BW, MO) en voor beide samen (totaal, ook verschillende cliënten).',
  },
  {
    figure: 'onthulling',
    title: 'Afscherming',
    uitleg:
      'Buiten de rol monitor-analist wordt elk aantal van 1 tot en met 4 getoond als "<5"; cellen waarmee zo\'n cel uit ' +
      'totalen terug te rekenen is, worden ook afgeschermd ("x"). Zorgdagen en bezetting vallen weg als "in zorg" is ' +
      'afgeschermd, de doorlooptijd als de uitstroom is afgeschermd of op minder dan 5 episodes rust.',
  },
];
