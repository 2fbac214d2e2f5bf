import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { SEED_IDS } from './seed.ts';
import { call, graphRequest, type Json } from './test-support.ts';

const BATCH = '/graph/beta/$batch';
const A = SEED_IDS.contosoSchools;
const B = SEED_IDS.fabrikamExpiresSoon;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

function byId(responses: Json[]): Record<string, Json> {
  return Object.fromEntries(responses.map((r) => [r.id, r]));
}

describe('$batch', () => {
  it('runs each request and answers 200 with one response per id', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'POST', BATCH, {
      body: {
        requests: [
          { id: '1', method: 'PATCH', url: `/deviceAppManagement/vppTokens/${A}`, headers: JSON_HEADERS, body: { displayName: 'A2' } },
          { id: '2', method: 'GET', url: `deviceAppManagement/vppTokens/${B}` },
          { id: '3', method: 'GET', url: '/deviceAppManagement/vppTokens/missing' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    const responses = byId(answer.body.responses);
    expect(responses['1']).toMatchObject({ status: 200, body: { displayName: 'A2' } });
    expect(responses['2']).toMatchObject({ status: 200, body: { id: B } });
    expect(responses['3'].status).toBe(404);
    expect(responses['3'].body.error.code).toBe('ResourceNotFound');
    expect(responses['1'].headers['content-type']).toMatch(/^application\/json/);
  });

  it('refuses more than 20 requests with 400', async () => {
    const sim = createGraphSimulator();
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/deviceAppManagement/vppTokens' }));
    const answer = await call(sim, 'POST', BATCH, { body: { requests } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('20');
    expect((await call(sim, 'POST', BATCH, { body: { requests: requests.slice(0, 20) } })).status).toBe(200);
  });

  it('refuses duplicate ids, unknown dependencies and a body without Content-Type with 400', async () => {
    const sim = createGraphSimulator();
    const get = { method: 'GET', url: '/deviceAppManagement/vppTokens' };
    expect((await call(sim, 'POST', BATCH, { body: { requests: [{ id: '1', ...get }, { id: '1', ...get }] } })).status).toBe(400);
    expect((await call(sim, 'POST', BATCH, { body: { requests: [{ id: '1', ...get, dependsOn: ['9'] }] } })).status).toBe(400);
    const noType = { id: '1', method: 'PATCH', url: `/deviceAppManagement/vppTokens/${A}`, body: { displayName: 'x' } };
    expect((await call(sim, 'POST', BATCH, { body: { requests: [noType] } })).status).toBe(400);
  });

  it('orders by dependsOn and answers 424 for a request whose dependency failed', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'POST', BATCH, {
      body: {
        requests: [
          // Listed first but runs after '2'.
          { id: '1', method: 'GET', url: `/deviceAppManagement/vppTokens/${A}`, dependsOn: ['2'] },
          { id: '2', method: 'PATCH', url: `/deviceAppManagement/vppTokens/${A}`, headers: JSON_HEADERS, body: { displayName: 'first' } },
          { id: '3', method: 'PATCH', url: `/deviceAppManagement/vppTokens/${B}`, headers: JSON_HEADERS, body: { displayName: 5 } },
          { id: '4', method: 'DELETE', url: `/deviceAppManagement/vppTokens/${B}`, dependsOn: ['3'] },
          { id: '5', method: 'GET', url: `/deviceAppManagement/vppTokens/${B}`, dependsOn: ['4'] },
        ],
      },
    });
    expect(answer.body.responses.map((r: Json) => r.id)).toEqual(['2', '1', '3', '4', '5']);
    const responses = byId(answer.body.responses);
    expect(responses['1'].body.displayName).toBe('first');
    expect(responses['3'].status).toBe(400);
    expect(responses['4'].status).toBe(424);
    expect(responses['4'].body.error.code).toBe('FailedDependency');
    expect(responses['5'].status).toBe(424);
    expect(sim.state().some((t) => t.id === B)).toBe(true);
  });

  it('applies faults to each request inside the batch individually', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', '/graph/_simulator/faults', { body: { method: 'PATCH', path: '/vppTokens/', status: 429, retryAfter: 5, times: 1 } });
    const patch = (id: string, target: string) => ({ id, method: 'PATCH', url: `/deviceAppManagement/vppTokens/${target}`, headers: JSON_HEADERS, body: { displayName: id } });
    const answer = await call(sim, 'POST', BATCH, { body: { requests: [patch('1', A), patch('2', B)] } });
    expect(answer.status).toBe(200);
    const responses = byId(answer.body.responses);
    expect(responses['1'].status).toBe(429);
    expect(responses['1'].headers['retry-after']).toBe('5');
    expect(responses['2'].status).toBe(200);
  });

  it('drops the whole batch connection when a request inside hits a status-0 fault', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', '/graph/_simulator/faults', { body: { method: 'DELETE', status: 0 } });
    const response = await sim.handle(
      graphRequest('POST', BATCH, { body: { requests: [{ id: '1', method: 'DELETE', url: `/deviceAppManagement/vppTokens/${A}` }] } }),
    );
    expect(response.type).toBe('error');
  });

  it('inherits authorization from the outer request and checks scopes per inner request', async () => {
    const sim = createGraphSimulator({ authorize: async () => ({ ok: true, scopes: ['DeviceManagementApps.Read.All'] }) });
    const answer = await call(sim, 'POST', BATCH, {
      body: {
        requests: [
          { id: '1', method: 'GET', url: `/deviceAppManagement/vppTokens/${A}` },
          { id: '2', method: 'DELETE', url: `/deviceAppManagement/vppTokens/${A}` },
        ],
      },
    });
    const responses = byId(answer.body.responses);
    expect(responses['1'].status).toBe(200);
    expect(responses['2'].status).toBe(403);
    expect((await call(sim, 'POST', BATCH, { anonymous: true, body: { requests: [] } })).status).toBe(401);
  });

  it('resolves inner URLs against the batch version', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'POST', '/graph/v1.0/$batch', { body: { requests: [{ id: '1', method: 'GET', url: `/deviceAppManagement/vppTokens/${A}` }] } });
    expect(answer.body.responses[0].body.displayName).toBeUndefined();
    expect(answer.body.responses[0].body['@odata.context']).toContain('/graph/v1.0/');
  });
});
