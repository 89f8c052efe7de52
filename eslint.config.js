import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const domainBoundary = {
  patterns: [
    { group: ['**/server/**', '**/db/**', '**/web/**', '**/cli/**', '**/import/**', '**/exports/**'], message: 'domain/ is pure: no server, db, web, cli, import or exports code.' },
    { group: ['fastify', 'fastify-*', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'react', 'react-dom', 'node:fs', 'node:fs/*', 'node:child_process', 'node:net', 'node:http'], message: 'domain/ is pure: no HTTP, SQL, files or UI.' },
  ],
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
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read configuration in src/server/config.ts only.' },
      ],
    },
  },
  { files: ['src/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', domainBoundary] } },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/db/**', '**/cli/**', 'fastify', 'drizzle-orm', 'pg'], message: 'The web UI talks to the API only.' }] },
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
