/**
 * `regietafel backup` and `regietafel restore` of a PGlite database with many care episodes (issue 25:
 * 2,000,000 within 500 MB RSS). Each command runs as a user runs it, in its own process under
 * /usr/bin/time -v, which reports the process's peak resident memory. The baseline in the same run
 * is `cp -r` of the data folder (the bytes on disk copied without the database) and the import of
 * the same episodes into the folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEpisodes } from './generate-episodes';
import { writePart } from './lib/results';
import { scaleFromArgs } from './scale';

const scale = scaleFromArgs(process.argv.slice(2));
const episodes = scale.backupEpisodes;
const TIME = '/usr/bin/time';

interface Step {
  step: string;
  ms: number;
  peakRssMb: number | null;
  output: string;
}

function run(step: string, command: string[]): Step {
  const viaTime = existsSync(TIME);
  const argv = viaTime ? [TIME, '-v', ...command] : command;
  const t0 = performance.now();
  const r = spawnSync(argv[0] ?? '', argv.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    maxBuffer: 64 * 2 ** 20,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${step} mislukt (${r.status}): ${r.stdout}\n${r.stderr.slice(-2000)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const output = r.stdout.trim().split('\n').pop() ?? '';
  console.log(`${step}: ${(ms / 1000).toFixed(1)} s, piek-RSS ${kb ? (Number(kb) / 1024).toFixed(0) : '?'} MB — ${output}`);
  return { step, ms, peakRssMb: kb ? Number(kb) / 1024 : null, output };
}

const dir = mkdtempSync(join(tmpdir(), 'rt-bench-backup-'));
try {
  const csv = join(dir, 'episodes.csv');
  await generateEpisodes(csv, { episodes });
  const data = join(dir, 'data');
  const restored = join(dir, 'restored');
  const file = join(dir, 'backup.jsonl');
  const cli = [process.execPath, 'bin/regietafel.js'];
  const steps: Step[] = [];
  steps.push(run(`import episodes (${episodes})`, [...cli, 'import', 'episodes', csv, '--data', data]));
  steps.push(run('cp -r van de datamap (basis)', ['cp', '-r', data, join(dir, 'copy')]));
  // The floors under any command's memory: the CLI with its modules loaded, and with the database open.
  steps.push(run('regietafel --help (modules geladen)', [...cli, '--help']));
  steps.push(run('regietafel migrate (database open)', [...cli, 'migrate', '--data', data]));
  steps.push(run('regietafel migrate (nieuwe lege datamap)', [...cli, 'migrate', '--data', join(dir, 'empty')]));
  steps.push(run('backup', [...cli, 'backup', '--data', data, '--out', file]));
  steps.push(run('restore', [...cli, 'restore', file, '--data', restored]));
  const rows = (o: string) => Number(/(\d+) rijen/.exec(o)?.[1] ?? NaN);
  const backupRows = rows(steps.find((x) => x.step === 'backup')?.output ?? '');
  const restoredRows = rows(steps.find((x) => x.step === 'restore')?.output ?? '');
  if (!(backupRows === restoredRows && backupRows >= episodes)) throw new Error(`back-up ${backupRows} rijen, teruggezet ${restoredRows}`);
  const bytes = statSync(file).size;
  console.log(`back-up: ${(bytes / 1e6).toFixed(0)} MB, ${backupRows} rijen; teruggezet: ${restoredRows} rijen (gelijk)`);
  console.log('Doel (issue 25): backup en restore van 2.000.000 episodes op PGlite binnen 500 MB RSS.');
  writePart('backup', { episodes, backupBytes: bytes, rows: backupRows, steps });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
