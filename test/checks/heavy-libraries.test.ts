import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// exceljs and pdfmake cost ~2 s of module loading together: they are imported where a workbook or a
// PDF is made (`await import(...)`), so starting the server or a CLI command does not pay for them.
const root = resolve(import.meta.dirname, '../..');
const LAZY = ['exceljs', 'pdfmake'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return p.endsWith(join('src', 'web')) ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

export function staticImportsOf(text: string, lib: string): string[] {
  const re = new RegExp(`^import\\s+(?!type\\s)[^;]*?from\\s+'${lib}'`, 'gm');
  return text.match(re) ?? [];
}

describe('heavy libraries load on first use', () => {
  it('finds a static import when there is one (the check can fail)', () => {
    expect(staticImportsOf("import ExcelJS from 'exceljs';", 'exceljs')).toHaveLength(1);
    expect(staticImportsOf("import type ExcelJS from 'exceljs';", 'exceljs')).toHaveLength(0);
  });

  it('no server, CLI, import or export module imports exceljs or pdfmake statically', () => {
    const found = sources(join(root, 'src')).flatMap((f) =>
      LAZY.flatMap((lib) => staticImportsOf(readFileSync(f, 'utf8'), lib).map((line) => `${relative(root, f)}: ${line}`)),
    );
    expect(found).toEqual([]);
  });
});
