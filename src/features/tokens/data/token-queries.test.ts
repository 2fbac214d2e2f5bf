import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from '../../../../simulator/graph-simulator.ts';
import { createGraphClient } from '../../../graph/graph-client';
import { fetchTokenList, listPageSize } from './token-queries';

const origin = 'http://localhost:5173';
const simulator = createGraphSimulator();
const seen: URL[] = [];
const server = setupServer(
  http.all('*/graph/*', ({ request }) => {
    seen.push(new URL(request.url));
    return simulator.handle(request);
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  simulator.reset();
});
afterAll(() => server.close());

describe('fetchTokenList', () => {
  it(`asks for ${listPageSize} tokens a page, so 3,000 tokens take 12 requests rather than 120`, async () => {
    simulator.reset(3000);
    const graph = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 'token-1', origin });
    const tokens = await fetchTokenList(graph, {});
    expect(tokens).toHaveLength(3000);
    expect(new Set(tokens.map((token) => token.id)).size).toBe(3000);
    expect(seen).toHaveLength(3000 / listPageSize);
    expect(seen.every((url) => url.searchParams.get('$top') === String(listPageSize))).toBe(true);
  });
});
