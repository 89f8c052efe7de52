import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

/**
 * "Response shapes: one source" (docs/ARCHITECTURE.md): the web takes the API's answers as the types inferred
 * from the zod schemas in src/domain/<concept>/responses.ts and never writes them out again by hand.
 */

/** The web fetchers of each covered feature and the responses module each takes its answers from. */
const COVERED: Record<string, string> = {
  'src/web/features/programmes/api/types.ts': 'domain/programme/responses',
  'src/web/features/import/api/types.ts': 'domain/import-table/responses',
  'src/web/features/kpi/api/types.ts': 'domain/kpi/responses',
  'src/web/features/kpi/model/indicator-form.ts': 'domain/kpi/responses',
  'src/web/features/social-map/api/services.ts': 'domain/social-map/responses',
  'src/web/features/social-map/api/import-file.ts': 'domain/social-map/responses',
  'src/web/features/finance/api/finance.ts': 'domain/finance/responses',
  'src/web/features/governance/api/types.ts': 'domain/governance/responses',
  'src/web/features/knowledge/api/practices.ts': 'domain/knowledge/responses',
  'src/web/features/accounts/api/types.ts': 'domain/access/responses',
  'src/web/features/progress/api/types.ts': 'domain/progress/responses',
  'src/web/features/search/api/search.ts': 'domain/search/responses',
  'src/web/features/search/model/links.ts': 'domain/search/responses',
  'src/web/features/publication/api/public-programmes.ts': 'domain/publication/responses',
  'src/web/features/publication/api/publication-settings.ts': 'domain/publication/responses',
  'src/web/features/organisations/api/organisations.ts': 'domain/organisation/responses',
  'src/web/features/organisations/api/persons.ts': 'domain/organisation/responses',
  'src/web/features/programmes/api/list-regions.ts': 'domain/organisation/responses',
  'src/web/features/monitor/api/get-monitor-figures.ts': 'domain/monitor/responses',
  'src/web/features/monitor/api/get-monitor-definitions.ts': 'domain/monitor/responses',
  'src/web/features/monitor/api/import-monitor-files.ts': 'domain/monitor/responses',
};

const DOMAIN = 'src/domain';
const responseModules = readdirSync(DOMAIN, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(DOMAIN, d.name)).includes('responses.ts'))
  .map((d) => d.name);

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every object shape inside the response schemas (nested ones too), as its set of field names. */
async function responseShapes(): Promise<{ name: string; keys: Set<string> }[]> {
  const found: { name: string; keys: Set<string> }[] = [];
  const seen = new Set<unknown>();
  const walk = (s: z.ZodType, name: string): void => {
    if (seen.has(s)) return;
    seen.add(s);
    const d = defOf(s);
    if (d.type === 'object' && d.shape) {
      const entries = Object.entries(d.shape);
      found.push({ name, keys: new Set(entries.map(([k]) => k)) });
      for (const [k, v] of entries) walk(v, `${name}.${k}`);
    } else if (d.type === 'array' && d.element) walk(d.element, `${name}[]`);
    else if (d.innerType) walk(d.innerType, name);
    else if (d.options) d.options.forEach((o, i) => walk(o, `${name}|${i}`));
  };
  for (const m of responseModules) {
    const mod = (await import(`../../${DOMAIN}/${m}/responses`)) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod))
      if (typeof v === 'object' && v !== null && '_zod' in v) walk(v as z.ZodType, `${m}/${name}`);
  }
  return found;
}

/** What a screen sends or keeps for itself (a request body, a filter, form values) may look like an answer: not checked. */
const NOT_AN_ANSWER = /(Input|Body|Request|Filter|Options|Values)$/;

/** The object types a file declares by hand (interfaces, object type literals), with their field names. */
function declaredShapes(file: string, text: string): { name: string; keys: string[] }[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { name: string; keys: string[] }[] = [];
  const members = (ms: ts.NodeArray<ts.TypeElement>) =>
    ms.filter(ts.isPropertySignature).map((p) => (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : ''));
  const visit = (n: ts.Node): void => {
    if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) && NOT_AN_ANSWER.test(n.name.text)) return;
    // A parameter's type is what a fetcher sends (a request body), not what it gets back.
    if (ts.isParameter(n)) return;
    if (ts.isInterfaceDeclaration(n)) out.push({ name: n.name.text, keys: members(n.members) });
    else if (ts.isTypeAliasDeclaration(n) && ts.isTypeLiteralNode(n.type)) out.push({ name: n.name.text, keys: members(n.type.members) });
    else if (ts.isTypeLiteralNode(n) && !ts.isTypeAliasDeclaration(n.parent)) out.push({ name: '(inline)', keys: members(n.members) });
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

