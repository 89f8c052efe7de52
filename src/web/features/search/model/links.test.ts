import { describe, expect, it } from 'vitest';
import type { SearchItem } from '../../../../domain/search/responses';
import { resultHref, searchHref } from './links';

const item = (over: Partial<SearchItem>): SearchItem => ({
  kind: 'node',
  entityId: 'n1',
  programme: { id: 'p1', slug: 'meedoen', title: 'Meedoen' },
  nodeId: 'n1',
  path: null,
  title: 'x',
  detail: null,
  public: false,
  matches: [],
  ...over,
});

describe('where a search result leads', () => {
  it('members to the programme pages, by kind', () => {
    expect(resultHref(item({}))).toBe('/programmas/p1/elementen/n1');
    expect(resultHref(item({ kind: 'update' }))).toBe('/programmas/p1/voortgang/elementen/n1');
    expect(resultHref(item({ kind: 'budget' }))).toBe('/programmas/p1/financien');
    expect(resultHref(item({ kind: 'programme', nodeId: null }))).toBe('/programmas/p1');
  });
  it('visitors to the public version, at the node', () => {
    expect(resultHref(item({ public: true }))).toBe('/publiek/meedoen#node-n1');
    expect(resultHref(item({ public: true, kind: 'programme', nodeId: null }))).toBe('/publiek/meedoen');
  });
  it('the query travels encoded', () => {
    expect(searchHref('wonen & zorg', 'node')).toBe('/zoeken?q=wonen+%26+zorg&soort=node');
  });
});
