import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTree, type ProgressNodeInput } from './evaluate-tree';
import { DEFAULT_RULE } from './roll-up';
import { PROGRESS_STATUSES } from './status';

const node = (
  id: string,
  parentId: string | null,
  latest: ProgressNodeInput['latest'] = null,
  extra: Partial<ProgressNodeInput> = {},
): ProgressNodeInput => ({
  id,
  parentId,
  weight: 1,
  latest,
  override: null,
  ...extra,
});

describe('evaluateTree', () => {
  it('rolls leaves up through every level; an override wins per field and the derived value stays visible', () => {
    const nodes = [
      node('thema', null),
      node('project', 'thema'),
      node('a', 'project', { status: 'groen', percent: 20 }),
      node('b', 'project', { status: 'oranje', percent: 60 }),
      node('c', 'project', { status: 'vervallen', percent: null }),
      node('ander', 'thema', { status: 'groen', percent: 100 }, { weight: 3 }),
    ];
    const s = evaluateTree(nodes, DEFAULT_RULE);
    expect(s.get('project')).toMatchObject({ status: 'oranje', percent: 40, statusSource: 'afgeleid' });
    expect(s.get('thema')).toMatchObject({ status: 'oranje', percent: 85, statusSource: 'afgeleid' });

    const overridden = nodes.map((n) =>
      n.id === 'project' ? { ...n, override: { status: 'groen' as const, percent: null, reason: 'Besproken in de stuurgroep' } } : n,
    );
    const o = evaluateTree(overridden, DEFAULT_RULE);
    expect(o.get('project')).toMatchObject({ status: 'groen', statusSource: 'override', percent: 40, percentSource: 'afgeleid' });
    expect(o.get('project')?.derived?.status).toBe('oranje');
    // The override feeds the parent.
    expect(o.get('thema')?.status).toBe('groen');
  });

  it('keeps a cancelled parent cancelled and falls back to its own update when children report nothing', () => {
    const s = evaluateTree(
      [
        node('p', null, { status: 'vervallen', percent: null }),
        node('k', 'p', { status: 'rood', percent: 5 }),
        node('q', null, { status: 'oranje', percent: 30 }),
        node('l', 'q'),
      ],
      DEFAULT_RULE,
    );
    expect(s.get('p')).toMatchObject({ status: 'vervallen', statusSource: 'eigen' });
    expect(s.get('q')).toMatchObject({ status: 'oranje', statusSource: 'eigen', percent: 30 });
    expect(s.get('l')).toMatchObject({ status: null, statusSource: 'geen' });
  });

  it('refuses a cycle', () => {
    expect(() => evaluateTree([node('a', 'b'), node('b', 'a')], DEFAULT_RULE)).toThrow(/kring/);
  });

  it('on random trees without overrides, a parent with reporting children shows the worst of its children', () => {
    const tree = fc
      .array(fc.record({ parent: fc.nat(), status: fc.constantFrom(...PROGRESS_STATUSES.filter((s) => s !== 'vervallen')) }), {
        minLength: 1,
        maxLength: 25,
      })
      .map((rows) => rows.map((r, i) => node(`n${i}`, i === 0 ? null : `n${r.parent % i}`, { status: r.status, percent: null })));
    fc.assert(
      fc.property(tree, (nodes) => {
        const s = evaluateTree(nodes, { status: 'slechtste', percent: 'geen' });
        // Independent check: a node is rood iff some leaf below it (or the node itself, as a leaf) reported rood.
        const kids = (id: string) => nodes.filter((n) => n.parentId === id);
        const anyRedLeaf = (id: string): boolean => {
          const k = kids(id);
          return k.length === 0 ? nodes.find((n) => n.id === id)?.latest?.status === 'rood' : k.some((c) => anyRedLeaf(c.id));
        };
        for (const n of nodes) expect(s.get(n.id)?.status === 'rood').toBe(anyRedLeaf(n.id));
      }),
      { numRuns: 300 },
    );
  });
});
