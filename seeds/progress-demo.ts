import { inTransaction, type Db } from '../src/db/database';
import { listProgrammes } from '../src/db/queries/programme';
import { hasProgressData, listNodeSections, listPeriods, listProgressNodes, type ProgressNodeRow } from '../src/db/queries/progress';
import { dutchDate, quarterPeriods, reportingEnd, type ProgressStatus } from '../src/domain/progress';
import type { Clock } from '../src/domain/shared/clock';
import { parseDeadline, type Deadline } from '../src/domain/shared/deadline';
import { SYSTEM_ACTOR, type Actor } from '../src/server/auth/actor';
import { createPeriods } from '../src/server/services/progress/create-periods';
import { getProgress } from '../src/server/services/progress/get-progress';
import { deadlineOf } from '../src/server/services/progress/load-progress';
import { lockPeriod } from '../src/server/services/progress/lock-period';
import { postUpdate } from '../src/server/services/progress/post-update';
import { saveMilestone } from '../src/server/services/progress/save-milestone';
import { setOverride } from '../src/server/services/progress/set-override';

/**
 * Demo progress for the demo programmes: quarterly reporting periods, milestones taken from the
 * nodes' own deadlines and "Tijdpad" lines, and invented traffic-light updates. Everything
 * invented is flagged `isDemo` and its text starts with "Demo:", so the UI labels it as demo.
 * Deterministic (a hash of the node key), idempotent (skips a programme that has periods).
 */
const PAST_PERIODS = 6;
const DEMO_ACTOR: Actor = { ...SYSTEM_ACTOR, label: 'demo (voorbeeldgegevens)' };

