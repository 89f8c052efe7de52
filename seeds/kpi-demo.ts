import { eq } from 'drizzle-orm';
import type { Db } from '../src/db/database';
import { listIndicators } from '../src/db/queries/kpi';
import { organisationsByKeys } from '../src/db/queries/organisation';
import { listProgrammes } from '../src/db/queries/programme';
import { node, organisation } from '../src/db/schema';
import type { KpiTargetForm, KpiTargetScope } from '../src/domain/kpi/targets';
import { groningen } from './reference/municipalities';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR, type Actor } from '../src/server/auth/actor';
import { saveIndicator, type SaveIndicatorOptions } from '../src/server/services/kpi/save-indicator';
import { writeMeasurements, type MeasurementInput } from '../src/server/services/kpi/save-measurements';
import { recordZrmAssessments } from '../src/server/services/kpi/zrm';
import { inTransaction } from '../src/db/database';
import { ZRM_DOMAINS } from '../src/domain/kpi/zrm';
import { seededRandom, type Random } from './random';

/**
 * The KPIs the seed programmes name, with the targets they give (E33 −10% by end 2021; the BW/MO
 * provider KPIs of Meedoen en Wonen NML), the examples of the product design (2.500 falls prevented in
 * five years, 50/100/100 work trajectories, smokers −2,5 procentpunt by 2025, 25 GP practices; their
 * source programme is not among the demo documents, so they hang off no node), and ZRM assessments.
 * Every figure is invented, deterministic and flagged demo; so are baselines and the BW/MO target
 * values, which the seeds do not give. Idempotent: skips a programme that already has indicators.
 */
const DEMO_ACTOR: Actor = { ...SYSTEM_ACTOR, label: 'demo (voorbeeldgegevens)' };
const DEMO_SOURCE = 'Demo: verzonnen cijfers ter illustratie';

/** The BW/MO providers of the monitor demo (seeds/monitor-demo.ts), as organisations that deliver KPI figures. */
export const DEMO_PROVIDERS = [
  { key: 'demo-maasdal-wonen', name: 'Demo-aanbieder Maasdal Wonen' },
  { key: 'demo-peelhuis', name: 'Demo-aanbieder Peelhuis' },
  { key: 'demo-roerstad-opvang', name: 'Demo-aanbieder Roerstad Opvang' },
  { key: 'demo-kempen-onderdak', name: 'Demo-aanbieder Kempen Onderdak' },
];

type Def = Omit<SaveIndicatorOptions, 'programmeId' | 'targets'> & {
  targets: { name?: string; scope: KpiTargetScope; form: KpiTargetForm }[];
};

async function ensureProviders(db: Db): Promise<Map<string, string>> {
  const existing = await organisationsByKeys(
    db,
    DEMO_PROVIDERS.map((p) => p.key),
  );
  const missing = DEMO_PROVIDERS.filter((p) => !existing.some((e) => e.key === p.key));
  if (missing.length > 0) {
    await db.insert(organisation).values(
      missing.map((p) => ({
        key: p.key,
        name: p.name,
        kind: 'aanbieder',
        description: 'Verzonnen aanbieder voor de demo (beschermd wonen en opvang).',
      })),
    );
  }
  const all = await organisationsByKeys(
    db,
    DEMO_PROVIDERS.map((p) => p.key),
  );
  return new Map(all.map((o) => [o.key, o.id]));
}

const yearStart = (y: number) => `${y}-01-01`;
const halfStart = (y: number, h: 1 | 2) => `${y}-${h === 1 ? '01' : '07'}-01`;

