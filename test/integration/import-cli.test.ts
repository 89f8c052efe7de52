import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main';
import { testDriver } from '../support/test-db';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'regietafel-import-cli-'));

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await run(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe(`regietafel import gap-table (${testDriver} run; the CLI uses its own PGlite folder)`, () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('--dry-run --json prints the summary and creates no database at all', async () => {
    const data = join(scratch, 'dry');
    const r = await cli([
      'import',
      'gap-table',
      fixture('gap-table.xlsx'),
      '--programme',
      'Plan GGZ',
      '--dry-run',
      '--json',
      '--data',
      data,
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      kind: 'gap-table',
      dry_run: true,
      programme: null,
      results: 2,
      per_result: [
        { code: '1', title: 'Passende dagbesteding', current_practices: 3, proposals: 2, budget_cents: 1_100_050 },
        { code: '2', title: 'Schuldhulp', current_practices: 1, proposals: 1, budget_cents: null },
      ],
      budget_total_cents: 1_100_050,
      warnings: [{ row: 9, message: 'Totaalrij overgeslagen; het totaal (€ 11.000,50) klopt met de som van de bedragen.' }],
    });
    expect(existsSync(data)).toBe(false);
  });

  it('imports into the database, and refuses a bad file with exit code 1 and a Dutch message naming the rows', async () => {
    const data = join(scratch, 'db');
    const ok = await cli([
      'import',
      'gap-table',
      fixture('gap-basic.tsv'),
      '--programme',
      'Plan GGZ Voorbeeldstad',
      '--json',
      '--data',
      data,
    ]);
    expect(ok.code).toBe(0);
    const summary = JSON.parse(ok.out);
    expect(summary.programme).toEqual({ slug: 'plan-ggz-voorbeeldstad', title: 'Plan GGZ Voorbeeldstad' });
    expect(summary.results).toBe(3);
    expect(summary.budget_total_cents).toBe(3_600_000);

    const again = await cli([
      'import',
      'gap-table',
      fixture('gap-basic.tsv'),
      '--programme',
      'Plan GGZ Voorbeeldstad',
      '--json',
      '--data',
      data,
    ]);
    expect(JSON.parse(again.out).programme.slug).toBe('plan-ggz-voorbeeldstad-2');

    const bad = await cli(['import', 'gap-table', fixture('gap-errors.tsv'), '--programme', 'Fout', '--data', data]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("Rij 4, kolom 'Resultaat': ontbreekt bij nummer 2.");
    expect(bad.out).toBe('');

    const missing = await cli(['import', 'gap-table', join(scratch, 'bestaat-niet.csv'), '--programme', 'X', '--dry-run']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('kan niet worden gelezen');
  });
});
