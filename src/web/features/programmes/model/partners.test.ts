import { describe, expect, it } from 'vitest';
import type { Effort } from '../api/types';
import { partnerOptions } from './partners';

const org = (id: string, name: string): Effort => ({
  id: `e-${id}`,
  key: `e-${id}`,
  position: 0,
  partnerKey: `org:${id}`,
  partner: { type: 'organisation', organisation: { id, key: id, name, kind: 'organisatie', cbsCode: null } },
  goalIds: ['g'],
  text: 'x',
  geen: false,
  version: 1,
});
const group = (name: string): Effort => ({ ...org('x', 'x'), partnerKey: `group:${name}`, partner: { type: 'group', group: name } });

describe('partnerOptions', () => {
  it('lists programme partners first, then groups and other organisations with efforts, once each', () => {
    const opts = partnerOptions(
      [
        { id: 'm', key: 'm', name: 'Menzis', kind: 'zorgverzekeraar', cbsCode: null },
        { id: 'a', key: 'a', name: 'Accare', kind: 'aanbieder', cbsCode: null },
      ],
      [group('Alle gemeenten'), org('m', 'Menzis'), org('z', 'Zilveren Kruis'), group('Aanbieders'), group('Alle gemeenten')],
    );
    expect(opts).toEqual([
      { value: 'org:m', label: 'Menzis' },
      { value: 'org:a', label: 'Accare' },
      { value: 'group:Aanbieders', label: 'Aanbieders' },
      { value: 'group:Alle gemeenten', label: 'Alle gemeenten' },
      { value: 'org:z', label: 'Zilveren Kruis' },
    ]);
  });
});