export async function loadKpiDemo(db: Db, clock: Clock): Promise<{ indicators: number; measurements: number; zrm: number }> {
  const result = { indicators: 0, measurements: 0, zrm: 0 };
  const programmes = await listProgrammes(db);
  const groningenProg = programmes.find((p) => p.slug === 'mjp-pkp-groningen');
  const nml = programmes.find((p) => p.slug === 'meedoen-en-wonen-nml');
  const rnd = seededRandom(2121);

  if (groningenProg && (await listIndicators(db, groningenProg.id)).length === 0) {
    const orgs = await organisationsByKeys(
      db,
      groningen.map((g) => g.key),
    );
    const gemeenten = groningen.map((g) => orgs.find((o) => o.key === g.key)).filter((o): o is NonNullable<typeof o> => o !== undefined);
    const [e33Node] = await db.select({ id: node.id }).from(node).where(eq(node.title, 'Betere toeleiding Vroegsignalering'));
    // Demo E33 reports per gemeente per year: a base by size, falling a little after 2020.
    const perGemeente = new Map(gemeenten.map((g, i) => [g.id, g.key === 'groningen' ? 420 : 30 + ((i * 37) % 60)]));
    const e33Figures: MeasurementInput[] = [];
    let baseline = 0;
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025]) {
      for (const g of gemeenten) {
        const base = perGemeente.get(g.id) ?? 40;
        const v = Math.round(base * (1 - 0.035 * (y - 2020)) * (0.95 + rnd.next() * 0.1));
        if (y === 2020) baseline += v;
        e33Figures.push({ indicatorId: '', grain: 'jaar', periodStart: yearStart(y), unitKey: g.id, value: v });
      }
    }
    const defs: (Def & { figures: MeasurementInput[] })[] = [
      {
        code: 'E33',
        name: 'E33-meldingen over personen met verward gedrag',
        definition: 'Aantal meldingen bij de politie met code E33 (verward gedrag) per jaar, per gemeente.',
        unit: 'aantal',
        direction: 'lager',
        baseline: { value: baseline, date: '2020-12-31' },
        dimension: 'gemeente',
        grain: 'jaar',
        source: 'MJP PKP Groningen, project 5 (doel: ten minste 10% minder E33-meldingen eind 2021); nulmeting en cijfers: demo',
        nodeIds: e33Node ? [e33Node.id] : [],
        unitOrganisationIds: gemeenten.map((g) => g.id),
        targets: [
          {
            name: 'E33-meldingen ten minste 10% lager',
            scope: 'totaal',
            form: { kind: 'relatief', change: { unit: 'percent', value: -10 }, by: '2021-12-31' },
          },
        ],
        figures: e33Figures,
      },
      {
        code: 'VAL',
        name: 'Voorkomen valincidenten bij ouderen',
        definition: 'Aantal voorkomen valincidenten per jaar; het doel telt de jaren op.',
        unit: 'aantal',
        direction: 'hoger',
        dimension: 'totaal',
        grain: 'jaar',
        source: 'Voorbeeld uit het productontwerp (2.500 in vijf jaar); bronprogramma niet in de demo; cijfers: demo',
        targets: [{ scope: 'totaal', form: { kind: 'cumulatief', total: 2500, from: '2021-01-01', to: '2025-12-31' } }],
        figures: [380, 470, 520, 490, 540].map((v, i) => ({
          indicatorId: '',
          grain: 'jaar',
          periodStart: yearStart(2021 + i),
          unitKey: 'totaal',
          value: v,
        })),
      },
      {
        code: 'WERK',
        name: 'Werktrajecten gestart',
        unit: 'aantal',
        direction: 'hoger',
        dimension: 'totaal',
        grain: 'jaar',
        source: 'Voorbeeld uit het productontwerp (50/100/100 in 2021/2022/2023); bronprogramma niet in de demo; cijfers: demo',
        targets: [
          {
            scope: 'totaal',
            form: {
              kind: 'reeks',
              points: [
                { year: 2021, value: 50 },
                { year: 2022, value: 100 },
                { year: 2023, value: 100 },
              ],
            },
          },
        ],
        figures: [44, 91, 104].map((v, i) => ({
          indicatorId: '',
          grain: 'jaar',
          periodStart: yearStart(2021 + i),
          unitKey: 'totaal',
          value: v,
        })),
      },
      {
        code: 'ROKEN',
        name: 'Volwassenen die roken',
        definition: 'Aandeel volwassenen (18+) dat rookt, uit de gezondheidsmonitor.',
        unit: 'percent',
        direction: 'lager',
        baseline: { value: 21.4, date: '2020-12-31' },
        dimension: 'totaal',
        grain: 'jaar',
        source: 'Voorbeeld uit het productontwerp (−2,5 procentpunt in 2025); bronprogramma niet in de demo; nulmeting en cijfers: demo',
        targets: [{ scope: 'totaal', form: { kind: 'relatief', change: { unit: 'procentpunt', value: -2.5 }, by: '2025-12-31' } }],
        figures: [
          { y: 2020, v: 21.4 },
          { y: 2022, v: 20.9 },
          { y: 2024, v: 20.6 },
        ].map(({ y, v }) => ({ indicatorId: '', grain: 'jaar', periodStart: yearStart(y), unitKey: 'totaal', value: v })),
      },
      {
        code: 'HAP',
        name: 'Huisartsenpraktijken die meedoen',
        unit: 'aantal',
        direction: 'hoger',
        baseline: { value: 4, date: '2021-01-01' },
        dimension: 'totaal',
        grain: 'jaar',
        source: 'Voorbeeld uit het productontwerp (25 huisartsenpraktijken); streefdatum eind 2023 en cijfers: demo',
        targets: [{ scope: 'totaal', form: { kind: 'absoluut', value: 25, by: '2023-12-31' } }],
        figures: [11, 17, 23].map((v, i) => ({
          indicatorId: '',
          grain: 'jaar',
          periodStart: yearStart(2021 + i),
          unitKey: 'totaal',
          value: v,
        })),
      },
    ];
    await saveAll(db, groningenProg.id, defs, clock, result);
  }

  if (nml && (await listIndicators(db, nml.id)).length === 0) {
    const providers = await ensureProviders(db);
    const ids = DEMO_PROVIDERS.map((p) => providers.get(p.key) ?? '');
    const periods = [halfStart(2024, 1), halfStart(2024, 2), halfStart(2025, 1), halfStart(2025, 2)];
    const ratio = (code: string, share: number, spread: number, size: [number, number]): MeasurementInput[] =>
      periods.flatMap((p, pi) =>
        ids.map((id, ui) => {
          const den = rnd.int(size[0], size[1]);
          const s = Math.min(1, Math.max(0, share + pi * 0.015 + (ui - 1.5) * spread + (rnd.next() - 0.5) * 0.06));
          return {
            indicatorId: '',
            grain: 'halfjaar' as const,
            periodStart: p,
            unitKey: id,
            numerator: Math.round(den * s),
            denominator: den,
            note: code === 'BW-WACHTTIJD' && ui === 3 && pi === 3 ? 'Demo: cijfer nog niet aangeleverd' : null,
          };
        }),
      );
    const mean = (avg: number, spread: number, size: [number, number], decimals = 0): MeasurementInput[] =>
      periods.flatMap((p, pi) =>
        ids.map((id, ui) => {
          const den = rnd.int(size[0], size[1]);
          const per = avg * (1 - pi * 0.03) + (ui - 1.5) * spread + (rnd.next() - 0.5) * spread;
          const f = 10 ** decimals;
          return {
            indicatorId: '',
            grain: 'halfjaar' as const,
            periodStart: p,
            unitKey: id,
            numerator: Math.round(per * den * f) / f,
            denominator: den,
          };
        }),
      );
    const common = {
      dimension: 'aanbieder' as const,
      grain: 'halfjaar' as const,
      unitOrganisationIds: ids,
      source: 'KPI’s uit de aanbesteding BW/MO (Beleidsagenda NML, hoofdstuk 3); streefwaarden en cijfers: demo',
    };
    // The BW/MO KPIs were agreed in the tender (Beleidsagenda NML, ch. 3) over these themes; their target
    // values are in the selection guide, which the seeds do not contain. The values below are invented
    // and the target says so, so no one mistakes them for the agreed ones.
    const demoTarget = (form: KpiTargetForm) => [{ name: 'Voorbeeldwaarde (demo, niet de afgesproken)', scope: 'totaal' as const, form }];
    const by = '2025-12-31';
    const defs: (Def & { figures: MeasurementInput[] })[] = [
      {
        ...common,
        code: 'BW-ZRM',
        name: 'Bevorderen van zelfredzaamheid (ZRM)',
        definition: 'Aandeel cliënten met een hogere ZRM-totaalscore bij de vervolgmeting dan bij de start.',
        unit: 'percent',
        direction: 'hoger',
        ratio: { numerator: 'cliënten met hogere ZRM-totaalscore', denominator: 'cliënten met start- en vervolgmeting' },
        baseline: { value: 45, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 60, by }),
        figures: ratio('BW-ZRM', 0.5, 0.03, [20, 60]),
      },
      {
        ...common,
        code: 'BW-PARTICIPATIE',
        name: 'Participatie',
        definition: 'Aandeel cliënten met werk, opleiding, vrijwilligerswerk of dagbesteding.',
        unit: 'percent',
        direction: 'hoger',
        ratio: { numerator: 'cliënten die participeren', denominator: 'cliënten in zorg' },
        baseline: { value: 50, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 65, by }),
        figures: ratio('BW-PARTICIPATIE', 0.52, 0.02, [30, 90]),
      },
      {
        ...common,
        code: 'BW-DOORLOOPTIJD',
        name: 'Doorlooptijd',
        definition: 'Gemiddeld aantal dagen in zorg van cliënten die uitstroomden.',
        unit: 'dagen',
        direction: 'lager',
        ratio: { numerator: 'dagen in zorg van uitgestroomde cliënten', denominator: 'uitgestroomde cliënten' },
        baseline: { value: 720, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 600, by }),
        figures: mean(700, 40, [5, 20]),
      },
      {
        ...common,
        code: 'BW-WACHTTIJD',
        name: 'Wachttijd',
        definition: 'Gemiddeld aantal dagen van aanmelding tot start van de zorg.',
        unit: 'dagen',
        direction: 'lager',
        ratio: { numerator: 'wachtdagen van gestarte cliënten', denominator: 'gestarte cliënten' },
        baseline: { value: 70, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 42, by }),
        figures: mean(66, 8, [5, 20]),
      },
      {
        ...common,
        code: 'BW-UITSTROOM',
        name: 'Duurzame uitstroom',
        definition: 'Aandeel uitgestroomde cliënten dat na zes maanden nog zelfstandig woont.',
        unit: 'percent',
        direction: 'hoger',
        ratio: { numerator: 'na zes maanden zelfstandig', denominator: 'uitgestroomd' },
        baseline: { value: 70, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 80, by }),
        figures: ratio('BW-UITSTROOM', 0.72, 0.02, [5, 20]),
      },
      {
        ...common,
        code: 'BW-NETWERK',
        name: 'Netwerkversterking',
        definition: 'Aandeel cliënten van wie het sociaal netwerk (ZRM-domein) gelijk bleef of verbeterde.',
        unit: 'percent',
        direction: 'hoger',
        ratio: { numerator: 'cliënten met gelijk of beter netwerk', denominator: 'cliënten met start- en vervolgmeting' },
        baseline: { value: 75, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 80, by }),
        figures: ratio('BW-NETWERK', 0.78, 0.01, [20, 60]),
      },
      {
        ...common,
        code: 'BW-TEVREDENHEID',
        name: 'Cliënttevredenheid',
        definition: 'Gemiddeld rapportcijfer van cliënten in het jaarlijkse tevredenheidsonderzoek.',
        unit: 'score',
        direction: 'hoger',
        ratio: { numerator: 'som van de rapportcijfers', denominator: 'respondenten' },
        baseline: { value: 7.2, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 7.5, by }),
        figures: mean(7.3, 0.15, [10, 40], 1),
      },
      {
        ...common,
        code: 'BW-KETEN',
        name: 'Samenwerking in de keten',
        definition: 'Gemiddeld cijfer dat ketenpartners de samenwerking geven.',
        unit: 'score',
        direction: 'hoger',
        ratio: { numerator: 'som van de cijfers', denominator: 'ketenpartners' },
        baseline: { value: 6.8, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 7.5, by }),
        figures: mean(6.9, 0.2, [4, 10], 1),
      },
      {
        ...common,
        code: 'BW-BUURT',
        name: 'Draagvlak in de buurt',
        definition: 'Aandeel klachten over overlast uit de buurt dat binnen vijf werkdagen is opgepakt.',
        unit: 'percent',
        direction: 'hoger',
        ratio: { numerator: 'binnen vijf werkdagen opgepakt', denominator: 'klachten uit de buurt' },
        baseline: { value: 80, date: '2023-12-31' },
        targets: demoTarget({ kind: 'absoluut', value: 95, by }),
        figures: ratio('BW-BUURT', 0.85, 0.03, [3, 12]),
      },
    ];
    // One unknown figure (not delivered), stored as unknown: never as 0.
    const wachttijd = defs.find((d) => d.code === 'BW-WACHTTIJD');
    const last = wachttijd?.figures.find((f) => f.note);
    if (last) {
      last.numerator = null;
      last.denominator = null;
    }
    await saveAll(db, nml.id, defs, clock, result);
    result.zrm = await zrmDemo(db, nml.id, ids, rnd, clock);
  }
  return result;
}

