import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsBsn, eightDigitBsn, writtenBsn, writtenInvalidBsn } from '../../../test/support/bsn-forms';
import { bsnForm, clientPseudonym, isPlainPseudonym, pseudonymise, quoted } from './pseudonym';

const SECRET = 'unit-test-secret-0123456789';

describe('a BSN in any form becomes its pseudonym, or is refused', () => {
  it('gives every written form of a valid BSN the pseudonym of its nine digits', () => {
    fc.assert(
      fc.property(fc.oneof(writtenBsn, eightDigitBsn), ({ bsn, written }) => {
        expect(clientPseudonym(written, SECRET)).toEqual({ ok: true, client: pseudonymise(bsn, SECRET) });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every written form of a number that fails the elfproef, without echoing it', () => {
    fc.assert(
      fc.property(writtenInvalidBsn, ({ bsn, written }) => {
        const r = clientPseudonym(written, SECRET);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(containsBsn(r.reason, bsn, written)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a BSN without a key, and never returns it', () => {
    fc.assert(
      fc.property(writtenBsn, ({ bsn, written }) => {
        const r = clientPseudonym(written, undefined);
        expect(r).toMatchObject({ ok: false });
        expect(containsBsn(JSON.stringify(r), bsn, written)).toBe(false);
      }),
    );
  });

  it('knows the forms of the probe', () => {
    expect(bsnForm('1112.22.369')).toEqual({ kind: 'bsn', bsn: '111222369' });
    expect(bsnForm('123.456.789')).toEqual({ kind: 'refused', reason: expect.stringContaining('elfproef') });
    expect(bsnForm('111 222 333')).toEqual({ kind: 'bsn', bsn: '111222333' });
    expect(bsnForm('0111222333')).toEqual({ kind: 'bsn', bsn: '111222333' });
    expect(bsnForm('１１１２２２３３３')).toEqual({ kind: 'bsn', bsn: '111222333' });
    expect(bsnForm('BSN111222333')).toEqual({ kind: 'bsn', bsn: '111222333' });
    expect(bsnForm('bsn: 999-900-006')).toEqual({ kind: 'bsn', bsn: '999900006' });
    expect(bsnForm('BSN12345')).toMatchObject({ kind: 'refused' });
    expect(bsnForm('BSN onbekend')).toMatchObject({ kind: 'refused' });
    // Digits of a script NFKC leaves alone (Arabic-Indic): not read, so refused rather than stored.
    expect(bsnForm('١١١٢٢٢٣٣٣')).toMatchObject({ kind: 'refused' });
  });

  it('keeps pseudonyms and client numbers as they are', () => {
    for (const v of [
      'cl-17',
      'k1',
      'demo-00012',
      'bench-000abc',
      'h:0123456789abcdef0123456789abcdef',
      '1234567',
      '12345678901',
      'Burgers 2',
    ]) {
      expect(bsnForm(v), v).toEqual({ kind: 'other' });
      expect(clientPseudonym(v, SECRET), v).toEqual({ ok: true, client: v });
    }
  });

  it('lets the byte check of the fast path pass only what bsnForm keeps', () => {
    const ascii = fc.string({ unit: fc.constantFrom(..." .-'0123456789bsnurBSNURhk:x".split('')), maxLength: 14 });
    fc.assert(
      fc.property(
        fc.oneof(
          ascii,
          writtenBsn.map((w) => w.written.replace(/[^\x20-\x7e]/g, '')),
        ),
        (v) => {
          const b = Buffer.from(v, 'latin1');
          if (isPlainPseudonym(b, 0, b.length)) expect(bsnForm(v)).toEqual({ kind: 'other' });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('does not quote a BSN in a message about another column', () => {
    expect(quoted('2024-02-30')).toBe("'2024-02-30'");
    fc.assert(
      fc.property(writtenBsn, ({ bsn, written }) => {
        expect(containsBsn(quoted(written), bsn, written)).toBe(false);
      }),
    );
  });
});
