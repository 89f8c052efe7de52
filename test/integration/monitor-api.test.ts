import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitorResult } from '../../src/domain/monitor/responses';
import { ANONYMOUS_ACTOR } from '../../src/server/auth/actor';
import { assertMaySeeRaw } from '../../src/server/services/monitor/compute-monitor';
import { episodeColumnsCurrent, settleEpisodeColumns } from '../../src/server/services/monitor/episode-cache';
import { multipart } from '../support/multipart';
import { buildTestApp, type TestApp } from '../support/test-app';

const HEADER = 'client,gemeente,aanbieder,product,start,einde,reden_einde,pgb';
/** 7 clients in 0001 (BW), 2 in 0002 (BW): 0002 must be hidden, and so must something that gives it away. */
const EPISODES = [
  HEADER,
  ...Array.from({ length: 7 }, (_, i) => `a${i},0001,A1,BW,2024-01-0${i + 1},,,nee`),
  'b1,0002,A1,BW,2024-02-01,,,nee',
  'b2,0002,A1,BW,2024-02-02,,,nee',
].join('\n');
const REGIONS = 'gemeente,gemeente_naam,regio,regio_naam\n0001,Alfa,R1,Regio Noord\n0002,Beta,R1,Regio Noord\n';

describe('monitor API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ signedInAs: 'beheerder' });
    for (const [fileName, content] of [
      ['regio.csv', REGIONS],
      ['episodes.csv', EPISODES],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/monitor/imports', ...multipart([{ fileName, content }]) });
      expect(res.statusCode, res.body).toBe(200);
    }
  });
  afterAll(async () => t.close());
  const q = '?from=2024-01-01&to=2024-03-31&per=kwartaal&by=gemeente&product=BW';

  it('reads the episodes into memory right after an import, before anyone asks', async () => {
    // No monitor question has been asked yet: only the import itself can have started the load.
    await settleEpisodeColumns(t.database.db);
    expect(await episodeColumnsCurrent(t.database.db)).toBe(true);
  });

  it('answers suppressed figures by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/monitor/figures${q}` });
    expect(res.statusCode).toBe(200);
    const body = res.json<MonitorResult>();
    expect(body.suppressed).toBe(true);
    const byCode = Object.fromEntries(body.rows.map((r) => [r.unit_code, r.in_zorg]));
    expect(byCode['0002']).toBe('<5');
    // 0001 alone would give 0002 away through the region total (9 − 7): it is hidden too.
    expect(byCode['0001']).toBe('x');
  });

  it('gives raw figures to the monitor-analist who asks for them', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/monitor/figures${q}&suppress=false` });
    const body = res.json<MonitorResult>();
    expect(body.suppressed).toBe(false);
    expect(body.rows.map((r) => [r.unit_code, r.in_zorg])).toEqual([
      ['0001', 7],
      ['0002', 2],
    ]);
  });

  it('never gives raw figures to someone without the role', () => {
    expect(() => assertMaySeeRaw(ANONYMOUS_ACTOR, { suppress: false })).toThrow(/monitor-analist/);
    expect(() => assertMaySeeRaw(ANONYMOUS_ACTOR, { suppress: true })).not.toThrow();
  });

  it('publishes the public version and the exports suppressed', async () => {
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/monitor/figures${q}&suppress=false` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json<MonitorResult>().suppressed).toBe(true);
    const csv = await t.app.inject({ method: 'GET', url: `/api/monitor/export.csv${q}` });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('0002;Beta;BW;<5');
    expect(csv.body).not.toMatch(/;Beta;BW;2;/);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/monitor/export.xlsx${q}` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('lists units and the uitleg', async () => {
    const units = await t.app.inject({ method: 'GET', url: '/api/monitor/units?by=regio' });
    expect(units.json()).toEqual({ items: [{ code: 'R1', name: 'Regio Noord' }] });
    const defs = await t.app.inject({ method: 'GET', url: '/api/monitor/definitions' });
    expect(defs.json<{ items: { figure: string }[] }>().items.map((d) => d.figure)).toContain('doorlooptijd_mediaan');
  });

  it('rejects a bad file with 422 and row, field, reason', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/monitor/imports',
      ...multipart([{ fileName: 'x.csv', content: `${HEADER}\nz,0001,A1,BW,2024-02-30,,,nee` }]),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { details: unknown[] } }>().error.details).toEqual([
      { row: 2, field: 'start', reason: "'2024-02-30' is geen datum (jjjj-mm-dd of dd-mm-jjjj)" },
    ]);
  });

  it('imports a batch of files, each all-or-nothing, with one report per file', async () => {
    const good = `${HEADER}\nc1,0001,A2,MO,2024-03-01,,,ja`;
    const bad = `${HEADER}\nc2,0001,A2,MO,2024-03-01,,,misschien`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/monitor/imports/batch',
      ...multipart([
        { fileName: 'z-goed.csv', content: good },
        { fileName: 'a-fout.csv', content: bad },
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
    const reports = res.json<{ files: { file: string; imported: number; rejected: number; errors: { row: number; field: string }[] }[] }>()
      .files;
    expect(reports.map((r) => [r.file, r.imported, r.rejected])).toEqual([
      ['a-fout.csv', 0, 1],
      ['z-goed.csv', 1, 0],
    ]);
    expect(reports[0]?.errors).toEqual([expect.objectContaining({ row: 2, field: 'pgb' })]);
    const figures = await t.app.inject({
      method: 'GET',
      url: '/api/monitor/figures?from=2024-01-01&to=2024-03-31&per=kwartaal&by=gemeente&product=MO&suppress=false',
    });
    expect(figures.json<MonitorResult>().rows.map((r) => [r.unit_code, r.in_zorg, r.pgb])).toEqual([['0001', 1, 1]]);
  });

  it('refuses a period that cannot be split', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/monitor/figures?from=2024-01-02&to=2024-01-31&per=kwartaal' });
    expect(res.statusCode).toBe(400);
  });
});