async function saveAll(
  db: Db,
  programmeId: string,
  defs: (Def & { figures: MeasurementInput[] })[],
  clock: Clock,
  result: { indicators: number; measurements: number },
) {
  for (const [position, d] of defs.entries()) {
    const { figures, ...def } = d;
    const id = await saveIndicator(db, DEMO_ACTOR, { ...def, programmeId, position, isDemo: true }, clock);
    result.indicators++;
    const entries = figures.map((f) => ({ ...f, indicatorId: id, source: DEMO_SOURCE }));
    await inTransaction(db, (tx) => writeMeasurements(tx, DEMO_ACTOR, { programmeId, entries, isDemo: true }, clock));
    result.measurements += entries.length;
  }
}

/** Start and follow-up ZRM per demo client; the smallest provider has only a handful (suppressed). */
async function zrmDemo(db: Db, programmeId: string, providers: string[], rnd: Random, clock: Clock): Promise<number> {
  let n = 0;
  const sizes = [46, 31, 24, 3];
  for (const [pi, provider] of providers.entries()) {
    const assessments: { clientRef: string; kind: 'start' | 'vervolg'; date: string; scores: (number | null)[] }[] = [];
    for (let c = 0; c < (sizes[pi] ?? 10); c++) {
      const start = ZRM_DOMAINS.map((_, d) => (d === 12 && rnd.chance(0.3) ? null : rnd.int(1, 4)));
      const follow = start.map((s) => (s === null ? null : Math.min(5, Math.max(1, s + rnd.weighted([-1, 0, 1, 2], [1, 4, 4, 1])))));
      const month = 1 + (c % 6);
      assessments.push({ clientRef: `demo-${pi}-${c}`, kind: 'start', date: `2025-0${month}-15`, scores: start });
      assessments.push({
        clientRef: `demo-${pi}-${c}`,
        kind: 'vervolg',
        date: `2025-${String(month + 6).padStart(2, '0')}-15`,
        scores: follow,
      });
    }
    n += await recordZrmAssessments(db, DEMO_ACTOR, { programmeId, providerOrganisationId: provider, assessments, isDemo: true }, clock);
  }
  return n;
}
