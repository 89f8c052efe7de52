/**
 * Inhabitants per gemeente, exactly as shared/reference/domain-facts.md §4 gives them: the figure,
 * its reference date in the source's own wording, the source and the verification tag. A gemeente
 * for which §4 has no figure gets `count: null` (unknown) — never an estimate. Figures the notes
 * call "not citable" (an unidentified 1-1-2026 list) are left out on purpose.
 */
export type Verification = 'V' | 'V-sec';

export interface InhabitantsFigure {
  /** Whole persons; `null` means unknown (no figure in the reference notes). */
  count: number | null;
  /** ISO date the figure refers to, where the source gives (or implies) one. */
  referenceDate: string | null;
  /** The reference date as the source states it, including its caveats. */
  referenceDateWording: string;
  /** Exact count, a rounded figure, or one derived by arithmetic from published figures. */
  precision: 'exact' | 'afgerond' | 'afgeleid' | 'onbekend';
  source: string | null;
  sourceUrl: string | null;
  verification: Verification | null;
  note?: string;
}

export interface MunicipalityInhabitants {
  /** Municipality key, see municipalities.ts. */
  municipality: string;
  figures: InhabitantsFigure[];
}

const ML5 = 'https://ml5.nl/nieuws/leudal-enige-krimpgemeente-midden-limburg';
const FLEVO = 'https://www.flevoland.nl/flevoland-in-beeld-en-cijfers/feiten-en-cijfers/standcijfers-bevolking-flevoland-en-nederland';
const MENTERWOLDE = 'https://www.menterwolde.info/nieuws/muntendam/midden-groningen-groeit-licht-en-nadert-grens-van-61.000-inwoners';

const unknown = (municipality: string): MunicipalityInhabitants => ({
  municipality,
  figures: [
    {
      count: null,
      referenceDate: null,
      referenceDateWording: 'onbekend',
      precision: 'onbekend',
      source: null,
      sourceUrl: null,
      verification: null,
      note: 'Geen aantal gevonden in de referentienotities; op te halen uit CBS StatLine 03759ned.',
    },
  ],
});

const midLimburg = (municipality: string, count: number): MunicipalityInhabitants => ({
  municipality,
  figures: [
    {
      count,
      referenceDate: '2024-01-01',
      referenceDateWording: '1-1-2024 (afgeleid: artikel over CBS-cijfers "tot 1 januari van dit jaar", augustus 2024)',
      precision: 'exact',
      source: 'ml5.nl / VML Nieuws, op basis van CBS',
      sourceUrl: ML5,
      verification: 'V-sec',
    },
  ],
});

const flevo2016 = (municipality: string, count: number): MunicipalityInhabitants => ({
  municipality,
  figures: [
    {
      count,
      referenceDate: '2016-01-01',
      referenceDateWording: '1-1-2016',
      precision: 'exact',
      source: 'Provincie Flevoland, Standcijfers bevolking',
      sourceUrl: FLEVO,
      verification: 'V',
      note: 'Verouderd: te vernieuwen met een recente CBS-stand.',
    },
  ],
});

const gron2021 = (count: number): InhabitantsFigure => ({
  count,
  referenceDate: '2021-01-01',
  referenceDateWording: '1-1-2021',
  precision: 'exact',
  source: 'menterwolde.info, op basis van CBS',
  sourceUrl: MENTERWOLDE,
  verification: 'V-sec',
});