const RESULTS = [
  'Demo: eerste overleg met de betrokken partners gevoerd en werkafspraken vastgelegd.',
  'Demo: plan van aanpak besproken in de werkgroep en bijgesteld.',
  'Demo: concept opgeleverd en voorgelegd aan de beleidsmedewerkers.',
  'Demo: uitvoering loopt volgens planning; deelnemers positief over de aanpak.',
];
const ATTENTION = [
  'Demo: capaciteit bij de deelnemende organisaties is krap.',
  'Demo: besluitvorming in enkele colleges loopt later dan gepland.',
  'Demo: financiering na dit jaar is nog niet geregeld.',
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** A plausible course for one node: three reports, the status drifting with the hash. */
function course(key: string): { status: ProgressStatus; percent: number }[] {
  const h = hash(key);
  const mid: ProgressStatus = (['groen', 'groen', 'oranje', 'rood'] as const)[h % 4] ?? 'groen';
  const last: ProgressStatus = (['groen', 'afgerond', 'oranje', 'groen', 'rood'] as const)[(h >> 3) % 5] ?? 'groen';
  const p1 = 10 + (h % 20);
  return [
    { status: 'groen', percent: p1 },
    { status: mid, percent: p1 + 20 + ((h >> 5) % 15) },
    { status: last, percent: last === 'afgerond' ? 100 : p1 + 40 + ((h >> 7) % 20) },
  ];
}

function milestonesOf(n: ProgressNodeRow, sections: { title: string; body: string }[]): { title: string; deadline: Deadline }[] {
  const out: { title: string; deadline: Deadline }[] = [];
  for (const s of sections.filter((x) => x.title === 'Tijdpad')) {
    for (const line of s.body.split('\n')) {
      const m = /^- ([^:]+): (.+)$/.exec(line.trim());
      const parsed = m?.[1] ? parseDeadline(m[1]) : null;
      if (m?.[2] && parsed?.ok && parsed.deadline.end)
        out.push({ title: m[2].charAt(0).toUpperCase() + m[2].slice(1), deadline: parsed.deadline });
    }
  }
  if (out.length === 0 && n.deadlineEnd && n.deadlineGrain !== 'doorlopend') {
    out.push({
      title: `${n.title}: gereed`,
      deadline: deadlineOf(n),
    });
  }
  return out;
}

export interface ProgressDemoResult {
  programmes: number;
  updates: number;
  milestones: number;
}

export async function loadProgressDemo(db: Db, clock: Clock): Promise<ProgressDemoResult> {
  const result: ProgressDemoResult = { programmes: 0, updates: 0, milestones: 0 };
  for (const p of await listProgrammes(db)) {
    if (await hasProgressData(db, p.id)) continue;
    // One transaction per programme (the services nest as savepoints): all or nothing, and fast.
    await inTransaction(db, (tx) => demoForProgramme(tx, p, clock, result));
    result.programmes++;
  }
  return result;
}

async function demoForProgramme(
  db: Db,
  p: { id: string; periodStart: string | null; periodEnd: string | null },
  clock: Clock,
  result: ProgressDemoResult,
): Promise<void> {
  const today = dutchDate(clock.now());
  {
    const nodes = await listProgressNodes(db, p.id);
    // Quarters over the programme's period; without one, over the span of its nodes' deadlines.
    const dated = nodes
      .flatMap((n) => [n.deadlineStart, n.deadlineEnd])
      .filter((d): d is string => d !== null)
      .sort();
    const first = Number((p.periodStart ?? dated[0] ?? today).slice(0, 4));
    const last = Math.min(first + 5, Number((p.periodEnd ?? dated[dated.length - 1] ?? today).slice(0, 4)));
    const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    // The last six past quarters (and any still to come): enough history for terugblik and
    // "stand per …", and few locks, so a fresh server starts quickly.
    const quarters = years.flatMap((y) => quarterPeriods(y, 10));
    const past = quarters.filter((q) => reportingEnd(q) < today);
    const kept = [...past.slice(-PAST_PERIODS), ...quarters.filter((q) => reportingEnd(q) >= today)];
    await createPeriods(db, DEMO_ACTOR, { programmeId: p.id, periods: kept }, clock);
    const periods = (await listPeriods(db, p.id)).filter((x) => reportingEnd(x) < today);

    const sections = new Map((await listNodeSections(db, p.id)).map((r) => [r.nodeId, r.sections]));
    const parents = new Set(nodes.map((n) => n.parentId));
    for (const n of nodes) {
      for (const m of milestonesOf(n, sections.get(n.id) ?? [])) {
        const end = m.deadline.end ?? today;
        // Past milestones are mostly done (on time or a little late); a few stay open, hence overdue.
        const h = hash(`${n.id}${m.title}`);
        const doneDate = end < today && h % 4 !== 0 ? (h % 3 === 0 ? addMonth(end) : end) : null;
        await saveMilestone(
          db,
          DEMO_ACTOR,
          {
            programmeId: p.id,
            nodeId: n.id,
            title: m.title,
            deadline: m.deadline,
            doneDate: doneDate && doneDate <= today ? doneDate : null,
            isDemo: true,
          },
          clock,
        );
        result.milestones++;
      }
      if (parents.has(n.id) || periods.length === 0) continue;
      // Three reports spread over the programme's past periods, dated a week before each due date.
      const picks = [0.3, 0.6, 0.95].map((f) => periods[Math.min(periods.length - 1, Math.floor(f * periods.length))]);
      const steps = course(n.id + n.title);
      for (const [i, period] of picks.entries()) {
        const step = steps[i];
        if (!period || !step || (i > 0 && picks[i - 1] === period)) continue;
        const h = hash(`${n.title}${i}`);
        await postUpdate(
          db,
          DEMO_ACTOR,
          {
            programmeId: p.id,
            nodeId: n.id,
            reportDate: period.endDate,
            status: step.status,
            percent: step.percent,
            results: RESULTS[h % RESULTS.length] ?? null,
            attentionPoints: step.status === 'groen' || step.status === 'afgerond' ? null : (ATTENTION[h % ATTENTION.length] ?? null),
            isDemo: true,
          },
          clock,
        );
        result.updates++;
      }
    }

    // Lock all past periods but the last, so "stand per …" can be shown and one lock is left to do.
    for (const period of periods.slice(0, -1)) await lockPeriod(db, DEMO_ACTOR, { programmeId: p.id, periodId: period.id }, clock);
    // One override with its reason, to show how the derived value stays visible beside it.
    const view = await getProgress(db, DEMO_ACTOR, { programmeId: p.id }, clock);
    const red = view.nodes.find((x) => x.level === 1 && x.derived?.status === 'rood');
    if (red) {
      await setOverride(
        db,
        DEMO_ACTOR,
        {
          programmeId: p.id,
          nodeId: red.nodeId,
          status: 'oranje',
          percent: null,
          reason: 'Demo: herstelplan besproken en vastgesteld in het bestuurlijk overleg.',
        },
        clock,
      );
    }
  }
}

function addMonth(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
