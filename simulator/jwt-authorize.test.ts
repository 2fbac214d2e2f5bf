import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { authorizeFromEnv, createJwtAuthorize, tokenScopes } from './jwt-authorize.ts';
import { SEED_IDS } from './seed.ts';
import { call, TOKENS } from './test-support.ts';

const issuer = 'https://localhost:4451';
const graph = 'https://graph.microsoft.com';
let signingKey: CryptoKey;
let strangerKey: CryptoKey;
let publicJwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
  strangerKey = (await generateKeyPair('RS256')).privateKey;
});

function token(claims: Record<string, unknown> = {}, options: { key?: CryptoKey; expiresIn?: number | string; aud?: string; iss?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scp: 'DeviceManagementServiceConfig.ReadWrite.All', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? graph)
    .setSubject('admin')
    .setIssuedAt(now - 10)
    .setExpirationTime(typeof options.expiresIn === 'number' ? now + options.expiresIn : (options.expiresIn ?? now + 600))
    .sign(options.key ?? signingKey);
}

function verifyingSimulator() {
  return createGraphSimulator({ authorize: createJwtAuthorize({ issuer, keys: createLocalJWKSet({ keys: [publicJwk] }) }) });
}

function bearer(value: string) {
  return { headers: { Authorization: `Bearer ${value}` } };
}

describe('verifying mode', () => {
  it('accepts a token signed by the issuer for Graph, and the ReadWrite scope may write', async () => {
    const sim = verifyingSimulator();
    const value = await token();
    expect((await call(sim, 'GET', TOKENS, bearer(value))).status).toBe(200);
    const patch = await call(sim, 'PATCH', `${TOKENS}/${SEED_IDS.contosoSchools}`, { ...bearer(value), body: { displayName: 'Verified' } });
    expect(patch.status).toBe(200);
  });

  it('lets a Read.All token read and answers 403 in Graph’s shape when it writes', async () => {
    const sim = verifyingSimulator();
    const value = await token({ scp: 'DeviceManagementServiceConfig.Read.All' });
    expect((await call(sim, 'GET', TOKENS, bearer(value))).status).toBe(200);
    const answer = await call(sim, 'PATCH', `${TOKENS}/${SEED_IDS.contosoSchools}`, { ...bearer(value), body: { displayName: 'x' } });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('Forbidden');
    expect(answer.body.error.message).toContain('DeviceManagementServiceConfig.ReadWrite.All');
    expect(answer.body.error.innerError['request-id']).toBeTruthy();
  });

  it('answers 403 to a valid token with no Graph permission at all', async () => {
    const sim = verifyingSimulator();
    expect((await call(sim, 'GET', TOKENS, bearer(await token({ scp: undefined })))).status).toBe(403);
  });

  it.each([
    ['expired', () => token({}, { expiresIn: -5 }), 'Access token has expired or is not yet valid.'],
    ['for another audience', () => token({}, { aud: 'api://something-else' }), 'Access token validation failure. Invalid audience.'],
    ['from another issuer', () => token({}, { iss: 'https://login.example.com' }), 'Access token validation failure. Invalid issuer.'],
    ['signed with another key', () => token({}, { key: strangerKey }), 'Access token validation failure. Invalid signature.'],
    ['not a JWT', async () => 'opaque-token-value', 'IDX14100: JWT is not well formed, there are no dots (.).'],
    ['garbled', async () => 'abc.def.ghi', 'Access token validation failure.'],
  ])('answers 401 InvalidAuthenticationToken to a token %s', async (_what, make, message) => {
    const sim = verifyingSimulator();
    const answer = await call(sim, 'GET', TOKENS, bearer(await make()));
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message });
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('reads Entra’s scp, else the OAuth scope claim', () => {
    expect(tokenScopes({ scp: 'A B' })).toEqual(['A', 'B']);
    expect(tokenScopes({ scope: 'https://graph.microsoft.com/A' })).toEqual(['https://graph.microsoft.com/A']);
    expect(tokenScopes({})).toEqual([]);
  });
});

describe('authorizeFromEnv', () => {
  it('stays in demo mode unless SIMULATOR_AUTH=verify', () => {
    expect(authorizeFromEnv({})).toBeUndefined();
    expect(authorizeFromEnv({ SIMULATOR_AUTH: 'demo' })).toBeUndefined();
  });

  it('needs the issuer in verifying mode', () => {
    expect(() => authorizeFromEnv({ SIMULATOR_AUTH: 'verify' })).toThrow(/SIMULATOR_ISSUER/);
    expect(authorizeFromEnv({ SIMULATOR_AUTH: 'verify', SIMULATOR_ISSUER: issuer })).toBeTypeOf('function');
  });

  it('answers 401 rather than failing when the issuer cannot be reached', async () => {
    const authorize = authorizeFromEnv({ SIMULATOR_AUTH: 'verify', SIMULATOR_ISSUER: 'https://localhost:1' })!;
    const decision = await authorize(new Request(`${issuer}/graph/beta/x`), await token());
    expect(decision).toMatchObject({ ok: false, status: 401, code: 'InvalidAuthenticationToken' });
  });
});
