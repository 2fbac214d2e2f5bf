import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from '../../simulator/graph-simulator.ts';
import { SEED_IDS } from '../../simulator/seed.ts';
import { createBatchingClient } from './graph-batch';
import { createGraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { createWritePacer } from './write-pacer';

const origin = 'http://localhost:5173';
const simulator = createGraphSimulator();
const batches: number[] = [];
const server = setupServer(
  http.all('*/graph/*', async ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/$batch')) batches.push(((await request.clone().json()) as { requests: unknown[] }).requests.length);
    return simulator.handle(request);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  batches.length = 0;
  simulator.reset();
});
afterAll(() => server.close());

const graph = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 't', origin });

async function arm(fault: object) {
  await fetch(`${origin}/graph/_simulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
}

describe('Batching Graph client', () => {
  it('sends 45 updates made together as $batch calls of 20, 20 and 5, each caller getting its own token back', async () => {
    simulator.reset(45);
    const ids = simulator.state().map((t) => t.id!);
    const batcher = createBatchingClient(graph);
    const answers = await Promise.all(
      ids.map((id) => batcher.request<{ id: string; automaticallyUpdateApps: boolean }>(`/deviceAppManagement/vppTokens/${id}`, { method: 'PATCH', body: { automaticallyUpdateApps: true } })),
    );
    expect([...batches].sort((a, b) => b - a)).toEqual([20, 20, 5]);
    expect(answers.map((a) => a.body?.id)).toEqual(ids);
    expect(simulator.state().every((t) => t.automaticallyUpdateApps)).toBe(true);
  });

  it('fails only the request Graph refused, with that request’s own error', async () => {
    await arm({ method: 'PATCH', path: SEED_IDS.fabrikamExpiresSoon, status: 429, code: 'TooManyRequests', retryAfter: 3 });
    const batcher = createBatchingClient(graph);
    const [ok, throttled] = await Promise.allSettled([
      batcher.request(`/deviceAppManagement/vppTokens/${SEED_IDS.contosoSchools}`, { method: 'PATCH', body: { displayName: 'A' } }),
      batcher.request(`/deviceAppManagement/vppTokens/${SEED_IDS.fabrikamExpiresSoon}`, { method: 'PATCH', body: { displayName: 'B' } }),
    ]);
    expect(ok.status).toBe('fulfilled');
    expect(throttled.status).toBe('rejected');
    const error = (throttled as PromiseRejectedResult).reason as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(3);
    expect(simulator.state().find((t) => t.id === SEED_IDS.contosoSchools)?.displayName).toBe('A');
  });

  it('fails every request of a batch whose connection dropped', async () => {
    await arm({ method: 'POST', path: '$batch', status: 0 });
    const batcher = createBatchingClient(graph);
    const results = await Promise.allSettled([
      batcher.request(`/deviceAppManagement/vppTokens/${SEED_IDS.contosoSchools}`, { method: 'DELETE' }),
      batcher.request(`/deviceAppManagement/vppTokens/${SEED_IDS.litwareExpired}`, { method: 'DELETE' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(((results[0] as PromiseRejectedResult).reason as GraphError).kind).toBe('network');
  });

  it('waits for room under the write limit before sending the next batch', async () => {
    simulator.reset(30);
    const ids = simulator.state().map((t) => t.id!);
    let now = 0;
    const waits: number[] = [];
    const pacer = createWritePacer({ writes: 25, windowMs: 1000 }, { now: () => now, sleep: async (ms) => void (waits.push(ms), (now += ms)) });
    const batcher = createBatchingClient(graph, pacer);
    await Promise.all(ids.map((id) => batcher.request(`/deviceAppManagement/vppTokens/${id}`, { method: 'PATCH', body: { automaticallyUpdateApps: false } })));
    expect(batches).toEqual([20, 10]);
    expect(waits).toEqual([1000]);
  });
});
