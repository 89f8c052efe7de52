import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One Dutch word per concept (issue 17): a node of the goal tree is an "element" everywhere a user
 * reads it (screens, API errors, exports, the board report). "Onderdeel" crept back in with each new
 * feature; this check keeps it out of the Dutch texts. Test files hold data ("Onderdeel A1") and are
 * not checked; English texts (en.ts) may say "part".
 */
const WORD = /\bonderde(el|len)\b/i;
/** Where "onderdeel" does not mean a node: a part of an Excel file, a column alias users write, a former sheet header. */
const ALLOWED = [/onderdeel van het Excel-bestand/, /'onderdeel van'/, /Welke onderdelen voorbeeldgegevens/, /formerly: \[/];
const SOURCE = /\.(ts|tsx)$/;

export function nodeCalledOnderdeel(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.test.ts') && entry.name !== 'en.ts') {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.trimStart();
            if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
            if (WORD.test(line) && !ALLOWED.some((a) => a.test(line))) found.push(`${relative(root, path)}:${i + 1}`);
          });
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return found;
}

describe('terminology', () => {
  it('no Dutch text outside the tests calls a node "onderdeel" (it is an "element")', () => {
    expect(nodeCalledOnderdeel(process.cwd(), ['src'])).toEqual([]);
  });

  it('the check finds the word in a message, and not in a comment or an allowed phrase', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'rt-terms-'));
    try {
      mkdirSync(join(root, 'src/web'), { recursive: true });
      writeFileSync(
        join(root, 'src/web/m.ts'),
        [
          '// het onderdeel, in een commentaar',
          "export const a = 'Kies een onderdeel.';",
          "export const b = 'een onderdeel van het Excel-bestand';",
        ].join('\n'),
      );
      expect(nodeCalledOnderdeel(root, ['src'])).toEqual(['src/web/m.ts:2']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
