import { describe, expect, it } from 'vitest';
import { hasLink, linkedToNode, mayUnlink } from './initiative';

const links = [
  { id: 'l1', programmeId: 'p', nodeId: null },
  { id: 'l2', programmeId: 'p', nodeId: 'n1' },
  { id: 'l3', programmeId: 'q', nodeId: 'm1' },
];

describe('initiative links', () => {
  it('knows a link that is already there (programme-wide and per node are different links)', () => {
    expect(hasLink(links, 'p', null)).toBe(true);
    expect(hasLink(links, 'p', 'n1')).toBe(true);
    expect(hasLink(links, 'p', 'n2')).toBe(false);
    expect(hasLink(links, 'q', null)).toBe(false);
  });
  it('never removes the last link', () => {
    expect(mayUnlink(links, 'l2')).toBe(true);
    expect(mayUnlink([links[0] ?? { id: '', programmeId: '', nodeId: null }], 'l1')).toBe(false);
    expect(mayUnlink(links, 'nope')).toBe(false);
  });
  it('lists for a node only what is linked to that node', () => {
    const items = [
      { name: 'A', links },
      { name: 'B', links: [{ id: 'x', programmeId: 'p', nodeId: null }] },
    ];
    expect(linkedToNode(items, 'n1').map((i) => i.name)).toEqual(['A']);
    expect(linkedToNode(items, 'm1').map((i) => i.name)).toEqual(['A']);
  });
});
