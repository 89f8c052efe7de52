import { describe, expect, it } from 'vitest';
import type { Effort } from '../api/types';
import { effortInput, effortValues } from './effort-values';
import { NEW_GROUP } from './validate';

const menzis: Effort = {
  id: 'e1',
  key: 'e1',
  position: 0,
  partnerKey: 'org:menzis-id',
  partner: {
    type: 'organisation',
    organisation: { id: 'menzis-id', key: 'menzis', name: 'Menzis', kind: 'zorgverzekeraar', cbsCode: null },
  },
  goalIds: ['n1', 'n2'],
  text: 'Cofinanciering',
  geen: false,
  version: 3,
};

describe('effort form values', () => {
  it('prefills the edit form from the stored effort', () => {
    expect(effortValues(menzis)).toEqual({ partner: 'org:menzis-id', group: '', text: 'Cofinanciering', geen: false });
    expect(effortValues({ ...menzis, text: null, geen: true })).toEqual({ partner: 'org:menzis-id', group: '', text: '', geen: true });
  });

  it('turns the values back into a request, this node first and once', () => {
    expect(effortInput(effortValues(menzis), 'n1', ['n2', 'n1'])).toEqual({
      partner: { organisationId: 'menzis-id' },
      goalIds: ['n1', 'n2'],
      text: 'Cofinanciering',
      geen: false,
    });
    expect(effortInput({ partner: 'group:Alle gemeenten', group: '', text: 'x', geen: true }, 'n1', [])).toEqual({
      partner: { group: 'Alle gemeenten' },
      goalIds: ['n1'],
      text: null,
      geen: true,
    });
    expect(effortInput({ partner: NEW_GROUP, group: ' Huisartsen ', text: ' Verwijzen ', geen: false }, 'n1', []).partner).toEqual({
      group: 'Huisartsen',
    });
  });
});
