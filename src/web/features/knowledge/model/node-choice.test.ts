import { describe, expect, it } from 'vitest';
import { CHOICE_LIMIT, nodesToOffer } from './node-choice';

const tree = [
  { id: 'a', parentId: null, code: 'A', title: 'Wonen' },
  { id: 'a1', parentId: 'a', code: 'A1', title: 'Doorstroom uit beschermd wonen' },
  { id: 'b', parentId: null, code: 'B', title: 'Preventie' },
  { id: 'b1', parentId: 'b', code: 'B1', title: 'Valpreventie bij ouderen' },
];
const ids = (r: { shown: { id: string }[] }) => r.shown.map((n) => n.id);

describe('nodesToOffer', () => {
  it('offers the top level without a search, and keeps chosen nodes in view in tree order', () => {
    expect(ids(nodesToOffer(tree, [], ''))).toEqual(['a', 'b']);
    expect(ids(nodesToOffer(tree, ['b1'], ''))).toEqual(['a', 'b', 'b1']);
  });

  it('searches code and title, accent- and case-insensitively', () => {
    expect(ids(nodesToOffer(tree, [], 'preventie'))).toEqual(['b', 'b1']);
    expect(ids(nodesToOffer(tree, [], 'a1'))).toEqual(['a1']);
    expect(ids(nodesToOffer([{ id: 'c', code: null, title: 'Cliëntondersteuning' }], [], 'client'))).toEqual(['c']);
    expect(ids(nodesToOffer(tree, ['a'], 'valp'))).toEqual(['a', 'b1']);
  });

  it('shows at most the limit and says how many more match', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, parentId: 'x', code: `${i}`, title: 'Wijkteam' }));
    const r = nodesToOffer(many, ['n99'], 'wijk');
    expect(r.shown).toHaveLength(CHOICE_LIMIT + 1);
    expect(r.more).toBe(100 - CHOICE_LIMIT);
  });
});
