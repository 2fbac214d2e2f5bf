import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { SEED_IDS } from './seed.ts';

const sim = createGraphSimulator();
const server = setupServer(http.all('*/graph/*', ({ request }) => sim.handle(request)));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('behind MSW', () => {
  it('answers a plain fetch of the list, PATCH and control API', async () => {
    const base = 'http://localhost:5173/graph';
    const list = await fetch(`${base}/beta/deviceAppManagement/vppTokens?$top=5`, { headers: { Authorization: 'Bearer msw' } });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { value: unknown[]; '@odata.nextLink': string };
    expect(body.value).toHaveLength(5);
    expect(body['@odata.nextLink']).toMatch(/^http:\/\/localhost:5173\/graph\/beta\//);

    const patch = await fetch(`${base}/beta/deviceAppManagement/vppTokens/${SEED_IDS.contosoSchools}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer msw', 'Content-Type': 'application/json' },
      body: JSON.stringify({ displayName: 'Via MSW' }),
    });
    expect(patch.status).toBe(200);
    expect(sim.state()[0]!.displayName).toBe('Via MSW');
  });

  it('turns a dropped-connection fault into a rejected fetch', async () => {
    await fetch('http://localhost:5173/graph/_simulator/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'GET', status: 0 }),
    });
    await expect(fetch('http://localhost:5173/graph/beta/deviceAppManagement/vppTokens', { headers: { Authorization: 'Bearer msw' } })).rejects.toThrow(TypeError);
  });
});
