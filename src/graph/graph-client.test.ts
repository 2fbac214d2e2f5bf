import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from '../../simulator/graph-simulator.ts';
import { createGraphClient, nextPageUrl } from './graph-client';
import { GraphError } from './graph-error';

const origin = 'http://localhost:5173';
const simulator = createGraphSimulator();
const seen: Request[] = [];
const server = setupServer(
  http.all('*/graph/*', ({ request }) => {
    seen.push(request.clone());
    return simulator.handle(request);
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  seen.length = 0;
  simulator.reset();
});
afterAll(() => server.close());

function client(getAccessToken: (o?: { forceRefresh?: boolean }) => Promise<string> = async () => 'token-1') {
  return createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken, origin });
}

async function arm(fault: object) {
  await fetch(`${origin}/graph/_simulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
  seen.length = 0;
}

describe('Graph client', () => {
  it('follows @odata.nextLink to the last page and hands each page over as it arrives', async () => {
    simulator.reset(60);
    const pages: number[] = [];
    const all = await client().getAllPages<{ id: string }>('/deviceAppManagement/vppTokens?$select=id', {
      onPage: (items) => pages.push(items.length),
    });
    expect(pages).toEqual([25, 25, 10]);
    expect(new Set(all.map((t) => t.id)).size).toBe(60);
  });

  it('sends the bearer token and a fresh client-request-id with every request', async () => {
    await client().request('/deviceAppManagement/vppTokens?$top=1');
    await client().request('/deviceAppManagement/vppTokens?$top=1');
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-1']);
    const ids = seen.map((r) => r.headers.get('client-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('turns a Graph error into a GraphError carrying status, code, message, request-id and Retry-After', async () => {
    await arm({ method: 'PATCH', path: '/vppTokens/', status: 429, code: 'TooManyRequests', retryAfter: 7 });
    const error = await client()
      .request('/deviceAppManagement/vppTokens/1fa02c17-90ba-4f96-965e-bcfa1b00b328', { method: 'PATCH', body: { displayName: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    const graphError = error as GraphError;
    expect(graphError.status).toBe(429);
    expect(graphError.code).toBe('TooManyRequests');
    expect(graphError.retryAfterSeconds).toBe(7);
    expect(graphError.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(graphError.clientRequestId).toBe(seen[0]!.headers.get('client-request-id'));
  });

  it('asks for a fresh access token once after a 401 and repeats the request', async () => {
    await arm({ method: 'GET', path: '/vppTokens', status: 401, code: 'InvalidAuthenticationToken' });
    const asked: (boolean | undefined)[] = [];
    const { status } = await client(async (o) => {
      asked.push(o?.forceRefresh);
      return o?.forceRefresh ? 'token-2' : 'token-1';
    }).request('/deviceAppManagement/vppTokens?$top=1');
    expect(status).toBe(200);
    expect(asked).toEqual([false, true]);
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('gives up after the second 401 rather than looping', async () => {
    await arm({ method: 'GET', path: '/vppTokens', status: 401, code: 'InvalidAuthenticationToken', times: 5 });
    const error = await client().request('/deviceAppManagement/vppTokens').catch((e: unknown) => e);
    expect((error as GraphError).status).toBe(401);
    expect(seen).toHaveLength(2);
  });

  it('reports a dropped connection as a network error that keeps edits', async () => {
    await arm({ method: 'PATCH', status: 0 });
    const error = await client()
      .request('/deviceAppManagement/vppTokens/1fa02c17-90ba-4f96-965e-bcfa1b00b328', { method: 'PATCH', body: { displayName: 'x' } })
      .catch((e: unknown) => e);
    expect((error as GraphError).kind).toBe('network');
  });

  it('reports a request slower than the timeout as a timeout', async () => {
    await fetch(`${origin}/graph/_simulator/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: 500 }) });
    const slow = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 't', origin, timeoutMs: 100 });
    const error = await slow.request('/deviceAppManagement/vppTokens').catch((e: unknown) => e);
    expect((error as GraphError).kind).toBe('timeout');
  });
});

describe('nextPageUrl', () => {
  const root = new URL('http://localhost:5173/graph/beta/');
  it('follows a link back into Graph and stops at the last page', () => {
    expect(nextPageUrl('http://localhost:5173/graph/beta/deviceAppManagement/vppTokens?$skiptoken=abc', root)?.href).toContain('$skiptoken=abc');
    expect(nextPageUrl(undefined, root)).toBeUndefined();
  });

  it('refuses a link to another host, so the bearer token never leaves Graph', () => {
    expect(() => nextPageUrl('https://evil.example/graph/beta/x', root)).toThrow(GraphError);
    expect(() => nextPageUrl('http://localhost:5173/other/', root)).toThrow(/does not point back to Graph/);
    expect(() => nextPageUrl(42, root)).toThrow(GraphError);
  });
});

async function settle(settings: object) {
  await fetch(`${origin}/graph/_simulator/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings) });
  seen.length = 0;
}

const listPath = '/deviceAppManagement/vppTokens?$top=250&$select=id,displayName';
const optionsSent = () => seen.map((request) => [...new URL(request.url).searchParams.keys()].filter((key) => key !== '$skiptoken').sort().join('&'));

describe('where real Graph differs from what it documents', () => {
  it('a query option Graph refuses by name is left out: the list is read again without it, once, and later reads leave it out from the start', async () => {
    simulator.reset(300);
    await settle({ refusedQueryOptions: ['$top'] });
    const graph = client();
    const first = await graph.getAllPages<{ id: string }>(listPath, {});
    expect(first).toHaveLength(300);
    // Refused once with $top, then Graph's own page size (25) to the end.
    expect(optionsSent()[0]).toBe('$select&$top');
    expect(optionsSent().slice(1).every((options) => options === '$select')).toBe(true);
    expect(seen).toHaveLength(1 + 12);

    seen.length = 0;
    expect(await graph.getAllPages<{ id: string }>(listPath, {})).toHaveLength(300);
    expect(optionsSent().every((options) => options === '$select')).toBe(true);
    expect(seen).toHaveLength(12);
  });

  it('with $top and $select both refused, the read goes on with neither', async () => {
    simulator.reset(30);
    await settle({ refusedQueryOptions: ['$top', '$select'] });
    expect(await client().getAllPages<{ id: string }>(listPath, {})).toHaveLength(30);
    expect(optionsSent().slice(0, 3)).toEqual(['$select&$top', '$select', '']);
  });

  it('any other 400 is the error it was, not read again', async () => {
    await arm({ method: 'GET', path: '/vppTokens', status: 400, code: 'BadRequest', message: 'The tenant is being migrated.' });
    await expect(client().getAllPages(listPath, {})).rejects.toMatchObject({ status: 400, message: 'The tenant is being migrated.' });
    expect(seen).toHaveLength(1);
  });

  it('pages shorter than $top that still carry a nextLink, and an empty page with one, are followed to the end', async () => {
    simulator.reset(300);
    await settle({ pageSizeCap: 100, emptyFirstPage: true });
    const pages: number[] = [];
    const all = await client().getAllPages<{ id: string }>(listPath, { onPage: (items) => pages.push(items.length) });
    expect(pages).toEqual([0, 100, 100, 100]);
    expect(new Set(all.map((token) => token.id)).size).toBe(300);
  });
});