/**
 * A hand-written type duplicates a response shape when it has exactly that shape's fields (3 or more), or when
 * it has 4 or more fields, all of them the shape's, covering at least three quarters of it.
 */
export function duplicates(file: string, text: string, shapes: { name: string; keys: Set<string> }[]): string[] {
  const found: string[] = [];
  for (const d of declaredShapes(file, text)) {
    if (d.keys.length < 3) continue;
    const match = shapes.find(
      (s) =>
        d.keys.every((k) => s.keys.has(k)) &&
        (d.keys.length === s.keys.size || (d.keys.length >= 4 && d.keys.length >= 0.75 * s.keys.size)),
    );
    if (match) found.push(`${file}: ${d.name} { ${d.keys.join(', ')} } duplicates ${match.name}`);
  }
  return found;
}

function webApiFiles(): string[] {
  const files: string[] = [];
  const root = 'src/web/features';
  for (const feature of readdirSync(root))
    for (const dir of ['api', 'model']) {
      let names: string[] = [];
      try {
        names = readdirSync(join(root, feature, dir));
      } catch {
        continue;
      }
      for (const n of names) if (n.endsWith('.ts') && !n.endsWith('.test.ts')) files.push(join(root, feature, dir, n));
    }
  return files;
}

describe('response shapes have one source (docs/ARCHITECTURE.md)', () => {
  it.each(Object.entries(COVERED))('%s takes its answers from src/%s', (file, module) => {
    expect(readFileSync(file, 'utf8')).toContain(`${module}'`);
  });

  it('no web api or model file declares a response shape by hand', async () => {
    const shapes = await responseShapes();
    expect(shapes.length).toBeGreaterThan(50);
    const found = webApiFiles().flatMap((f) => duplicates(f, readFileSync(f, 'utf8'), shapes));
    expect(found).toEqual([]);
  });

  it('finds a reintroduced duplicate: a named one and one written inline in a fetcher', async () => {
    const shapes = await responseShapes();
    const named =
      'export interface KpiOverview {\n  programmeId: string;\n  asOf: string;\n  nodeId: string | null;\n  items: unknown[];\n}\n';
    expect(duplicates('src/web/features/kpi/api/types.ts', named, shapes).join('\n')).toContain('KpiOverview');
    const inline = "export const f = () => apiFetch<{ rows: number; created: number; existing: number }>('/zrm/import');\n";
    expect(duplicates('src/web/features/kpi/api/import-zrm.ts', inline, shapes).join('\n')).toContain('kpi/ZrmImportResultSchema');
    // The hand-written mirrors that were removed when organisations, monitor and search moved (issue 17) are found again.
    const organisation =
      'export interface OrganisationDetail { id: string; key: string; name: string; kind: string; description: string | null;\n' +
      '  cbsCode: string | null; memberIds: string[]; groupIds: string[]; version: number }\n';
    expect(duplicates('src/web/features/organisations/api/organisations.ts', organisation, shapes).join('\n')).toContain(
      'organisation/OrganisationSchema',
    );
    const report =
      'export interface MonitorImportReport { file: string; kind: string; imported: number; updated: number; unchanged: number;\n' +
      '  rejected: number; skipped: number; errors: unknown[]; skippedDetails: unknown[] }\n';
    expect(duplicates('src/web/features/monitor/api/import-monitor-files.ts', report, shapes).join('\n')).toContain(
      'monitor/ImportReportSchema',
    );
    const group = "export const f = () => apiFetch<{ groups: { kind: string; total: number; items: unknown[] }[] }>('/search');\n";
    expect(duplicates('src/web/features/search/api/search.ts', group, shapes).join('\n')).toContain('search/SearchGroupSchema');
    // A request body may share the answer's fields: not a duplicate.
    const body = 'export interface OrganisationInput { key: string; name: string; kind: string; cbsCode: string | null }\n';
    expect(duplicates('src/web/features/programmes/api/save-organisation.ts', body, shapes)).toEqual([]);
  });
});
