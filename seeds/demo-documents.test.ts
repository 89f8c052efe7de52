import { describe, expect, it } from 'vitest';
import { ProgrammeDocumentSchema, type ProgrammeDocument } from '../src/domain/programme/document';
import { checkDocumentReferences } from '../src/domain/programme/document-check';
import { parseDeadline, validateDeadline } from '../src/domain/shared/deadline';
import { demoDocuments, demoMilestones, meedoenEnWonenNml, mjpPkpGroningen, zorglandschapFlevoland } from './programmes/index';
import { financeLines2023 } from './programmes/meedoen-en-wonen/finance';
import { ambitionResults } from './programmes/meedoen-en-wonen/results';

const parse = (d: unknown): ProgrammeDocument => ProgrammeDocumentSchema.parse(d);
const mjp = parse(mjpPkpGroningen);
const flevo = parse(zorglandschapFlevoland);
const nml = parse(meedoenEnWonenNml);

type Node = ProgrammeDocument['nodes'][number];
const children = (doc: ProgrammeDocument, parent: string | null): Node[] => doc.nodes.filter((n) => (n.parentKey ?? null) === parent);
const depth = (doc: ProgrammeDocument, n: Node): number => {
  let d = 0;
  let p = n.parentKey ?? null;
  while (p !== null) {
    d++;
    p = doc.nodes.find((x) => x.key === p)?.parentKey ?? null;
  }
  return d;
};
const atDepth = (doc: ProgrammeDocument, d: number): Node[] => doc.nodes.filter((n) => depth(doc, n) === d);

