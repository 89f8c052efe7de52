import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { checkDocumentReferences, parseProgrammeDocument } from './document-check';
import type { ProgrammeDocumentInput } from './document';

const base = (): ProgrammeDocumentInput => ({
  format: 'regietafel-programma',
  formatVersion: 1,
  programme: { slug: 'agenda', title: 'Agenda', levelLabels: ['Pijler', 'Ambitie', 'Activiteit'], partners: ['venlo', 'menzis'] },
  organisations: [
    { key: 'venlo', name: 'Venlo', kind: 'gemeente', cbsCode: '0983' },
    { key: 'menzis', name: 'Menzis', kind: 'zorgverzekeraar' },
  ],
  nodes: [
    { key: 'p1', title: 'Pijler' },
    { key: 'a1', parentKey: 'p1', title: 'Ambitie', scope: 'lokaal', municipalities: ['venlo'], deadline: 'Q3 en Q4 2022' },
  ],
  efforts: [
    { partner: { organisation: 'menzis' }, goals: ['a1', 'p1'], text: 'financiert' },
    { partner: { group: 'Alle gemeenten' }, goals: ['a1'], geen: true },
  ],
  links: [{ from: 'a1', to: 'p1', kind: 'draagt-bij-aan' }],
});

const known = { organisations: new Map<string, string>(), regions: new Set<string>(), persons: new Set<string>() };

function problems(input: unknown) {
  try {
    parseProgrammeDocument(input);
    return [];
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.details as { path: string; field: string; reason: string }[];
  }
}

describe('programme document', () => {
  it('accepts a small hand-written document and finds no reference problems', () => {
    const doc = parseProgrammeDocument(base());
    expect(checkDocumentReferences(doc, known)).toEqual([]);
  });

  it('reports schema problems in Dutch with path and field, naming the node by its key', () => {
    const doc = base();
    const [n0, n1] = doc.nodes;
    if (!n0 || !n1) throw new Error('fixture');
    n1.deadline = 'voorjaar 2023';
    (n0 as Record<string, unknown>).titel = 'typo';
    doc.efforts?.push({ partner: { organisation: 'menzis' }, goals: ['a1'] });
    expect(problems(doc)).toEqual(
      expect.arrayContaining([
        { path: 'nodes[1] (a1).deadline', field: 'deadline', reason: expect.stringContaining("onbekende termijn 'voorjaar 2023'") },
        { path: 'nodes[0] (p1)', field: 'nodes', reason: expect.stringMatching(/titel/) },
        { path: 'efforts[2].text', field: 'text', reason: 'beschrijf de inspanning, of zet geen: true' },
      ]),
    );
  });

  it('checks every key: parents, cycles, organisations, gemeenten, goals, links', () => {
    const doc = parseProgrammeDocument({
      ...base(),
      nodes: [
        { key: 'p1', parentKey: 'a1', title: 'Pijler' },
        { key: 'a1', parentKey: 'p1', title: 'Ambitie', owner: 'onbekend', municipalities: ['menzis'], scope: 'lokaal' },
        { key: 'a1', title: 'dubbel' },
      ],
      efforts: [{ partner: { organisation: 'lentis' }, goals: ['x9'], text: 'iets' }],
      links: [{ from: 'a1', to: 'a1', kind: 'raakt-aan' }],
    });
    const reasons = checkDocumentReferences(doc, known).map((p) => `${p.path}|${p.field}|${p.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        "nodes[2] (a1)|key|elementsleutel 'a1' komt twee keer voor",
        'nodes[1] (a1)|parentKey|de bovenliggende elementen vormen een kring',
        "nodes[1] (a1)|owner|onbekende organisatie 'onbekend'",
        "nodes[1] (a1).municipalities[0]|municipalities|'menzis' is geen gemeente",
        "efforts[0].partner|organisation|onbekende organisatie 'lentis'",
        "efforts[0].goals[0]|goals|onbekend doel 'x9'",
        'links[0]|to|een element kan niet naar zichzelf verwijzen',
      ]),
    );
  });

  it('lets a document refer to organisations that already exist in the database', () => {
    const doc = parseProgrammeDocument({ ...base(), organisations: [] });
    expect(checkDocumentReferences(doc, known).map((p) => p.reason)).toContain("onbekende organisatie 'venlo'");
    const withDb = {
      ...known,
      organisations: new Map([
        ['venlo', 'gemeente'],
        ['menzis', 'zorgverzekeraar'],
      ]),
    };
    expect(checkDocumentReferences(doc, withDb)).toEqual([]);
  });
});
