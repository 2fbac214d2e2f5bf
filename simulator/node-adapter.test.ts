import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { createNodeHandler } from './node-adapter.ts';
import { SEED_IDS } from './seed.ts';

const sim = createGraphSimulator();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(createNodeHandler(sim));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('node:http adapter', () => {
  it('serves /graph with the request origin in nextLink, and passes bodies and headers both ways', async () => {
    const list = await fetch(`${base}/graph/beta/deviceAppManagement/vppTokens?$top=2`, {
      headers: { Authorization: 'Bearer x', 'client-request-id': 'node-1' },
    });
    expect(list.status).toBe(200);
    expect(list.headers.get('client-request-id')).toBe('node-1');
    const body = (await list.json()) as { '@odata.nextLink': string };
    expect(body['@odata.nextLink'].startsWith(`${base}/graph/beta/deviceAppManagement/vppTokens?`)).toBe(true);

    const patch = await fetch(`${base}/graph/beta/deviceAppManagement/vppTokens/${SEED_IDS.contosoSchools}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
      body: JSON.stringify({ displayName: 'Over HTTP' }),
    });
    expect(patch.status).toBe(200);
    expect(((await patch.json()) as { displayName: string }).displayName).toBe('Over HTTP');
    const deleted = await fetch(`${base}/graph/beta/deviceAppManagement/vppTokens/${SEED_IDS.fabrikamDuplicate}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer x' },
    });
    expect(deleted.status).toBe(204);
  });

  it('answers 404 outside /graph when there is no next middleware', async () => {
    expect((await fetch(`${base}/index.html`)).status).toBe(404);
  });

  it('cuts the answer off part-way for a dropped-connection fault, so reading it fails', async () => {
    await fetch(`${base}/graph/_simulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 0, path: '/vppTokens' }),
    });
    await expect(
      fetch(`${base}/graph/beta/deviceAppManagement/vppTokens`, { headers: { Authorization: 'Bearer x' } }).then((r) => r.text()),
    ).rejects.toThrow();
    expect((await fetch(`${base}/graph/beta/deviceAppManagement/vppTokens`, { headers: { Authorization: 'Bearer x' } })).status).toBe(200);
  });
});
