import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The layers of docs/ARCHITECTURE.md, each arrow a lint rule. `domain/` is pure (no-restricted-imports
// below also keeps packages such as fastify and drizzle out); the zones keep the layers apart by path,
// resolved through TypeScript, so `../../db/x` and `src/db/x` are caught alike.
const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain/ is pure: it imports nothing outside domain/ (put shared types in domain/).',
  },
  {
    target: './src/server/routes',
    from: './src/db',
    message: 'routes/ never import db/: call a service (the request flow is route → service → query).',
  },
  {
    target: './src/db',
    from: ['./src/import', './src/server', './src/exports', './src/cli', './src/web'],
    message: 'db/ imports only domain/ (and db/): types it shares with parsers or services live in domain/.',
  },
  {
    target: './src/exports',
    from: ['./src/server', './src/cli', './src/web'],
    message: 'exports/ builds files from view-models in domain/; it never imports server/.',
  },
  {
    target: './src/import',
    from: ['./src/server', './src/cli', './src/web', './src/exports'],
    message: 'import/ turns files into rows and documents; it never imports server/, cli/, web/ or exports/.',
  },
  { target: './src/cli', from: ['./src/server/routes', './src/web'], message: 'cli/ calls services, never routes/.' },
  { target: './src/server', from: ['./src/cli', './src/web'], message: 'server/ never imports cli/ or web/.' },
  {
    target: './src/web',
    from: ['./src/server', './src/db', './src/cli', './src/import', './src/exports'],
    message: 'The web UI talks to the API only (shared rules and types come from domain/).',
  },
];

// Web features import each other only through a feature's public entry (features/<name>/index.ts).
const features = readdirSync(join(import.meta.dirname, 'src/web/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./src/web/features/${name}`,
  from: './src/web/features',
  except: [`./${name}`, ...features.filter((other) => other !== name).map((other) => `./${other}/index.ts`)],
  message: `Another feature is reached only through its public entry: import from '../../<feature>' (its index.ts).`,
}));

const domainPackages = {
  patterns: [
    {
      group: [
        'fastify',
        'fastify-*',
        '@fastify/*',
        'drizzle-orm',
        'drizzle-orm/*',
        'pg',
        '@electric-sql/*',
        'react',
        'react-dom',
        'node:fs',
        'node:fs/*',
        'node:child_process',
        'node:net',
        'node:http',
      ],
      message: 'domain/ is pure: no HTTP, SQL, files or UI.',
    },
  ],
};

export const boundaryRules = {
  'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
  'import-x/no-cycle': ['error', { ignoreExternal: true }],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'reports/', 'src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration in src/server/config.ts only.',
        },
      ],
    },
  },
  {
    // Boundaries and cycles: src/ only (no-cycle walks the import graph, so it stays off tests and scripts).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: boundaryRules,
  },
  {
    // A test beside its code may cross a layer to set up or check a round trip (e.g. the gap-table
    // reader against the XLSX writer of exports/); cycles still count.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  { files: ['src/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainPackages] } },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['fastify', 'drizzle-orm', 'pg'], message: 'The web UI talks to the API only.' }] },
      ],
      // Response shapes (docs/ARCHITECTURE.md, "Response shapes: one source") are zod schemas; the web takes
      // their inferred types only, so zod stays out of the browser bundle.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', '**/domain/*/responses'],
              allowTypeImports: true,
              message: 'The web UI imports response shapes as types only: import type { … }.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', 'pg'], message: 'routes/ never query: call a service.' }] },
      ],
    },
  },
  {
    files: ['src/server/config.ts', 'scripts/**', 'test/**', 'bench/**', '*.config.ts', '*.config.js', 'bin/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
