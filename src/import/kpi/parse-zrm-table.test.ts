import { describe, expect, it } from 'vitest';
import { ZRM_DOMAINS } from '../../domain/kpi/zrm';
import { DomainError } from '../../domain/shared/errors';
import { parseDelimited } from '../table/parse-delimited';
import type { RawTable } from '../table/raw-table';
import { parseZrmTable, zrmDomainIndex } from './parse-zrm-table';

const table = (text: string): RawTable => ({ sheets: [{ kind: 'csv', name: ';', rows: parseDelimited(text, ';') }] });
const providers = [
  { id: 'p1', names: ['Aanbieder Een', 'een'] },
  { id: 'p2', names: ['Aanbieder Twee', 'twee'] },
];
const ctx = { providers, pseudonymSecret: 'geheim-voor-de-test' };
const wideHeader = ['client', 'aanbieder', 'datum', 'meting', ...ZRM_DOMAINS].join(';');
const scores = (v: string) => ZRM_DOMAINS.map(() => v).join(';');

function rejection(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('ZRM import file', () => {
  it('reads the wide form: one row per assessment, 13 domain columns', () => {
    const { assessments } = parseZrmTable(
      table([wideHeader, `k1;Aanbieder Een;01-02-2025;start;${scores('2')}`, `k1;een;01-08-2025;vervolg;${scores('3')}`].join('\n')),
      ctx,
    );
    expect(assessments.map((a) => [a.clientRef, a.providerId, a.kind, a.date, a.scores[0]])).toEqual([
      ['k1', 'p1', 'start', '2025-02-01', 2],
      ['k1', 'p1', 'vervolg', '2025-08-01', 3],
    ]);
  });

  it('reads the long form, grouping the domain rows of one assessment; without a meting column the earliest date is the start', () => {
    const rows = ['client;aanbieder;datum;domein;score', 'k9;twee;2025-03-01;Financiën;1', 'k9;twee;2025-03-01;Werk en opleiding;2'];
    rows.push('k9;twee;2025-09-01;financien;4', 'k9;twee;2025-09-01;Justitie;');
    const { assessments } = parseZrmTable(table(rows.join('\n')), ctx);
    expect(assessments).toHaveLength(2);
    const [start, follow] = assessments;
    expect(start?.kind).toBe('start');
    expect(start?.scores.slice(0, 2)).toEqual([1, 2]);
    expect(follow?.kind).toBe('vervolg');
    expect(follow?.scores[0]).toBe(4);
    expect(follow?.scores[12]).toBeNull();
    expect(zrmDomainIndex('Werk & opleiding')).toBe(1);
  });

  it('replaces a BSN by its keyed pseudonym and never shows it; refuses a BSN-like number that fails the elfproef', () => {
    const ok = parseZrmTable(table([wideHeader, `111222333;een;01-02-2025;start;${scores('2')}`].join('\n')), ctx);
    expect(ok.assessments[0]?.clientRef).toMatch(/^h:[0-9a-f]{32}$/);
    expect(ok.assessments[0]?.fromBsn).toBe(true);
    expect(JSON.stringify(ok)).not.toContain('111222333');
    const bad = rejection(() => parseZrmTable(table([wideHeader, `123456789;een;01-02-2025;start;${scores('2')}`].join('\n')), ctx));
    expect(bad.message).toContain('elfproef');
    expect(bad.message).not.toContain('123456789');
    const noKey = rejection(() =>
      parseZrmTable(table([wideHeader, `111222333;een;01-02-2025;start;${scores('2')}`].join('\n')), {
        providers,
        pseudonymSecret: undefined,
      }),
    );
    expect(noKey.message).toContain('pseudonimiseringssleutel');
  });

  it('rejects the whole file with every bad row named in Dutch', () => {
    const e = rejection(() =>
      parseZrmTable(
        table(
          [
            wideHeader,
            `k1;Onbekende zorg;01-02-2025;start;${scores('2')}`,
            `k2;een;31-02-2025;start;${scores('2')}`,
            `k3;een;01-02-2025;eerste;${scores('6')}`,
            `k4;een;01-02-2025;start;${scores('3')}`,
          ].join('\n'),
        ),
        ctx,
      ),
    );
    expect(e.code).toBe('IMPORT_ROW_INVALID');
    const details = e.details as { row: number; field: string; reason: string }[];
    expect(details.map((d) => d.row)).toEqual(expect.arrayContaining([2, 3, 4]));
    expect(details.some((d) => d.row === 5)).toBe(false);
    expect(details.find((d) => d.row === 2)?.reason).toContain('geen aanbieder');
    expect(details.find((d) => d.row === 3)?.reason).toContain('geen datum');
    expect(details.filter((d) => d.row === 4).map((d) => d.reason)).toEqual(
      expect.arrayContaining([
        "'eerste' is geen meting: start of vervolg",
        "'6' is geen ZRM-score (1 tot en met 5, of leeg voor niet gescoord)",
      ]),
    );
  });
});
