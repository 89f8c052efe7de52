import { describe, expect, it } from 'vitest';
import { describeConfig, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded database in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.kind).toBe('pglite');
  });

  it('uses PostgreSQL when DATABASE_URL is set, and never logs its password', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://rt:geheim@db:5432/regietafel' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://rt:geheim@db:5432/regietafel' });
    expect(JSON.stringify(describeConfig(c))).not.toContain('geheim');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it('lists every invalid setting in Dutch', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/Ongeldige configuratie:[\s\S]*PORT[\s\S]*DATABASE_URL/);
  });
});
