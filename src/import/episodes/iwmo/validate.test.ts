import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsBsn, writtenBsn, writtenInvalidBsn } from '../../../../test/support/bsn-forms';
import { redactSchemaMessage } from './validate';

const NS = 'http://www.istandaarden.nl/iwmo/3_2/wmo305/schema';
/** The shapes of libxml2's schema messages that quote a value. */
const templates: ((v: string) => string)[] = [
  (v) => `Schemas validity error : Element '{${NS}}Bsn': [facet 'pattern'] The value '${v}' is not accepted by the pattern '[0-9]{9}'.`,
  (v) =>
    `Schemas validity error : Element '{${NS}}Bsn': '${v}' is not a valid value of the atomic ` +
    `type '{http://www.istandaarden.nl/iwmo/3_2/basisschema/schema}LDT_BurgerServicenummer'.`,
  (v) =>
    `Schemas validity error : Element '{${NS}}Bsn': [facet 'maxLength'] The value '${v}' has a length of '12'; this exceeds the allowed maximum length of '9'.`,
  (v) =>
    `Schemas validity error : Element '{${NS}}Client': Duplicate key-sequence ['${v}', '300201'] in unique identity-constraint '{${NS}}uniekeClient'.`,
  (v) => `Schemas validity error : Element '{${NS}}Bsn', attribute 'x': The value '${v}' is not an element of the set {'1', '2'}.`,
];

describe('redactSchemaMessage', () => {
  it('keeps the element name (for the field) and the schema names, and takes the value out', () => {
    const m = redactSchemaMessage(templates[0]?.('1112.22.400') ?? '', ['1112.22.400']);
    expect(m).toBe(
      `Schemas validity error : Element '{${NS}}Bsn': [facet 'pattern'] The value '[waarde verwijderd]' is not accepted by the pattern '[0-9]{9}'.`,
    );
  });

  it('never passes on a BSN in any form, also when the value list misses it', () => {
    fc.assert(
      fc.property(
        fc.oneof(writtenBsn, writtenInvalidBsn),
        fc.constantFrom(...templates),
        fc.boolean(),
        ({ bsn, written }, template, known) => {
          const out = redactSchemaMessage(template(written), known ? [written] : []);
          expect(containsBsn(out, bsn, written)).toBe(false);
          expect(out).toContain(`{${NS}}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes out a value with a quote in it when the message names it', () => {
    const v = "111'222'333";
    expect(redactSchemaMessage(templates[0]?.(v) ?? '', [v])).not.toMatch(/111|222|333/);
  });
});
