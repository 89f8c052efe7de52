/**
 * Deterministic bench data for issue 24: programmes of N nodes with milestones, updates, periods and
 * gap-analysis budgets (as one programme document each, loaded through importProgramme, the service
 * behind `regietafel import programme`), budget lines, bodies with meetings, KPI indicators with
 * measurements (each through its own service, so every row is one the app itself would write).
 */
import { seededRandom, type Random } from '../seeds/random';
import { referenceRegions } from '../seeds/reference/regions';
import { demoReferenceData } from '../seeds/reference-data';
import { organisationsByKeys } from '../src/db/queries/organisation';
import type { Db } from '../src/db/database';
import type { ProgrammeDocumentInput } from '../src/domain/programme/document';
import type { Clock } from '../src/domain/shared/clock';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { createBudgetLine } from '../src/server/services/finance/budget-lines';
import { createMeeting } from '../src/server/services/governance/create-meeting';
import { saveBody } from '../src/server/services/governance/save-body';
import { saveIndicator } from '../src/server/services/kpi/save-indicator';
import { saveMeasurements, type MeasurementInput } from '../src/server/services/kpi/save-measurements';
import { ensureReferenceData } from '../src/server/services/organisation/ensure-reference-data';
import { importProgramme } from '../src/server/services/programme/import-programme';

const LEVELS = ['Thema', 'Doel', 'Subdoel', 'Actie', 'Taak', 'Stap', 'Deelstap'];
const STATUSES = ['groen', 'oranje', 'rood', 'niet-gestart', 'afgerond'] as const;
const WORDS =
  'samen regio gemeente zorg wonen meedoen jeugd wijk preventie toegang cliënt aanbieder inkoop monitor plan afspraak uitvoering ondersteuning netwerk huisvesting werk schuld gezondheid'.split(
    ' ',
  );

