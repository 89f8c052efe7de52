import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isInputRejectedByDatabase, loggableError, sqlStateOf } from './safe-error';

describe('safe database errors', () => {
  const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g';
  const cause = Object.assign(new Error('value too long for type character varying(5)'), { code: '22001' });
  const wrapped = new DrizzleQueryError('insert into account (email, password_hash) values ($1, $2)', ['a@b.nl', hash], cause);

  it('finds the SQLSTATE through the Drizzle wrapper and calls a data exception an input error', () => {
    expect(sqlStateOf(wrapped)).toBe('22001');
    expect(isInputRejectedByDatabase(wrapped)).toBe(true);
    expect(isInputRejectedByDatabase(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
  });

  it('never logs the parameters of a failed query, nor quoted values', () => {
    const text = JSON.stringify(loggableError(wrapped));
    expect(text).not.toContain(hash);
    expect(text).not.toContain('a@b.nl');
    expect(text).toContain('insert into account');
    const dup = Object.assign(new Error('duplicate key value violates unique constraint "x" Key (email)=(geheim@x.nl)'), { code: '23505' });
    expect(JSON.stringify(loggableError(dup))).not.toContain('geheim@x.nl');
  });
});
