import { describe, expect, it } from 'vitest';
import { assertPublicationFields, DEFAULT_PUBLICATION_FIELDS, normalisePublicationFields, PUBLICATION_FIELDS } from './fields';

describe('publication fields', () => {
  it('suggests descriptions yes and points of attention no, and has no field for persons', () => {
    expect(DEFAULT_PUBLICATION_FIELDS.nodeDescriptions).toBe(true);
    expect(DEFAULT_PUBLICATION_FIELDS.attentionPoints).toBe(false);
    expect(PUBLICATION_FIELDS.some((f) => /person|trekker|author|member/i.test(f))).toBe(false);
  });
  it('refuses unknown or missing fields, naming each', () => {
    expect(() => assertPublicationFields({ ...DEFAULT_PUBLICATION_FIELDS, persons: true })).toThrow(/persons.*nooit gepubliceerd/);
    const { statuses: _omit, ...rest } = DEFAULT_PUBLICATION_FIELDS;
    expect(() => assertPublicationFields(rest)).toThrow(/statuses: Kies ja of nee/);
    expect(assertPublicationFields({ ...DEFAULT_PUBLICATION_FIELDS })).toEqual(DEFAULT_PUBLICATION_FIELDS);
  });
  it('reads stored settings strictly: only true is true', () => {
    expect(normalisePublicationFields({ statuses: 'yes', results: true, extra: true })).toEqual({
      programmeDescription: false,
      nodeDescriptions: false,
      statuses: false,
      results: true,
      attentionPoints: false,
      milestones: false,
    });
    expect(normalisePublicationFields(null).statuses).toBe(false);
  });
});