describe('demo documents: valid and self-contained', () => {
  it.each(demoDocuments.map((d) => [d.programme.slug, d] as const))('%s parses against the document schema', (_slug, d) => {
    const r = ProgrammeDocumentSchema.safeParse(d);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it.each([mjp, flevo, nml].map((d) => [d.programme.slug, d] as const))('%s refers only to things it declares', (_slug, doc) => {
    const orgs = new Set((doc.organisations ?? []).map((o) => o.key));
    const gemeenten = new Set((doc.organisations ?? []).filter((o) => o.kind === 'gemeente').map((o) => o.key));
    const nodeKeys = doc.nodes.map((n) => n.key);
    const nodes = new Set(nodeKeys);
    expect(nodes.size).toBe(nodeKeys.length);
    const problems: string[] = [];
    doc.nodes.forEach((n, i) => {
      const parent = n.parentKey ?? null;
      if (parent !== null && !nodeKeys.slice(0, i).includes(parent)) problems.push(`${n.key}: ouder ${parent} ontbreekt of komt later`);
      for (const g of n.municipalities ?? []) if (!gemeenten.has(g)) problems.push(`${n.key}: ${g} is geen gemeente`);
      if (n.owner && !orgs.has(n.owner)) problems.push(`${n.key}: eigenaar ${n.owner}`);
      for (const t of n.trekkers ?? [])
        if ('organisation' in t && !orgs.has(t.organisation)) problems.push(`${n.key}: trekker ${t.organisation}`);
      if ((n.municipalities ?? []).length > 0 && n.scope !== 'lokaal') problems.push(`${n.key}: gemeenten zonder scope lokaal`);
    });
    for (const e of doc.efforts ?? []) {
      for (const g of e.goals) if (!nodes.has(g)) problems.push(`inspanning ${e.key}: doel ${g}`);
      if ('organisation' in e.partner && !orgs.has(e.partner.organisation)) problems.push(`inspanning ${e.key}: partner`);
    }
    for (const l of doc.links ?? []) {
      if (!nodes.has(l.from) || (typeof l.to === 'string' && !nodes.has(l.to))) problems.push(`link ${l.from}`);
    }
    for (const r of doc.regions ?? []) for (const g of r.municipalities) if (!gemeenten.has(g)) problems.push(`regio ${r.key}: ${g}`);
    for (const p of doc.programme.partners ?? []) if (!orgs.has(p)) problems.push(`partner ${p}`);
    if (doc.programme.region && !(doc.regions ?? []).some((r) => r.key === doc.programme.region)) problems.push('programmaregio');
    expect(problems).toEqual([]);
    // The import's own reference check agrees, on an empty database.
    expect(checkDocumentReferences(doc, { organisations: new Map(), regions: new Set(), persons: new Set() })).toEqual([]);
  });

  it('keeps deadline wording, and the dates agree with the shared deadline parser wherever it reads the wording', () => {
    const checked: string[] = [];
    for (const doc of [mjp, flevo, nml]) {
      for (const n of doc.nodes) {
        const d = n.deadline;
        if (!d || typeof d === 'string') continue;
        expect(d.wording, n.key).toBeTruthy();
        const parsed = parseDeadline(d.wording ?? '');
        if (!parsed.ok) continue;
        expect({ start: d.start ?? null, end: d.end ?? null }, `${doc.programme.slug} ${n.key} '${d.wording}'`).toEqual({
          start: parsed.deadline.start,
          end: parsed.deadline.end,
        });
        checked.push(d.wording ?? '');
      }
    }
    expect(checked).toContain('Q3 en Q4 2022');
    expect(checked).toContain('doorlopend');
  });
});

describe('MJP PKP Groningen', () => {
  it('has primary and secondary prevention at the top with 8 + 6 = 14 DIN projects, numbered per appendix', () => {
    expect(mjp.programme.levelLabels).toEqual(['Preventie', 'Project', 'Inspanning']);
    expect(children(mjp, null).map((n) => n.title)).toEqual(['Primaire preventie', 'Secundaire preventie']);
    const projects = atDepth(mjp, 1);
    expect(projects).toHaveLength(14);
    expect(children(mjp, 'primaire-preventie').map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(children(mjp, 'secundaire-preventie').map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const p of projects) {
      expect(p.doelstelling, p.key).toBeTruthy();
      expect(p.expectedResult, p.key).toBeTruthy();
      expect(
        (p.sections ?? []).map((s) => s.title),
        p.key,
      ).toEqual(expect.arrayContaining(['Financiën', 'Acties']));
      expect(p.gapAnalysis?.budget, p.key).toBeTruthy();
    }
  });

  it('records the efforts of gemeenten, Menzis and aanbieders for every project, with Menzis "geen" as a fact', () => {
    const efforts = mjp.efforts ?? [];
    const partnerName = (e: (typeof efforts)[number]) => ('group' in e.partner ? e.partner.group : e.partner.organisation);
    for (const p of atDepth(mjp, 1)) {
      const own = efforts.filter((e) => e.goals.includes(p.key));
      expect(own.map(partnerName).sort(), p.key).toEqual(['Aanbieders', 'Groninger gemeenten', 'menzis']);
    }
    const none = efforts.filter((e) => e.geen === true);
    expect(none).toHaveLength(1);
    expect(none.map((e) => [partnerName(e), mjp.nodes.find((n) => n.key === e.goals[0])?.title, e.text ?? null])).toEqual([
      ['menzis', 'Passende huisvesting', null],
    ]);
  });

  it("keeps zero, another fund and unknown apart in the projects' budgets", () => {
    const budgets = atDepth(mjp, 1).map((p) => [p.key, p.gapAnalysis?.budget?.kind, p.gapAnalysis?.budget?.cents ?? null]);
    expect(budgets.filter(([, kind]) => kind === 'onbekend').map(([k]) => k)).toEqual(['sp-4']);
    expect(budgets.filter(([, kind]) => kind === 'ander-fonds').map(([k]) => k)).toEqual(['pp-2', 'pp-3', 'pp-4', 'pp-5', 'sp-2']);
    expect(budgets.filter(([, kind, cents]) => kind === 'bedrag' && cents !== 0)).toEqual([['pp-1', 'bedrag', 500_000]]);
    for (const p of atDepth(mjp, 1)) {
      if (/Geen extra financiering/.test(p.gapAnalysis?.budget?.note ?? ''))
        expect(p.gapAnalysis?.budget, p.key).toMatchObject({ kind: 'bedrag', cents: 0 });
    }
  });

  it('makes no links the document leaves out', () => {
    expect(mjp.links ?? []).toEqual([]);
    expect((mjp.efforts ?? []).every((e) => e.goals.length === 1)).toBe(true);
  });

  it('covers the ten Groninger gemeenten with CBS codes', () => {
    const region = (mjp.regions ?? []).find((r) => r.key === 'regio-groningen');
    expect(region?.municipalities).toHaveLength(10);
  });
});

describe('Zorglandschap Wmo Flevoland', () => {
  it('has 5 hoofddoelen with 4, 4, 4, 3 and 1 fundamenten and their resultaten', () => {
    expect(flevo.programme.levelLabels).toEqual(['Hoofddoel', 'Fundament', 'Resultaat']);
    const goals = children(flevo, null);
    expect(goals.map((g) => g.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(goals.map((g) => children(flevo, g.key).length)).toEqual([4, 4, 4, 3, 1]);
    const results = atDepth(flevo, 2);
    // Counted in the document per hoofddoel (a bullet printed twice in a row under 3.3 counts once).
    const perGoal = goals.map((g) => results.filter((r) => r.key.startsWith(`${g.key}-`)).length);
    expect(perGoal).toEqual([12, 16, 9, 7, 6]);
    for (const f of atDepth(flevo, 1)) expect(children(flevo, f.key).length, f.key).toBeGreaterThan(0);
    expect(results.every((r) => r.code === undefined || r.code === null)).toBe(true);
  });

  it('links only the cross-reference the document spells out (actie 2.3.2)', () => {
    expect((flevo.links ?? []).map((l) => [l.from, l.to])).toEqual([['hd3-f4-r1', 'hd2-f3-r2']]);
    const target = flevo.nodes.find((n) => n.key === 'hd2-f3-r2');
    expect(target?.title).toMatch(/op-, af- en ombouwplan/);
  });

  it('has stakeholders and evaluation plans, and lokaal results run in all six gemeenten', () => {
    expect(flevo.programme.description).toMatch(/Stakeholders: rond de inwoner/);
    expect(flevo.programme.description).toMatch(/Evalueren:/);
    const six = (flevo.regions ?? [])[0]?.municipalities ?? [];
    expect(six).toHaveLength(6);
    const local = flevo.nodes.filter((n) => n.scope === 'lokaal');
    expect(local.length).toBeGreaterThan(0);
    for (const n of local) expect(n.municipalities, n.key).toEqual(six);
  });
});

describe('Beleidsagenda Meedoen en Wonen Noord- en Midden-Limburg', () => {
  it('has 2 pijlers with 4 + 3 = 7 ambities and their activities', () => {
    expect(nml.programme.levelLabels).toEqual(['Pijler', 'Ambitie', 'Activiteit']);
    const pillars = children(nml, null);
    expect(pillars).toHaveLength(2);
    expect(pillars.map((p) => children(nml, p.key).length)).toEqual([4, 3]);
    const ambitions = atDepth(nml, 1);
    expect(ambitions).toHaveLength(7);
    expect(ambitions.map((a) => children(nml, a.key).length)).toEqual([3, 3, 3, 5, 5, 3, 3]);
    for (const a of ambitions) {
      const codes = children(nml, a.key).map((n) => n.code);
      // Roman numerals restart per ambition.
      expect(codes[0], a.key).toBe('I');
    }
  });

  it('runs every lokaal activity in all 14 NML municipalities; regional ones carry no municipalities', () => {
    const region = (nml.regions ?? []).find((r) => r.key === 'noord-en-midden-limburg');
    const fourteen = region?.municipalities ?? [];
    expect(fourteen).toHaveLength(14);
    const noord = (nml.regions ?? []).find((r) => r.key === 'noord-limburg')?.municipalities ?? [];
    const midden = (nml.regions ?? []).find((r) => r.key === 'midden-limburg')?.municipalities ?? [];
    expect([noord.length, midden.length]).toEqual([7, 7]);
    expect(new Set([...noord, ...midden])).toEqual(new Set(fourteen));
    const activities = atDepth(nml, 2);
    const local = activities.filter((a) => a.scope === 'lokaal');
    expect(local.length).toBeGreaterThan(0);
    for (const a of local) expect(a.municipalities, a.key).toEqual(fourteen);
    for (const a of activities.filter((x) => x.scope !== 'lokaal')) expect(a.municipalities ?? [], a.key).toEqual([]);
  });

  it('keeps deadlines at the grain and in the words of the document', () => {
    const byWording = (w: string) =>
      atDepth(nml, 2)
        .map((a) => a.deadline)
        .filter((d): d is Exclude<typeof d, string | null | undefined> => typeof d === 'object' && d !== null && d.wording === w);
    expect(byWording('Q3 en Q4 2022').map((d) => [d.grain, d.start, d.end])).toEqual([['periode', '2022-07-01', '2022-12-31']]);
    expect(byWording('Q4 van 2022 of Q1 van 2023').map((d) => [d.grain, d.start, d.end])).toEqual([['keuze', '2022-10-01', '2023-03-31']]);
    expect(byWording('doorlopend').every((d) => d.grain === 'doorlopend' && d.end === null)).toBe(true);
    expect(byWording('doorlopend').length).toBeGreaterThan(0);
    expect(byWording('uiterlijk in Q1 2023').map((d) => d.grain)).toEqual(['kwartaal', 'kwartaal']);
  });

  it('keeps the results of bijlage 1 beside the activities: per ambition, numbered from 1, never linked to an activity', () => {
    const ambitions = atDepth(nml, 1);
    const counts = ambitions.map((a) => ambitionResults.filter((r) => r.ambition === a.key).length);
    expect(counts).toEqual([5, 3, 4, 2, 5, 3, 4]);
    for (const a of ambitions) {
      const own = ambitionResults.filter((r) => r.ambition === a.key);
      expect(own.map((r) => r.code)).toEqual(own.map((_r, i) => String(i + 1)));
      expect((a.expectedResult ?? '').split('\n'), a.key).toEqual(own.map((r) => `${r.code}. ${r.text}`));
    }
    expect(ambitionResults.every((r) => ambitions.some((a) => a.key === r.ambition))).toBe(true);
    expect(nml.links ?? []).toEqual([]);
  });

  it('attaches each 2023 finance line to the activity the table names, as its requested budget', () => {
    const withBudget = nml.nodes.filter((n) => n.gapAnalysis?.budget);
    expect(withBudget.map((n) => n.key).sort()).toEqual(financeLines2023.map((f) => f.activity).sort());
    for (const f of financeLines2023) {
      const node = nml.nodes.find((n) => n.key === f.activity);
      expect(node?.gapAnalysis?.budget, f.activity).toMatchObject({ kind: 'bedrag', cents: f.cents });
      if (f.parts) expect(f.parts.reduce((s, p) => s + p.cents, 0)).toBe(f.cents);
    }
    // Budget 2023 in the document: € 25.000 + € 100.000 + € 275.000 + € 150.000.
    expect(withBudget.reduce((s, n) => s + (n.gapAnalysis?.budget?.cents ?? 0), 0)).toBe(550_000 * 100);
  });
});

describe('timeline steps as milestones', () => {
  const docs = new Map([mjp, flevo, nml].map((d) => [d.programme.slug, d]));

  it('belong to existing nodes, are valid deadlines, and agree with the shared parser where it reads the words', () => {
    for (const m of demoMilestones) {
      const node = docs.get(m.programme)?.nodes.find((n) => n.key === m.node);
      expect(node, `${m.programme} ${m.node}`).toBeDefined();
      expect(validateDeadline(m.due), m.due.wording).toBeNull();
      const parsed = parseDeadline(m.due.wording);
      if (parsed.ok) expect([m.due.start, m.due.end], m.due.wording).toEqual([parsed.deadline.start, parsed.deadline.end]);
    }
  });

  it("are exactly the lines of each node's Tijdpad section", () => {
    for (const doc of docs.values()) {
      for (const n of doc.nodes) {
        const body = (n.sections ?? []).find((x) => x.title === 'Tijdpad')?.body;
        const own = demoMilestones.filter((m) => m.programme === doc.programme.slug && m.node === n.key);
        expect(body === undefined ? [] : body.split('\n'), n.key).toEqual(own.map((m) => `- ${m.due.wording}: ${m.title}`));
      }
    }
    expect(demoMilestones.some((m) => m.due.wording === 'medio 2021' && m.due.grain === 'jaar')).toBe(true);
  });
});
