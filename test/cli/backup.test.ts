import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/regietafel.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('regietafel backup / restore as commands', () => {
  it('writes a streamed backup (mode 0600), restores it into a fresh folder, and refuses a damaged one in Dutch without printing rows', () => {
    const source = mkdtempSync(join(tmpdir(), 'rt-bk-'));
    const file = join(mkdtempSync(join(tmpdir(), 'rt-bk-out-')), 'backup.jsonl');
    expect(cli(['migrate', '--data', source]).code).toBe(0);
    const user = cli(['user', 'add', '--data', source, '--email', 'beheer@regio.test', '--name', 'Beheer', '--platform-role', 'beheerder']);
    expect(user.code, user.err).toBe(0);
    const b = cli(['backup', '--data', source, '--out', file]);
    expect(b.code, b.err).toBe(0);
    expect(b.out).toMatch(/Back-up geschreven naar .*: \d+ tabellen, \d+ rijen\./);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'regietafel-backup', version: 2 });
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ end: true });

    const target = mkdtempSync(join(tmpdir(), 'rt-bk-'));
    const r = cli(['restore', file, '--data', target]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Back-up teruggezet: \d+ tabellen, \d+ rijen\./);

    // A damaged row: a Dutch message naming the table and rows, nothing of the rows themselves.
    const damaged = join(tmpdir(), `rt-bk-bad-${process.pid}.jsonl`);
    const bad = lines.map((l) => (l.startsWith('{"table":"account"') ? l.replace(/"created_at":"[^"]*"/, '"created_at":"geen datum"') : l));
    writeFileSync(damaged, `${bad.join('\n')}\n`);
    const other = mkdtempSync(join(tmpdir(), 'rt-bk-'));
    const refused = cli(['restore', damaged, '--data', other]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/tabel account, rij 1–\d+: een rij past niet in de tabel/);
    expect(refused.err).not.toContain('beheer@regio.test');
    expect(refused.err).not.toContain('$argon2');
  }, 400_000);
});
