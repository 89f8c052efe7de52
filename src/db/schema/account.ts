import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { programme } from './programme';

/**
 * A person who can sign in: with a local password (argon2id hash) and/or an OIDC identity
 * (issuer + subject). E-mail is stored lower-cased and unique.
 */
export const account = pgTable(
  'account',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** argon2id PHC string; null for accounts that only sign in through OIDC. */
    passwordHash: text('password_hash'),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    /** 'beheerder' | 'monitor-analist' */
    platformRoles: jsonb('platform_roles').$type<string[]>().notNull().default([]),
    disabled: boolean('disabled').notNull().default(false),
    /** Set after repeated failed logins; sign-in is refused until then. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('account_email_uq').on(t.email), uniqueIndex('account_oidc_uq').on(t.oidcIssuer, t.oidcSubject)],
);

/**
 * A signed-in session. Only the SHA-256 of the cookie token is stored, so a copy of the database
 * does not hand out sessions. Kept in the database so several app servers serve one user.
 */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    /** Sent back in the x-csrf-token header on every state-changing request. */
    csrfToken: text('csrf_token').notNull(),
    /** 'password' | 'oidc' */
    method: text('method').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('session_account_idx').on(t.accountId)],
);

/** An account's role in one programme, on behalf of one organisation. */
export const programmeMembership = pgTable(
  'programme_membership',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    /** 'beheerder' | 'redacteur' | 'rapporteur' | 'lezer' */
    role: text('role').notNull(),
    /** The organisation the member acts for: redacteur/rapporteur may change only its nodes. */
    organisationId: uuid('organisation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.accountId] }), index('membership_account_idx').on(t.accountId)],
);

/** Every sign-in attempt, for rate limiting and lock-out that hold across app servers. */
export const loginAttempt = pgTable(
  'login_attempt',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** The e-mail as typed (lower-cased); the account may not exist. */
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    success: boolean('success').notNull(),
  },
  (t) => [index('login_attempt_email_idx').on(t.email, t.at), index('login_attempt_ip_idx').on(t.ip, t.at)],
);

/** A pending OIDC sign-in (state, PKCE verifier, nonce), stored so any app server can finish it. */
export const oidcLoginState = pgTable('oidc_login_state', {
  stateHash: text('state_hash').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
