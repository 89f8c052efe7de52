import { Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/db/backup';
import type { Database } from '../../src/db/client';
import { fixedClock } from '../../src/domain/shared/clock';
import { buildApp } from '../../src/server/app';
import { signIn } from '../support/auth';
import { containsBsn, eightDigitBsn, writtenBsn, writtenInvalidBsn } from '../support/bsn-forms';
import type { TestApp } from '../support/test-app';
import { createTestDatabase, testDriver } from '../support/test-db';
import { multipart } from '../support/multipart';

const SECRET = 'bsn-privacy-test-secret-0123456789';
const HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb';
const REGIONS = 'gemeente,gemeente_naam,regio,regio_naam\n0001,Alfa,R1,Regio Noord\n0002,Beta,R1,Regio Noord\n';
const wmo305 = readFileSync(new URL('../fixtures/iwmo/WMO305.xml', import.meta.url), 'utf8').replace(
  /<iwmo:Categorie>01<\/iwmo:Categorie>/g,
  '<iwmo:Categorie>15</iwmo:Categorie>',
);
const withBsn = (xml: string, bsn: string) =>
  xml.replace('<wmo305:Bsn>999900006</wmo305:Bsn>', `<wmo305:Bsn>${bsn.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</wmo305:Bsn>`);

/** A CSV field as written: quoted when it holds the separator, a quote or a line break. */
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

/**
 * Issue 25: BSNs generated in every written form go through the real import routes (CSV and iWmo),
 * and none of them, in any form, is found afterwards in the database (every table, through a
 * backup), in the raw or suppressed figures and their CSV/XLSX exports, in the server's log (at
 * trace level) or in any answer of the API, import reports and refusals included.
 */
describe(`no BSN in any form is stored or echoed (${testDriver})`, { timeout: 180_000 }, () => {
  let database: Database;
  let app: FastifyInstance;
  const log: string[] = [];
  const answers: string[] = [];
  let headers: Record<string, string> = {};
  const seed = 25;
  const valid = fc.sample(fc.oneof(writtenBsn, eightDigitBsn), { numRuns: 300, seed });
  const invalid = fc.sample(writtenInvalidBsn, { numRuns: 100, seed });
  const forIwmo = fc.sample(writtenBsn, { numRuns: 12, seed: seed + 1 });
  const everyBsn = [...valid, ...invalid, ...forIwmo];
  const previousSecret = process.env.REGIETAFEL_PSEUDONYM_SECRET;

  const call = async (o: InjectOptions) => {
    const res = await app.inject({ ...o, headers: { ...headers, ...(o.headers ?? {}) } });
    answers.push(JSON.stringify(res.headers), res.body);
    return res;
  };
  const importFile = (fileName: string, content: string) =>
    call({ method: 'POST', url: '/api/monitor/imports', ...multipart([{ fileName, content }]) });

  beforeAll(async () => {
    process.env.REGIETAFEL_PSEUDONYM_SECRET = SECRET;
    database = await createTestDatabase();
    const clock = fixedClock('2026-03-15T10:00:00Z');
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        log.push(chunk.toString('utf8'));
        done();
      },
    });
    // Configuration is parsed once at start (server/config.ts): the secret reaches the app through it.
    app = await buildApp({
      database,
      clock,
      webRoot: null,
      logger: { level: 'trace', stream },
      monitor: { pseudonymSecret: SECRET, threshold: 5 },
    });
    await app.ready();
    const t: TestApp = { app, database, clock, close: async () => undefined, signInAgain: async () => undefined };
    headers = (await signIn(t, 'analist@regietafel.test', { platformRoles: ['monitor-analist'] })).headers;
  });
  afterAll(async () => {
    if (previousSecret === undefined) delete process.env.REGIETAFEL_PSEUDONYM_SECRET;
    else process.env.REGIETAFEL_PSEUDONYM_SECRET = previousSecret;
    await app.close();
    await database.close();
  });

  it('imports valid BSNs in every form as pseudonyms', async () => {
    expect((await importFile('regio.csv', REGIONS)).statusCode).toBe(200);
    const rows = valid.map(({ written }, i) =>
      [written, i % 2 ? '0001' : '0002', i % 3 ? 'A1' : 'A2', i % 4 ? 'BW' : 'MO', day(i), '', '', 'nee'].map(csvField).join(','),
    );
    const res = await importFile('episodes.csv', [HEADER, ...rows].join('\n'));
    expect(res.statusCode, res.body).toBe(200);
    const distinct = new Set(valid.map((v, i) => `${v.bsn}|${i % 2}|${i % 3 ? 1 : 2}|${i % 4 ? 1 : 2}|${day(i)}`)).size;
    expect(res.json<{ imported: number }>().imported).toBe(distinct);
  });

  it('refuses a number that fails the elfproef, in any form, naming row and field but not the value', async () => {
    const rows = invalid.map(({ written }, i) => [written, '0001', 'A1', 'BW', day(i), '', '', 'nee'].map(csvField).join(','));
    const res = await importFile('fout.csv', [HEADER, ...rows].join('\n'));
    expect(res.statusCode).toBe(422);
    const error = res.json<{ error: { details: { row: number; field: string; reason: string }[]; omitted?: number } }>().error;
    const details = error.details;
    // The error list is capped (the first rows, then a count of the rest): every row is accounted for.
    expect(details.map((d) => [d.row, d.field])).toEqual(invalid.slice(0, details.length).map((_, i) => [i + 2, 'client']));
    expect(details.length + (error.omitted ?? 0)).toBe(invalid.length);
    expect(details.every((d) => /elfproef|cijfers/.test(d.reason))).toBe(true);
  });

  it('does not quote a BSN that ended up in another column', async () => {
    const rows = valid
      .slice(0, 20)
      .map(({ written }) => ['c1', written, written, 'BW', written, written, written, written].map(csvField).join(','));
    const res = await importFile('kolommen.csv', [HEADER, ...rows].join('\n'));
    expect(res.statusCode).toBe(422);
  });

  it('imports an iWmo message with a valid BSN, and refuses one whose Bsn breaks the schema without quoting it', async () => {
    const ok = await importFile('ok.xml', withBsn(wmo305, '999900006'));
    expect(ok.statusCode, ok.body).toBe(200);
    for (const { written } of forIwmo) {
      const res = await importFile('bsn.xml', withBsn(wmo305, written));
      if (/^[0-9]{9}$/.test(written)) expect(res.statusCode, res.body).toBe(200);
      else {
        expect(res.statusCode, written).toBe(422);
        expect(
          res.json<{ error: { details: { field: string }[] } }>().error.details.some((d) => d.field === 'Bsn'),
          res.body,
        ).toBe(true);
      }
    }
    // The probe's own example: a value with dots, which the schema refuses and the validator quotes.
    const probe = await importFile('probe.xml', withBsn(wmo305, '1112.22.400'));
    expect(probe.statusCode).toBe(422);
    expect(probe.body).not.toContain('1112.22.400');
    expect(probe.body).toContain('[waarde verwijderd]');
    // Schema-valid but failing the elfproef: refused by the import, not echoed.
    const bad = await importFile('elfproef.xml', withBsn(wmo305, '123456789'));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).not.toContain('123456789');
  });

  it('leaves no BSN in any form in the database, a backup, the figures, the exports, the log or the answers', async () => {
    const q = 'from=2024-01-01&to=2025-12-31&per=kwartaal';
    const texts: string[] = [];
    for (const by of ['gemeente', 'aanbieder', 'regio']) {
      for (const suppress of ['true', 'false']) {
        texts.push((await call({ method: 'GET', url: `/api/monitor/figures?${q}&by=${by}&suppress=${suppress}` })).body);
        texts.push((await call({ method: 'GET', url: `/api/monitor/export.csv?${q}&by=${by}&suppress=${suppress}` })).body);
        const xlsx = await call({ method: 'GET', url: `/api/monitor/export.xlsx?${q}&by=${by}&suppress=${suppress}` });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        wb.eachSheet((s) => s.eachRow((r) => texts.push(JSON.stringify(r.values))));
      }
    }
    texts.push((await call({ method: 'GET', url: `/api/monitor/units?by=aanbieder` })).body);
    const backup = JSON.stringify(await createBackup(database.db, new Date('2026-03-15T10:00:00Z')));
    expect(backup).toContain('h:'); // the pseudonyms are there
    const haystacks: [string, string][] = [
      ['backup', backup],
      ['figures and exports', texts.join('\n')],
      ['log', log.join('')],
      ['answers', answers.join('\n')],
    ];
    expect(log.length).toBeGreaterThan(10);
    for (const [where, text] of haystacks) {
      const found = everyBsn.filter(({ bsn, written }) => containsBsn(text, bsn, written));
      expect(found, where).toEqual([]);
    }
  });
});
