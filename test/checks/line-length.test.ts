import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Prettier breaks code at 140; strings and templates it cannot break stay readable up to this. */
const MAX = 160;
const SOURCE = /\.(ts|tsx|js|mjs|css)$/;
/** Generated or vendored text: migrations are drizzle-kit's output, fixtures and goldens are data. */
const SKIP = new Set(['node_modules', 'migrations', 'fixtures', 'golden']);

/** `file:line (length)` for every source line under `dirs` longer than MAX characters (code points). */
export function overlongLines(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(path);
      } else if (SOURCE.test(entry.name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const length = [...line].length;
            if (length > MAX) found.push(`${relative(root, path)}:${i + 1} (${length})`);
          });
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return found;
}

describe('line length', () => {
  it(`no source line in src/ or test/ is longer than ${MAX} characters`, () => {
    expect(overlongLines(process.cwd(), ['src', 'test'])).toEqual([]);
  });

  it('the check finds a long line (and skips generated migrations)', () => {
    const root = mkdtempSync(join(tmpdir(), 'rt-lines-'));
    try {
      mkdirSync(join(root, 'src/domain'), { recursive: true });
      mkdirSync(join(root, 'src/db/migrations'), { recursive: true });
      const long = `export const message = '${'é'.repeat(MAX)}';`;
      writeFileSync(join(root, 'src/domain/x.ts'), `// fine\n${long}\n`);
      writeFileSync(join(root, 'src/db/migrations/0001_x.sql'), `${long}\n`);
      writeFileSync(join(root, 'src/db/migrations/0001_x.ts'), `${long}\n`);
      writeFileSync(join(root, 'src/domain/y.ts'), `export const ok = '${'é'.repeat(MAX - 30)}';\n`);
      expect(overlongLines(root, ['src'])).toEqual([`src/domain/x.ts:2 (${[...long].length})`]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
