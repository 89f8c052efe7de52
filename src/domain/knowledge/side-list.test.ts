import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { normaliseSideListItems } from './side-list';

describe('normaliseSideListItems', () => {
  it('keeps the given order as positions, trims, and stores an empty text as null', () => {
    expect(
      normaliseSideListItems([
        { title: ' Eerst wonen ', text: '  ' },
        { title: 'Dichtbij huis', text: 'In de wijk' },
      ]),
    ).toEqual([
      { position: 0, title: 'Eerst wonen', text: null },
      { position: 1, title: 'Dichtbij huis', text: 'In de wijk' },
    ]);
  });
  it('names every item without a title', () => {
    try {
      normaliseSideListItems([{ title: 'a' }, { title: ' ' }, { title: '' }]);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).details).toEqual([
        { field: 'items[1].title', reason: 'punt 2 heeft geen titel' },
        { field: 'items[2].title', reason: 'punt 3 heeft geen titel' },
      ]);
    }
  });
});
