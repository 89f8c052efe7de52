import { describe, expect, it } from 'vitest';
import { testNode } from './test-node';
import type { Effort, TreeNodeData } from '../api/types';
import { deletionImpact } from './deletion';

function node(id: string, parentId: string | null, position: number): TreeNodeData {
  return testNode({
    id,
    parentId,
    position,
    key: id,
    code: null,
    title: id,
    description: null,
    level: 0,
    scope: null,
    ownerOrganisation: null,
    version: 1,
  });
}
function effort(id: string, goalIds: string[]): Effort {
  return {
    id,
    key: id,
    position: 0,
    partnerKey: 'group:Alle gemeenten',
    partner: { type: 'group', group: 'Alle gemeenten' },
    goalIds,
    text: id,
    geen: false,
    version: 1,
  };
}

const nodes = [node('a', null, 0), node('a1', 'a', 0), node('a1x', 'a1', 0), node('a2', 'a', 1), node('b', null, 1)];

describe('deletionImpact', () => {
  it('takes the whole subtree and the efforts that serve only deleted goals', () => {
    const impact = deletionImpact(
      nodes,
      [effort('only-a1x', ['a1x']), effort('a-and-b', ['a2', 'b']), effort('b-only', ['b']), effort('inside', ['a', 'a1'])],
      'a',
    );
    expect(impact.descendants.map((n) => n.id)).toEqual(['a1', 'a1x', 'a2']);
    expect(impact.effortsRemoved.map((e) => e.id)).toEqual(['only-a1x', 'inside']);
    expect(impact.effortsKept.map((e) => e.id)).toEqual(['a-and-b']);
  });

  it('has nothing else to take for a leaf without efforts', () => {
    expect(deletionImpact(nodes, [effort('b-only', ['b'])], 'a2')).toEqual({ descendants: [], effortsRemoved: [], effortsKept: [] });
  });
});
