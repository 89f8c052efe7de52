import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

function run(cmd: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.trim() };
}

/** The source the formatter keeps in shape; package.json's `format` script writes the same set. */
const FORMATTED = [
  'src/**/*.{ts,tsx,css}',
  'test/**/*.ts',
  'seeds/**/*.ts',
  'bench/**/*.{ts,mjs}',
  'scripts/**/*.mjs',
  'bin/*.js',
  '*.config.{ts,js}',
];

describe('static checks', () => {
  it('typechecks (tsc --noEmit, strict)', () => {
    const r = run('npx', ['tsc', '-p', '.']);
    expect(r.output.split('\n').filter((l) => l.includes('error TS'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('lints cleanly, including the layer boundaries, import cycles and web feature entries', () => {
    const r = run('npx', ['eslint', '--max-warnings=0', '.']);
    expect(r.status, r.output).toBe(0);
  });

  it('is formatted as .prettierrc.json says (npm run format writes it)', () => {
    const r = run('npx', ['prettier', '--check', ...FORMATTED]);
    expect(
      r.status,
      r.output
        .split('\n')
        .filter((l) => l.startsWith('[warn]'))
        .join('\n'),
    ).toBe(0);
  });

  it('the schema and the committed migrations agree (drizzle-kit generate finds nothing new)', () => {
    // Generate into a copy, so a drift shows up here without touching the committed folder.
    // drizzle-kit wants a relative output folder.
    mkdirSync('node_modules/.cache', { recursive: true });
    const dir = relative(process.cwd(), mkdtempSync('node_modules/.cache/rt-drift-'));
    cpSync('src/db/migrations', join(dir, 'migrations'), { recursive: true });
    const config = join(dir, 'drizzle.config.json');
    writeFileSync(config, JSON.stringify({ dialect: 'postgresql', schema: './src/db/schema/index.ts', out: join(dir, 'migrations') }));
    const r = run('npx', ['drizzle-kit', 'generate', '--config', config]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('No schema changes');
  });
});

/**
 * Each arrow of docs/ARCHITECTURE.md is a lint rule; here each one must fire on a deliberately
 * broken file, linted with the repository's own eslint.config.js as if it stood at that path.
 */
describe('the boundary rules fire on a broken file', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function problems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
  }

  const broken: { arrow: string; filePath: string; code: string; rule: string }[] = [
    {
      arrow: 'routes/ never import db/',
      filePath: 'src/server/routes/broken.routes.ts',
      code: "import { listUnits } from '../../db/queries/monitor';\nexport const x = listUnits;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'db/ never imports import/',
      filePath: 'src/db/queries/broken.ts',
      code: "import { readCsv } from '../../import/episodes/csv';\nexport const x = readCsv;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'db/ never imports services/',
      filePath: 'src/db/queries/broken.ts',
      code: "import { getProgramme } from '../../server/services/programme/get-programme';\nexport const x = getProgramme;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'db/ never imports routes/',
      filePath: 'src/db/queries/broken.ts',
      code: "import { healthRoutes } from '../../server/routes/health.routes';\nexport const x = healthRoutes;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'exports/ never imports server/',
      filePath: 'src/exports/broken.ts',
      code: "import { getDinMatrix } from '../server/services/programme/din-matrix';\nexport const x = getDinMatrix;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'cli/ never imports routes/',
      filePath: 'src/cli/commands/broken.ts',
      code: "import { healthRoutes } from '../../server/routes/health.routes';\nexport const x = healthRoutes;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'domain/ imports nothing outside domain/',
      filePath: 'src/domain/programme/broken.ts',
      code: "import { readCsv } from '../../import/episodes/csv';\nexport const x = readCsv;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'domain/ uses no database package',
      filePath: 'src/domain/programme/broken.ts',
      code: "import { sql } from 'drizzle-orm';\nexport const x = sql;\n",
      rule: 'no-restricted-imports',
    },
    {
      arrow: 'web/ talks to the API only',
      filePath: 'src/web/lib/broken.ts',
      code: "import { getProgramme } from '../../server/services/programme/get-programme';\nexport const x = getProgramme;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'a web feature reaches another only through its index.ts',
      filePath: 'src/web/features/monitor/components/broken.tsx',
      code: "import { useSession } from '../../auth/api/get-session';\nexport const x = useSession;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      arrow: 'web/ takes response shapes as types only (no zod in the bundle)',
      filePath: 'src/web/features/programmes/api/broken.ts',
      code: "import { NodeDetailSchema } from '../../../../domain/programme/responses';\nexport const x = NodeDetailSchema;\n",
      rule: '@typescript-eslint/no-restricted-imports',
    },
    {
      // cell-bounds.ts as if it imported suppression.ts, which imports cell-bounds.ts on disk.
      arrow: 'no import cycles',
      filePath: 'src/domain/monitor/cell-bounds.ts',
      code:
        "import { suppressCells } from './suppression';\nexport const x = suppressCells;\nexport type CellStatus = " +
        "'shown';\nexport interface Relation { total: string; parts: readonly string[] }\nexport const knownBounds = (): " +
        '[number, number] => [0, 0];\n',
      rule: 'import-x/no-cycle',
    },
  ];

  for (const b of broken) {
    it(`${b.arrow}: ${b.rule}`, async () => {
      const found = await problems(b.filePath, b.code);
      expect(
        found.filter((p) => p.startsWith(`${b.rule}:`)),
        found.join('\n'),
      ).toHaveLength(1);
    });
  }

  it('the same imports through the allowed way pass', async () => {
    expect(
      await problems(
        'src/web/features/monitor/components/fine.tsx',
        "import { useSession } from '../../auth';\nexport const x = useSession;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/server/routes/fine.routes.ts',
        "import { listMonitorUnits } from '../services/monitor/list-units';\nexport const x = listMonitorUnits;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/web/features/programmes/api/fine.ts',
        "import type { NodeDetail } from '../../../../domain/programme/responses';\nexport type X = NodeDetail;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/db/queries/fine.ts',
        "import type { EpisodeInput } from '../../domain/monitor/episode-input';\nexport type X = EpisodeInput;\n",
      ),
    ).toEqual([]);
  });
});
