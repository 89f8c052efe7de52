import { describe, expect, it } from 'vitest';
import { testNode } from './test-node';
import type { Effort, TreeNodeData } from '../api/types';
import { NO_FILTER, buildTree, filterTree, flatten, levelLabel } from './tree';

function node(id: string, parentId: string | null, position: number, extra: Partial<TreeNodeData> = {}): TreeNodeData {
  return testNode({
    id,
    parentId,
    position,
    code: null,
    title: `Knoop ${id}`,
    description: null,
    key: id,
    level: 0,
    scope: null,
    ownerOrganisation: null,
    version: 1,
    ...extra,
  });
}

const venlo = { id: 'venlo', key: 'venlo', name: 'Venlo', kind: 'gemeente', cbsCode: '0983' };
const nodes = [
  node('b', null, 2),
  node('a', null, 1),
  node('a2', 'a', 2, { scope: 'regionaal', ownerOrganisation: venlo }),
  node('a1', 'a', 1, { scope: 'lokaal', title: 'Woningen voor uitstroom' }),
  node('a1x', 'a1', 1, { ownerOrganisation: venlo, aliases: ['Skaeve huse'] }),
  node('lost', 'gone', 1),
];

describe('buildTree', () => {
  it('orders siblings by position, nests children and keeps orphans as roots', () => {
    const ids = flatten(buildTree(nodes)).map((t) => `${t.node.id}@${t.depth}`);
    expect(ids).toEqual(['a@0', 'a1@1', 'a1x@2', 'a2@1', 'lost@0', 'b@0']);
  });

  it('does not loop on a cycle', () => {
    const cyclic = [node('x', 'y', 1), node('y', 'x', 1)];
    expect(flatten(buildTree(cyclic))).toEqual([]);
  });
});

describe('levelLabel', () => {
  it('uses the programme labels and repeats the last for deeper levels', () => {
    const labels = ['Pijler', 'Ambitie', 'Activiteit'];
    expect([0, 1, 2, 3].map((d) => levelLabel(labels, d))).toEqual(['Pijler', 'Ambitie', 'Activiteit', 'Activiteit']);
  });
});

describe('filterTree', () => {
  const tree = buildTree(nodes);
  const ids = (f: Partial<typeof NO_FILTER>, efforts: Effort[] = []) =>
    flatten(filterTree(tree, { ...NO_FILTER, ...f }, efforts)).map((t) => t.node.id);

  it('keeps the nodes where the chosen organisation commits (as the server says, groups included), with their ancestors', () => {
    expect(flatten(filterTree(tree, { ...NO_FILTER, organisationId: 'stad' }, [], new Set(['a1x', 'b']))).map((t) => t.node.id)).toEqual([
      'a',
      'a1',
      'a1x',
      'b',
    ]);
    // Until the server has answered, nothing is claimed to match.
    expect(flatten(filterTree(tree, { ...NO_FILTER, organisationId: 'stad' }, [], null))).toEqual([]);
  });

  it('keeps matches with their ancestors', () => {
    expect(ids({ ownerId: 'venlo' })).toEqual(['a', 'a1', 'a1x', 'a2']);
    expect(ids({ scope: 'lokaal' })).toEqual(['a', 'a1']);
    expect(ids({ text: 'WONINGEN' })).toEqual(['a', 'a1']);
  });

  it('finds a node by one of its other names', () => {
    expect(ids({ text: 'skaeve' })).toEqual(['a', 'a1', 'a1x']);
  });

  it('matches a partner on its efforts, but not on an explicit "geen"', () => {
    const menzis = {
      type: 'organisation' as const,
      organisation: { id: 'menzis', key: 'menzis', name: 'Menzis', kind: 'zorgverzekeraar', cbsCode: null },
    };
    const efforts: Effort[] = [
      {
        id: 'e1',
        key: 'e1',
        position: 0,
        partnerKey: 'org:menzis',
        partner: menzis,
        text: 'Cofinanciering',
        geen: false,
        goalIds: ['a2', 'b'],
        version: 1,
      },
      { id: 'e2', key: 'e2', position: 1, partnerKey: 'org:menzis', partner: menzis, text: null, geen: true, goalIds: ['a1'], version: 1 },
      {
        id: 'e3',
        key: 'e3',
        position: 2,
        partnerKey: 'group:menzis',
        partner: { type: 'group', group: 'menzis' },
        text: 'Zelfde naam, andere partner',
        geen: false,
        goalIds: ['a1x'],
        version: 1,
      },
    ];
    expect(ids({ partnerId: 'org:menzis' }, efforts)).toEqual(['a', 'a2', 'b']);
  });
});
