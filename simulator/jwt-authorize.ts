/**
 * Verifying mode: the simulator checks each bearer token the way Graph does (signature against the
 * issuer's published keys, issuer, audience, lifetime), and hands the token's Graph permissions to
 * the scope check. Used by the sign-in tests against a local OpenID provider; the demo keeps
 * accepting any token.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthDecision, Authorize } from './auth.ts';

export type JwtAuthorizeOptions = {
  /** Exactly the `iss` the provider puts in tokens, e.g. https://localhost:4451 */
  issuer: string;
  /** Graph's audience; Entra writes https://graph.microsoft.com or Graph's app id. */
  audience?: string | string[];
  /** Where the keys are; by default read from the issuer's discovery document. */
  jwksUri?: string;
  /** For unit tests: keys at hand instead of fetched. */
  keys?: JWTVerifyGetKey;
  /** Graph allows a few minutes of clock skew; tests of expiry want none. */
  clockToleranceSeconds?: number;
};

export const graphAudiences = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];

function reject(message: string): AuthDecision {
  return { ok: false, status: 401, code: 'InvalidAuthenticationToken', message };
}

/** The Graph permissions a token carries: Entra's `scp` (bare names), else OAuth's `scope`. */
export function tokenScopes(payload: JWTPayload): string[] {
  const raw = typeof payload.scp === 'string' ? payload.scp : typeof payload.scope === 'string' ? payload.scope : '';
  return raw.split(' ').filter(Boolean);
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const document = (await response.json()) as { jwks_uri?: unknown; issuer?: unknown };
  if (typeof document.jwks_uri !== 'string') throw new Error('discovery document has no jwks_uri');
  return document.jwks_uri;
}

export function createJwtAuthorize(options: JwtAuthorizeOptions): Authorize {
  const audience = options.audience ?? graphAudiences;
  let keys: Promise<JWTVerifyGetKey> | undefined = options.keys ? Promise.resolve(options.keys) : undefined;

  // Discovered lazily, so the simulator can start before the provider; a failed discovery is retried.
  function getKeys(): Promise<JWTVerifyGetKey> {
    if (!keys) {
      const pending = (options.jwksUri ? Promise.resolve(options.jwksUri) : discoverJwksUri(options.issuer)).then((uri) => createRemoteJWKSet(new URL(uri)));
      keys = pending;
      pending.catch(() => {
        if (keys === pending) keys = undefined;
      });
    }
    return keys;
  }

  return async (_request, bearer) => {
    if (!bearer.includes('.')) return reject('IDX14100: JWT is not well formed, there are no dots (.).');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(bearer, await getKeys(), {
        issuer: options.issuer,
        audience,
        clockTolerance: options.clockToleranceSeconds ?? 0,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) return reject('Access token has expired or is not yet valid.');
      if (error instanceof errors.JWTClaimValidationFailed) {
        if (error.claim === 'aud') return reject('Access token validation failure. Invalid audience.');
        if (error.claim === 'iss') return reject('Access token validation failure. Invalid issuer.');
        if (error.claim === 'nbf') return reject('Access token has expired or is not yet valid.');
        return reject(`Access token validation failure. Invalid ${error.claim} claim.`);
      }
      if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
        return reject('Access token validation failure. Invalid signature.');
      }
      if (error instanceof errors.JOSEError) return reject('Access token validation failure.');
      // Not the token's fault (the provider could not be reached): say so where the tests' logs show it.
      console.warn('simulator: could not verify a bearer token:', error instanceof Error ? error.message : error);
      return reject('Access token validation failure.');
    }
    return { ok: true, scopes: tokenScopes(payload) };
  };
}

/**
 * Verifying mode from the environment of `vite dev` / `vite preview`:
 * SIMULATOR_AUTH=verify SIMULATOR_ISSUER=https://localhost:4451 [SIMULATOR_AUDIENCE=...]
 * (and NODE_EXTRA_CA_CERTS naming the provider's certificate when it is self-signed).
 * Anything else keeps demo mode.
 */
export function authorizeFromEnv(env: Record<string, string | undefined>): Authorize | undefined {
  if (env.SIMULATOR_AUTH !== 'verify') return undefined;
  if (!env.SIMULATOR_ISSUER) throw new Error('SIMULATOR_AUTH=verify needs SIMULATOR_ISSUER (the token issuer URL).');
  return createJwtAuthorize({
    issuer: env.SIMULATOR_ISSUER,
    audience: env.SIMULATOR_AUDIENCE ? env.SIMULATOR_AUDIENCE.split(',') : undefined,
    jwksUri: env.SIMULATOR_JWKS_URI,
  });
}
