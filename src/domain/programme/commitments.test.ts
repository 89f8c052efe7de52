import { describe, expect, it } from 'vitest';
import { commitmentsOf, partnerKeysOf, partnerVia } from './commitments';

const groups = [{ id: 'g-org', name: 'Groninger gemeenten' }];
const node = (
  id: string,
  over: Partial<{ ownerOrganisationId: string | null; trekkerOrganisationIds: string[]; municipalityIds: string[] }> = {},
) => ({
  id,
  ownerOrganisationId: null,
  trekkerOrganisationIds: [],
  municipalityIds: [],
  ...over,
});

describe('commitments of an organisation', () => {
  it('counts an effort of a group it belongs to, by group organisation or by the group named in text', () => {
    expect(partnerVia('org:stad', 'stad', groups)).toBeNull();
    expect(partnerVia('org:g-org', 'stad', groups)).toBe('Groninger gemeenten');
    expect(partnerVia('group: groninger Gemeenten ', 'stad', groups)).toBe('Groninger gemeenten');
    expect(partnerVia('group:Aanbieders', 'stad', groups)).toBeUndefined();
    expect(partnerVia('org:menzis', 'stad', groups)).toBeUndefined();
    expect(partnerKeysOf(['org:menzis', 'org:stad', 'group:Groninger gemeenten', 'group:Aanbieders'], 'stad', groups)).toEqual([
      'org:stad',
      'group:Groninger gemeenten',
    ]);
  });

  it('lists every node with why: effort (own or through a group), owner, trekker, participating municipality; "geen" is no commitment', () => {
    const nodes = [
      node('a'),
      node('b', { ownerOrganisationId: 'stad' }),
      node('c', { trekkerOrganisationIds: ['g-org'], municipalityIds: ['stad'] }),
      node('d'),
    ];
    const efforts = [
      { id: 'e1', partnerKey: 'group:Groninger gemeenten', text: 'Zet de aanpak voort', geen: false, goalIds: ['a', 'b'] },
      { id: 'e2', partnerKey: 'org:stad', text: null, geen: true, goalIds: ['d'] },
      { id: 'e3', partnerKey: 'org:menzis', text: 'Financiert', geen: false, goalIds: ['d'] },
      { id: 'e4', partnerKey: 'org:stad', text: 'Eigen inzet', geen: false, goalIds: ['zz'] },
    ];
    const r = commitmentsOf('stad', groups, nodes, efforts);
    expect([...r.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(r.get('a')).toEqual([{ kind: 'inspanning', via: 'Groninger gemeenten', effortId: 'e1', text: 'Zet de aanpak voort' }]);
    expect(r.get('b')?.map((x) => [x.kind, x.via])).toEqual([
      ['eigenaar', null],
      ['inspanning', 'Groninger gemeenten'],
    ]);
    expect(r.get('c')?.map((x) => [x.kind, x.via])).toEqual([
      ['trekker', 'Groninger gemeenten'],
      ['gemeente', null],
    ]);
    // Without the group membership the group's effort is not the municipality's.
    expect([...commitmentsOf('stad', [], nodes, efforts).keys()].sort()).toEqual(['b', 'c']);
  });
});
