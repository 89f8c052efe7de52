import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/auth/actor';
import { createAccount } from '../../src/server/services/account/create-account';
import { updateAccount } from '../../src/server/services/account/update-account';
import { createProgramme } from '../../src/server/services/programme/create-programme';
import { signIn, type SignedIn } from '../support/auth';
import { buildTestApp, type TestApp } from '../support/test-app';
import { testDriver } from '../support/test-db';

/**
 * A programme beheerder who is not a platform beheerder may not list all accounts, but can add a
 * colleague whose e-mail address they know: the lookup answers for exactly that address.
 */
describe(`finding an account to add as a member (${testDriver})`, () => {
  let t: TestApp;
  let programmeId: string;
  let beheerder: SignedIn;
  let redacteur: SignedIn;
  let colleague: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    programmeId = await createProgramme(db, SYSTEM_ACTOR, { slug: 'leden', title: 'Ledenprogramma', levelLabels: ['Thema'] }, t.clock);
    beheerder = await signIn(t, 'beheer@regio.nl', { memberships: [{ programmeId, role: 'beheerder' }] });
    redacteur = await signIn(t, 'redactie@regio.nl', { memberships: [{ programmeId, role: 'redacteur' }] });
    colleague = (
      await createAccount(db, SYSTEM_ACTOR, { email: 'collega@gemeente.nl', name: 'Collega', password: null, platformRoles: [] }, t.clock)
    ).id;
    const gone = await createAccount(
      db,
      SYSTEM_ACTOR,
      { email: 'weg@gemeente.nl', name: 'Weg', password: null, platformRoles: [] },
      t.clock,
    );
    await updateAccount(db, SYSTEM_ACTOR, { accountId: gone.id, disabled: true }, t.clock);
  });
  afterAll(async () => t?.close());

  const lookup = (who: SignedIn, email: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/member-candidates?email=${encodeURIComponent(email)}`,
      headers: who.headers,
    });

  it('finds the enabled account with exactly that address, whatever its case, and shows only who it is', async () => {
    const res = await lookup(beheerder, ' Collega@Gemeente.nl ');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ items: [{ id: colleague, name: 'Collega', email: 'collega@gemeente.nl' }] });
    expect((await lookup(beheerder, 'collega@gemeente')).json()).toEqual({ items: [] });
    expect((await lookup(beheerder, 'weg@gemeente.nl')).json()).toEqual({ items: [] });
  });

  it('lets the programme beheerder add the account found; a redacteur may not look', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/programmes/${programmeId}/members/${colleague}`,
      headers: beheerder.headers,
      payload: { role: 'lezer' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await lookup(redacteur, 'collega@gemeente.nl')).statusCode).toBe(403);
  });
});
