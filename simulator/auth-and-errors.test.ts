import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { SEED_IDS } from './seed.ts';
import { call, TOKENS } from './test-support.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('authorization', () => {
  it('answers 401 InvalidAuthenticationToken "Access token is empty." without a bearer token', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'GET', TOKENS, { anonymous: true });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('answers 401 for an empty bearer token or a token that was never filled in', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', TOKENS, { headers: { Authorization: 'Bearer ' } })).status).toBe(401);
    expect((await call(sim, 'GET', TOKENS, { headers: { Authorization: 'Bearer undefined' } })).status).toBe(401);
    expect((await call(sim, 'GET', TOKENS, { headers: { Authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('accepts any non-empty bearer token in demo mode', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', TOKENS, { headers: { Authorization: 'Bearer demo' } })).status).toBe(200);
  });

  it('lets read-only scopes read but answers 403 Forbidden naming the ReadWrite scope for writes', async () => {
    const sim = createGraphSimulator({ authorize: async () => ({ ok: true, scopes: ['https://graph.microsoft.com/DeviceManagementServiceConfig.Read.All'] }) });
    expect((await call(sim, 'GET', TOKENS)).status).toBe(200);
    const id = SEED_IDS.contosoSchools;
    for (const [method, path, body] of [
      ['PATCH', `${TOKENS}/${id}`, { displayName: 'x' }],
      ['DELETE', `${TOKENS}/${id}`, undefined],
      ['POST', `${TOKENS}/${id}/syncLicenses`, undefined],
    ] as const) {
      const answer = await call(sim, method, path, body ? { body } : {});
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('Forbidden');
      expect(answer.body.error.message).toContain('DeviceManagementServiceConfig.ReadWrite.All');
    }
    expect(sim.state().find((t) => t.id === id)!.displayName).not.toBe('x');
  });

  it('answers 403 for reads when the scopes allow neither Read.All nor ReadWrite.All', async () => {
    const sim = createGraphSimulator({ authorize: async () => ({ ok: true, scopes: ['User.Read'] }) });
    expect((await call(sim, 'GET', TOKENS)).status).toBe(403);
  });

  it('passes a bearer token and the request to authorize, and answers its refusal', async () => {
    const seen: string[] = [];
    const sim = createGraphSimulator({
      authorize: async (request, bearer) => {
        seen.push(`${request.method} ${bearer}`);
        return { ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' };
      },
    });
    const answer = await call(sim, 'GET', TOKENS, { headers: { Authorization: 'Bearer abc.def.ghi' } });
    expect(seen).toEqual(['GET abc.def.ghi']);
    expect(answer.status).toBe(401);
    expect(answer.body.error.message).toBe('Access token has expired or is not yet valid.');
  });

  it('needs no token for the control routes', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', '/graph/_simulator/state', { anonymous: true })).status).toBe(200);
  });
});

describe('error and response shape', () => {
  it("answers Graph's error envelope with a fresh request-id and the echoed client-request-id, in body and headers", async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'GET', `${TOKENS}/missing`, { headers: { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' } });
    expect(Object.keys(answer.body)).toEqual(['error']);
    expect(Object.keys(answer.body.error)).toEqual(['code', 'message', 'innerError']);
    const inner = answer.body.error.innerError;
    expect(Object.keys(inner)).toEqual(['date', 'request-id', 'client-request-id']);
    expect(inner['request-id']).toMatch(GUID);
    expect(inner['client-request-id']).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(inner.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(answer.headers.get('request-id')).toBe(inner['request-id']);
    expect(answer.headers.get('client-request-id')).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('sends request-id and client-request-id on successful answers too, a new request-id each time', async () => {
    const sim = createGraphSimulator();
    const a = await call(sim, 'GET', TOKENS, { headers: { 'client-request-id': 'abc' } });
    const b = await call(sim, 'GET', TOKENS);
    expect(a.headers.get('client-request-id')).toBe('abc');
    expect(a.headers.get('request-id')).toMatch(GUID);
    expect(b.headers.get('request-id')).not.toBe(a.headers.get('request-id'));
  });
});