const sentence = (r: Random, words: number) =>
  Array.from({ length: words }, () => r.pick(WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase()) + '.';

/** Children per node so that `nodes` nodes fill about five levels. */
const BRANCHING = 6;

export function programmeDocument(index: number, nodes: number): { document: ProgrammeDocumentInput; regionKey: string } {
  const r = seededRandom(24_000 + index);
  const region = referenceRegions[index % referenceRegions.length];
  if (!region) throw new Error('geen regio');
  const gemeenten = region.municipalities;
  const slug = `bench-${String(index + 1).padStart(2, '0')}`;
  const parentOf = (i: number) => (i === 0 ? null : Math.floor((i - 1) / BRANCHING));
  const depth: number[] = [];
  const docNodes: ProgrammeDocumentInput['nodes'] = [];
  const childCount = new Array<number>(nodes).fill(0);
  for (let i = 0; i < nodes; i++) {
    const p = parentOf(i);
    depth[i] = p === null ? 0 : (depth[p] ?? 0) + 1;
    if (p !== null) childCount[p] = (childCount[p] ?? 0) + 1;
  }
  // Node 0 is one theme among several roots: every node whose parent would be 0 hangs at the top too
  // when i < BRANCHING, so the programme has BRANCHING + 1 themes.
  for (let i = 0; i < nodes; i++) {
    const p = parentOf(i);
    const top = p === null || p === 0;
    const d = top ? 0 : (depth[i] ?? 1) - 1;
    docNodes.push({
      key: `n${i}`,
      parentKey: top ? null : `n${p}`,
      code: top ? String(i + 1) : `${i}`,
      title: `${LEVELS[Math.min(d, LEVELS.length - 1)]} ${i + 1}: ${sentence(r, 4).slice(0, -1)}`,
      description: sentence(r, 25),
      level: Math.min(d, LEVELS.length - 1),
      scope: r.pick(['lokaal', 'regionaal', 'bovenregionaal'] as const),
      owner: r.pick(gemeenten),
      trekkers: [{ organisation: r.pick(gemeenten) }],
      municipalities: gemeenten.filter(() => r.chance(0.3)),
      deadline: `Q${r.int(1, 4)} ${r.int(2025, 2027)}`,
      doelstelling: sentence(r, 12),
      expectedResult: sentence(r, 12),
      gapAnalysis: r.chance(0.3)
        ? {
            currentPractices: [sentence(r, 8)],
            hiaat: sentence(r, 10),
            voorstel: sentence(r, 10),
            budget: { kind: 'bedrag', cents: r.int(1, 500) * 100_000 },
          }
        : null,
    });
  }
  const leaves = docNodes.filter((_, i) => (childCount[i] ?? 0) === 0);
  const milestones = leaves.map((n) => ({
    node: n.key,
    title: `Mijlpaal: ${sentence(r, 4).slice(0, -1)}`,
    deadline: `Q${r.int(1, 4)} 2026`,
    planYear: 2026,
    planQuarter: r.int(1, 4),
    doneDate: r.chance(0.3) ? `2025-${String(r.int(1, 12)).padStart(2, '0')}-15` : null,
  }));
  const updates = leaves.flatMap((n) =>
    [3, 6, 9].map((month) => ({
      node: n.key,
      organisation: r.pick(gemeenten),
      reportDate: `2025-${String(month).padStart(2, '0')}-28`,
      status: r.pick(STATUSES),
      percent: r.int(0, 100),
      results: sentence(r, 15),
      attentionPoints: r.chance(0.4) ? sentence(r, 10) : null,
      author: 'Benchmark',
      createdAt: `2025-${String(month).padStart(2, '0')}-28T10:00:00Z`,
    })),
  );
  const periods = [1, 2, 3, 4].map((q) => ({
    label: `Q${q} 2025`,
    kind: 'kwartaal' as const,
    startDate: `2025-${String(q * 3 - 2).padStart(2, '0')}-01`,
    endDate: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'][q - 1] ?? '2025-12-31',
    dueDate: ['2025-04-15', '2025-07-15', '2025-10-15', '2026-01-15'][q - 1] ?? '2026-01-15',
  }));
  const document: ProgrammeDocumentInput = {
    format: 'regietafel-programma',
    formatVersion: 1,
    programme: {
      slug,
      title: `Benchmarkprogramma ${index + 1} (${region.name})`,
      description: sentence(r, 30),
      levelLabels: LEVELS,
      periodStart: '2024-01-01',
      periodEnd: '2027-12-31',
      status: 'actief',
      region: region.key,
      owner: gemeenten[0] ?? null,
      partners: gemeenten.slice(0, 10),
    },
    nodes: docNodes,
    progress: { rule: { status: 'slechtste', percent: 'gewogen-gemiddelde' }, periods, milestones, updates },
  };
  return { document, regionKey: region.key };
}

export interface LoadedProgramme {
  id: string;
  slug: string;
  nodes: number;
  firstNodeId?: string;
}

export interface LoadedCounts {
  programmes: LoadedProgramme[];
  nodes: number;
  milestones: number;
  updates: number;
  budgetLines: number;
  bodies: number;
  meetings: number;
  indicators: number;
  measurements: number;
}

const BUDGET_LINES = 20;
const BODIES = 3;
const MEETINGS = 4;
const MONTHS = 60;

/** Load the programmes, their finance, governance and KPI through the services. */
export async function loadProgrammes(
  db: Db,
  clock: Clock,
  opts: { programmes: number; nodes: number; kpiMeasurements: number },
): Promise<LoadedCounts> {
  await ensureReferenceData(db, SYSTEM_ACTOR, demoReferenceData(), clock);
  const counts: LoadedCounts = {
    programmes: [],
    nodes: 0,
    milestones: 0,
    updates: 0,
    budgetLines: 0,
    bodies: 0,
    meetings: 0,
    indicators: 0,
    measurements: 0,
  };
  const perProgramme = Math.ceil(opts.kpiMeasurements / opts.programmes);
  for (let p = 0; p < opts.programmes; p++) {
    const { document } = programmeDocument(p, opts.nodes);
    const r = seededRandom(25_000 + p);
    let t = performance.now();
    const lap = (what: string) => {
      if (process.env.BENCH_VERBOSE) console.log(`  ${what}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
      t = performance.now();
    };
    const result = await importProgramme(db, SYSTEM_ACTOR, { document }, clock);
    lap(`programma ${p + 1} importeren (${result.nodes} onderdelen)`);
    counts.programmes.push({ id: result.id, slug: result.slug, nodes: result.nodes });
    counts.nodes += result.nodes;
    counts.milestones += document.progress?.milestones?.length ?? 0;
    counts.updates += document.progress?.updates?.length ?? 0;

    const gemeenten = await organisationsByKeys(db, document.programme.partners ?? []);
    for (let b = 0; b < BUDGET_LINES; b++) {
      await createBudgetLine(
        db,
        SYSTEM_ACTOR,
        {
          programme: result.id,
          fields: {
            nodeId: null,
            year: 2025 + (b % 3),
            moneyStream: r.pick(['SPUK', 'GALA', 'IZA', 'eigen middelen']),
            payerOrganisationId: r.pick(gemeenten).id,
            recurrence: r.pick(['eenmalig', 'structureel'] as const),
            status: r.pick(['aangevraagd', 'toegekend', 'gerealiseerd'] as const),
            requestedCents: r.int(10, 1000) * 100_000,
            grantedCents: null,
            realisedCents: null,
            cofinancerIds: [],
            condition: null,
            conditionMet: null,
            note: sentence(r, 6),
          },
        },
        clock,
      );
      counts.budgetLines++;
    }
    lap('begrotingsregels');
    for (let b = 0; b < BODIES; b++) {
      const bodyId = await saveBody(
        db,
        SYSTEM_ACTOR,
        {
          programmeId: result.id,
          fields: {
            name: `Overleg ${b + 1}`,
            kind: r.pick(['bestuurlijk', 'ambtelijk', 'werkgroep']),
            purpose: sentence(r, 10),
            frequencyText: 'maandelijks',
          },
        },
        clock,
      );
      counts.bodies++;
      for (let m = 0; m < MEETINGS; m++) {
        await createMeeting(
          db,
          SYSTEM_ACTOR,
          { programmeId: result.id, bodyId, date: `2025-${String(m * 3 + 1 + b).padStart(2, '0')}-10` },
          clock,
        );
        counts.meetings++;
      }
    }
    lap('overleggen');
    // KPI: monthly figures per gemeente for 2021–2025, as many indicators as perProgramme figures need.
    const units = gemeenten.slice(0, 10);
    const months = MONTHS;
    const indicators = Math.max(1, Math.ceil(perProgramme / (units.length * MONTHS)));
    const goal = counts.measurements + perProgramme;
    for (let k = 0; k < indicators; k++) {
      const indicatorId = await saveIndicator(
        db,
        SYSTEM_ACTOR,
        {
          programmeId: result.id,
          code: `K${k + 1}`,
          name: `Indicator ${k + 1}`,
          unit: 'aantal',
          direction: k % 2 === 0 ? 'hoger' : 'lager',
          dimension: 'gemeente',
          grain: 'maand',
          unitOrganisationIds: units.map((u) => u.id),
          targets: [],
          position: k,
        },
        clock,
      );
      counts.indicators++;
      const entries: MeasurementInput[] = [];
      for (let m = 0; m < months && counts.measurements + entries.length < goal; m++) {
        const y = 2021 + Math.floor(m / 12);
        const periodStart = `${y}-${String((m % 12) + 1).padStart(2, '0')}-01`;
        for (const u of units) entries.push({ indicatorId, grain: 'maand', periodStart, unitKey: u.id, value: r.int(0, 500) });
      }
      await saveMeasurements(db, SYSTEM_ACTOR, { programmeId: result.id, entries }, clock);
      counts.measurements += entries.length;
    }
    lap('KPI');
  }
  return counts;
}
