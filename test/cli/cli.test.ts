import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLock } from '../../src/db/data-lock';

// The CLI as a user runs it: a separate process, real exit codes, Dutch messages.
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['bin/regietafel.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('regietafel CLI', () => {
  it('lists its commands with --help and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'migrate', 'demo']) expect(r.out).toContain(c);
  });

  it('exits 1 with a message for an unknown command or bad configuration', () => {
    expect(cli(['bestaat-niet']).code).toBe(1);
    const bad = cli(['migrate'], { DATABASE_URL: 'mysql://x', REGIETAFEL_DATA: mkdtempSync(join(tmpdir(), 'rt-cli-')) });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Ongeldige configuratie');
    expect(bad.err).toContain('DATABASE_URL');
  });

  it('stops with a clear message when PostgreSQL cannot be reached', () => {
    const r = cli(['migrate', '--database-url', 'postgres://postgres@127.0.0.1:1/regietafel']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/De PostgreSQL-database \(postgres:\/\/postgres@127\.0\.0\.1:1\/regietafel\) is niet bereikbaar/);
  });

  it('migrates and loads the demo into a data folder, then refuses a second process on the same folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-cli-'));
    const m = cli(['migrate', '--data', dir]);
    expect(m.code, m.err).toBe(0);
    expect(m.out).toMatch(/Database bijgewerkt: (\d+) van \1 migraties toegepast/);
    const d = cli(['demo', 'load', '--data', dir]);
    expect(d.code, d.err).toBe(0);
    expect(d.out).toContain('3 programma’s toegevoegd');
    expect(cli(['demo', 'load', '--data', dir]).out).toContain('0 programma’s toegevoegd, 3 waren er al');

    // Cost sharing on the demo's reference data: whole cents that add up exactly to the amount.
    const split = cli(['allocate', '--data', dir, '--amount', '€ 32.000,01', '--region', 'midden-limburg', '--format', 'csv']);
    expect(split.code, split.err).toBe(0);
    const rows = split.out
      .trim()
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split(';'));
    expect(rows).toHaveLength(7);
    expect(rows.reduce((s, r) => s + Math.round(Number(r[3]) * 100), 0)).toBe(3_200_001);
    expect(split.out.trim().split('\n').at(-1)).toBe(';totaal;;32000.01');
    const ambiguous = cli(['allocate', '--data', dir, '--amount', '1,500', '--region', 'midden-limburg']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain('dubbelzinnig bedrag');

    // The board report for one body's meeting (the demo's dagelijks bestuur MGR of 27-10-2022), as Word.
    const out = join(dir, 'db-mgr.docx');
    const rep = cli(['report', 'meedoen-en-wonen-nml', '--data', dir, '--body', 'db-mgr', '--format', 'docx', '--out', out]);
    expect(rep.code, rep.err).toBe(0);
    expect(rep.out).toContain('vergadering Dagelijks bestuur MGR');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const badBody = cli(['report', 'meedoen-en-wonen-nml', '--data', dir, '--body', 'bestaat-niet', '--format', 'pdf', '--out', out]);
    expect(badBody.code).toBe(1);
    expect(badBody.err).toContain("Overleg 'bestaat-niet' bestaat niet");

    // A running server holds the folder: another command must not open it.
    const server = spawn(process.execPath, ['bin/regietafel.js', 'serve', '--data', dir, '--port', '0'], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    });
    const exited = new Promise((r) => server.once('exit', r));
    let serverErr = '';
    server.stderr.on('data', (d: Buffer) => (serverErr += String(d)));
    server.stdout.resume();
    try {
      // Wait until the server holds the folder; probing earlier would race it for the lock.
      await expect.poll(() => server.exitCode ?? readLock(dir)?.pid, { timeout: 60_000, interval: 200 }).toBe(server.pid);
      const busy = cli(['migrate', '--data', dir]);
      expect(busy.code, serverErr).toBe(1);
      expect(busy.err).toMatch(new RegExp(`De datamap .* is in gebruik door proces ${server.pid}`));
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      await exited;
    }
    // After a clean shutdown the folder is free again and nothing was lost.
    expect(cli(['demo', 'load', '--data', dir]).out).toContain('3 waren er al');
  }, 240_000);
});
