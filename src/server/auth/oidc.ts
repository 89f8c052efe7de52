import { eq, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import type { Db } from '../../db/database';
import { oidcLoginState } from '../../db/schema';
import type { Clock } from '../../domain/shared/clock';
import { DomainError } from '../../domain/shared/errors';
import type { OidcConfig } from './auth-config';
import { sha256 } from './tokens';

/** A pending sign-in may take this long at the identity provider. */
const STATE_MINUTES = 10;

const discovered = new Map<string, Promise<client.Configuration>>();

/** Discovery once per issuer and process; a failed discovery is retried on the next sign-in. */
function configuration(cfg: OidcConfig): Promise<client.Configuration> {
  const key = `${cfg.issuer}|${cfg.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(cfg.issuer);
    // Plain http only for a provider on this machine (tests, development); never over a network.
    const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    found = client.discovery(
      issuer,
      cfg.clientId,
      undefined,
      cfg.clientSecret ? client.ClientSecretBasic(cfg.clientSecret) : client.None(),
      local ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

/** Authorization code flow with PKCE: remember verifier, state and nonce in the database, return the provider URL. */
export async function beginOidcLogin(db: Db, cfg: OidcConfig, redirectUri: string, returnTo: string, clock: Clock): Promise<URL> {
  const config = await unreachable(configuration(cfg));
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const now = clock.now();
  await db.delete(oidcLoginState).where(lt(oidcLoginState.createdAt, new Date(now.getTime() - STATE_MINUTES * 60_000)));
  await db.insert(oidcLoginState).values({ stateHash: sha256(state), codeVerifier, nonce, returnTo, createdAt: now });
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  returnTo: string;
}

/** Finish the flow at the callback: single-use state, code exchange with the PKCE verifier, ID token checks. */
export async function finishOidcLogin(db: Db, cfg: OidcConfig, callbackUrl: URL, clock: Clock): Promise<OidcIdentity> {
  const state = callbackUrl.searchParams.get('state') ?? '';
  const [pending] = await db
    .delete(oidcLoginState)
    .where(eq(oidcLoginState.stateHash, sha256(state)))
    .returning();
  const expired = !pending || pending.createdAt.getTime() < clock.now().getTime() - STATE_MINUTES * 60_000;
  if (expired) throw new DomainError('UNAUTHENTICATED', 'Deze inlogpoging is verlopen of onbekend. Begin opnieuw.', []);
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) throw new DomainError('UNAUTHENTICATED', `De identiteitsprovider weigerde het inloggen (${providerError}).`, []);
  const config = await unreachable(configuration(cfg));
  let claims: client.IDToken | undefined;
  let profile: Record<string, unknown> = {};
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
    });
    claims = tokens.claims();
    profile = { ...claims };
    // Many providers put e-mail only in the UserInfo response, not in the ID token.
    if (claims && typeof claims.email !== 'string') {
      profile = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
    }
  } catch (e) {
    throw new DomainError('UNAUTHENTICATED', `Inloggen via de identiteitsprovider is mislukt: ${(e as Error).message}`, []);
  }
  if (!claims) throw new DomainError('UNAUTHENTICATED', 'De identiteitsprovider gaf geen ID-token.', []);
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: str(profile.email)?.toLowerCase() ?? null,
    emailVerified: profile.email_verified === true,
    name: str(profile.name),
    returnTo: pending.returnTo,
  };
}

async function unreachable<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw new DomainError('DATABASE_UNREACHABLE', `De identiteitsprovider is niet bereikbaar: ${(e as Error).message}`, []);
  }
}
