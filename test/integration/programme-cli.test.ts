import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/client';
import { run } from '../../src/cli/main';
import { createTestDatabase, testDriver } from '../support/test-db';

describe(`regietafel export / import programme (${testDriver})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'regietafel-cli-'));
  let target: string[];
  let pgDatabase: Database | null = null;

  beforeAll(async () => {
    if (testDriver === 'postgres') {
      pgDatabase = await createTestDatabase();
      target = ['--database-url', pgDatabase.url ?? ''];
    } else target = ['--data', join(dir, 'data')];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run(['demo', 'load', ...target])).toBe(0);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await pgDatabase?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports as JSON, refuses a duplicate slug, imports as a copy, and round-trips', async () => {
    const file = join(dir, 'mjp.json');
    expect(await run(['export', 'programme', 'mjp-pkp-groningen', '--format', 'json', '--out', file, ...target])).toBe(0);
    const original = JSON.parse(readFileSync(file, 'utf8')) as { programme: { slug: string; title: string } };
    expect(original.programme.slug).toBe('mjp-pkp-groningen');

    const errors = vi.mocked(console.error);
    errors.mockClear();
    expect(await run(['import', 'programme', file, ...target])).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/al een programma met slug 'mjp-pkp-groningen'/);

    expect(await run(['import', 'programme', file, '--slug', 'mjp-kopie', '--title', 'Kopie', ...target])).toBe(0);
    const copyFile = join(dir, 'kopie.json');
    expect(await run(['export', 'programme', 'mjp-kopie', '--format', 'json', '--out', copyFile, ...target])).toBe(0);
    const copy = JSON.parse(readFileSync(copyFile, 'utf8')) as typeof original;
    expect(copy.programme).toMatchObject({ slug: 'mjp-kopie', title: 'Kopie' });
    expect({ ...copy, programme: { ...copy.programme, slug: original.programme.slug, title: original.programme.title } }).toEqual(original);
  });

  it('exits 1 with a Dutch message for an unknown format or programme', async () => {
    expect(await run(['export', 'programme', 'mjp-pkp-groningen', '--format', 'xml', ...target])).toBe(1);
    expect(await run(['export', 'programme', 'bestaat-niet', '--format', 'json', ...target])).toBe(1);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/Programma 'bestaat-niet' bestaat niet/);
  });
});