export const inhabitants: MunicipalityInhabitants[] = [
  // Noord-Limburg
  {
    municipality: 'venlo',
    figures: [
      {
        count: 103_785,
        referenceDate: '2024-01-01',
        referenceDateWording: '1-1-2024 (voorlopig)',
        precision: 'exact',
        source: 'CBS 37230ned, Bevolking aan het begin van de periode, januari 2024',
        sourceUrl: 'https://www.cbs.nl/nl-nl/cijfers/detail/37230ned?q=Venlo',
        verification: 'V',
      },
    ],
  },
  {
    municipality: 'peel-en-maas',
    figures: [
      {
        count: 45_534,
        referenceDate: '2024-01-01',
        referenceDateWording: '1-1-2024',
        precision: 'exact',
        source: 'Omroep P&M, op basis van CBS',
        sourceUrl: 'https://www.omroeppenm.nl/opnieuw-meer-inwoners-in-peel-en-maas',
        verification: 'V-sec',
      },
    ],
  },
  {
    municipality: 'beesel',
    figures: [
      {
        count: 13_422,
        referenceDate: '2023-09-30',
        referenceDateWording: '30-9-2023 (geen stand per 1 januari)',
        precision: 'exact',
        source: 'Omroep P&M, op basis van CBS',
        sourceUrl: 'https://www.omroeppenm.nl/nieuws/aantal-inwoners-peel-en-maas-stijgt-beesel-daalt',
        verification: 'V-sec',
      },
    ],
  },
  unknown('bergen-l'),
  unknown('gennep'),
  unknown('horst-aan-de-maas'),
  unknown('venray'),
  // Midden-Limburg
  midLimburg('weert', 50_079),
  midLimburg('roermond', 60_743),
  midLimburg('leudal', 36_006),
  midLimburg('maasgouw', 24_406),
  midLimburg('echt-susteren', 32_041),
  midLimburg('roerdalen', 20_806),
  midLimburg('nederweert', 17_492),
  // Flevoland (only a 2016 set was found)
  flevo2016('almere', 198_145),
  flevo2016('lelystad', 76_792),
  flevo2016('dronten', 40_592),
  flevo2016('noordoostpolder', 46_439),
  flevo2016('urk', 19_987),
  flevo2016('zeewolde', 22_113),
  // Groningen (complete set on 1-1-2021, some later figures beside it)
  {
    municipality: 'groningen',
    figures: [
      gron2021(233_273),
      {
        count: 243_768,
        referenceDate: '2024-01-01',
        referenceDateWording: '1-1-2024 (≈, afgeleid)',
        precision: 'afgeleid',
        source: 'Afgeleid uit CBS via OOG tv: 245.087 op 30-9-2024 min een groei van 1.319 sinds 1 januari',
        sourceUrl: 'https://www.oogtv.nl/2024/10/bevolkingsgroei-in-groningen-eerste-drie-kwartalen-stuk-lager-dan-vorig-jaar/',
        verification: 'V-sec',
        note: 'OIS/BRP geeft afgerond 243.800 (https://basismonitor-groningen.nl/standvangroningen/bevolking/).',
      },
    ],
  },
  { municipality: 'westerkwartier', figures: [gron2021(63_678)] },
  {
    municipality: 'midden-groningen',
    figures: [
      gron2021(60_726),
      {
        count: 61_600,
        referenceDate: '2023-01-01',
        referenceDateWording: 'begin 2023 (afgerond)',
        precision: 'afgerond',
        source: 'Provincie Groningen, De staat van Groningen',
        sourceUrl: 'https://destaatvangroningen.nl/kerngegevens-gemeente-midden_groningen-demografie.html',
        verification: 'V-sec',
      },
    ],
  },
  {
    municipality: 'het-hogeland',
    figures: [
      gron2021(47_834),
      {
        count: 48_300,
        referenceDate: '2023-01-01',
        referenceDateWording: '1-1-2023 (afgerond)',
        precision: 'afgerond',
        source: 'Provincie Groningen, De staat van Groningen',
        sourceUrl: 'https://destaatvangroningen.nl/kerngegevens-gemeente-hethogeland-demografie.html',
        verification: 'V-sec',
      },
    ],
  },
  { municipality: 'eemsdelta', figures: [gron2021(45_587)] },
  { municipality: 'oldambt', figures: [gron2021(38_277)] },
  { municipality: 'stadskanaal', figures: [gron2021(31_754)] },
  { municipality: 'veendam', figures: [gron2021(27_417)] },
  { municipality: 'westerwolde', figures: [gron2021(26_215)] },
  {
    municipality: 'pekela',
    figures: [
      gron2021(12_176),
      {
        count: 12_459,
        referenceDate: '2025-01-01',
        referenceDateWording: 'begin 2025',
        precision: 'exact',
        source: 'Gemeente Pekela via Westerwolde Actueel',
        sourceUrl: 'https://www.westerwoldeactueel.nl/2026/02/09/pekela-groeit/',
        verification: 'V-sec',
      },
      {
        count: 12_565,
        referenceDate: '2026-01-01',
        referenceDateWording: 'begin 2026',
        precision: 'exact',
        source: 'Gemeente Pekela via Westerwolde Actueel',
        sourceUrl: 'https://www.westerwoldeactueel.nl/2026/02/09/pekela-groeit/',
        verification: 'V-sec',
      },
    ],
  },
];

/** Province totals on 1-1-2024 (CBS 70072ned), for plausibility checks only. */
export const provinceTotals2024 = {
  source: 'CBS 70072ned, 1-1-2024',
  sourceUrl: 'https://www.cbs.nl/nl-nl/cijfers/detail/70072ned?q=park%20en%20plantsoen',
  Groningen: 601_510,
  Flevoland: 450_920,
  Limburg: 1_133_174,
} as const;
