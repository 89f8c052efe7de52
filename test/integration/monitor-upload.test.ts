import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/** Windows-1252 by hand (the characters used below), so the test does not lean on the decoder it checks. */
function windows1252(text: string): Uint8Array {
  const map: Record<string, number> = { ú: 0xfa, â: 0xe2, ë: 0xeb, é: 0xe9 };
  return Uint8Array.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

/** UTF-16 little-endian with its BOM (Excel's "Unicode text"). */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const LIMIT = 4_000;

describe(`monitor upload: the file's own bytes, with a size limit (${testDriver})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder', monitor: { pseudonymSecret: undefined, threshold: 5, maxUploadBytes: LIMIT } });
  });
  afterAll(async () => t.close());

  const units = async (by: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/monitor/units?by=${by}` })).json<{ items: { code: string; name: string }[] }>().items;

  it('reads a Windows-1252 file and a UTF-16 file as the characters they hold', async () => {
    const cp1252 = windows1252('gemeente,gemeente_naam,regio,regio_naam\n1900,Súdwest-Fryslân,R9,Regio Wâldën\n');
    expect(cp1252.includes(0xfa)).toBe(true); // really not UTF-8
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/monitor/imports',
      ...multipart([{ fileName: 'regio.csv', content: cp1252 }]),
    });
    expect(res.statusCode, res.body).toBe(200);
    const utf16 = utf16le('gemeente,gemeente_naam,regio,regio_naam\n0080,Leeuwarden,R8,Regio Fryslân-Noord é\n');
    const batch = await t.app.inject({
      method: 'POST',
      url: '/api/monitor/imports/batch',
      ...multipart([{ fileName: 'regio-unicode.txt', content: utf16 }]),
    });
    expect(batch.statusCode, batch.body).toBe(200);
    expect(batch.json<{ files: { imported: number; rejected: number }[] }>().files).toEqual([
      expect.objectContaining({ imported: 1, rejected: 0 }),
    ]);
    expect(await units('regio')).toEqual(
      expect.arrayContaining([
        { code: 'R9', name: 'Regio Wâldën' },
        { code: 'R8', name: 'Regio Fryslân-Noord é' },
      ]),
    );
  });

  it('refuses a file over the limit with a Dutch 413 that names the file and the limit, and stores nothing', async () => {
    const big = `gemeente,gemeente_naam,regio,regio_naam\n${'0999,Groot,R7,Regio Groot\n'.repeat(200)}`;
    expect(big.length).toBeGreaterThan(LIMIT);
    for (const url of ['/api/monitor/imports', '/api/monitor/imports/batch']) {
      const res = await t.app.inject({ method: 'POST', url, ...multipart([{ fileName: 'groot.csv', content: big }]) });
      expect(res.statusCode).toBe(413);
      const error = res.json<{ error: { code: string; message: string } }>().error;
      expect(error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(error.message).toMatch(/^Het bestand 'groot\.csv' is groter dan 4 kB, de grens voor deze import\./);
      expect(error.message).toContain('Er is niets opgeslagen');
    }
    expect((await units('regio')).map((u) => u.code)).not.toContain('R7');
  });

  it('asks for the file itself when the request is not multipart', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/monitor/imports', payload: { fileName: 'regio.csv', content: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('multipart/form-data');
  });
});
