import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, fieldsOf, OTHER_STREAM } from './budget-line-form';

describe('budget-line form', () => {
  it('reads Dutch amounts and keeps an empty amount unknown', () => {
    const r = fieldsOf({ ...emptyDraft('n1'), requested: '€ 2.176.993', granted: '7.500', realised: '' });
    expect(r).toMatchObject({
      ok: true,
      fields: { nodeId: 'n1', requestedCents: 217_699_300, grantedCents: 750_000, realisedCents: null },
    });
  });

  it('names the field of an ambiguous amount and a bad year', () => {
    const r = fieldsOf({ ...emptyDraft(), requested: '1,500', year: '20233' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['requested', 'year']);
  });

  it('round-trips a line through the draft, also an installation’s own money stream', () => {
    const line = {
      id: 'x',
      programmeId: 'p',
      version: 3,
      nodeId: null,
      year: null,
      moneyStream: 'Fonds Sociaal Domein',
      payerOrganisationId: null,
      recurrence: 'structureel' as const,
      status: 'gerealiseerd' as const,
      requestedCents: 1_234_567,
      grantedCents: 0,
      realisedCents: null,
      cofinancerIds: [],
      condition: 'uitstroom gehaald',
      conditionMet: false,
      note: null,
    };
    const d = draftOf(line, ['wmo']);
    expect(d.moneyStream).toBe(OTHER_STREAM);
    const { id: _i, programmeId: _p, version: _v, ...fields } = line;
    expect(fieldsOf(d)).toEqual({ ok: true, fields });
  });
});
