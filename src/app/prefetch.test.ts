import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from '../../simulator/graph-simulator.ts';
import { SEED_IDS } from '../../simulator/seed.ts';
import { tokenKeys, type TokenList } from '../features/tokens/api/token-queries';
import { createGraphClient } from '../graph/graph-client';
import { createAppQueryClient } from './query-client';
import { prefetchDataFor } from './prefetch';

const simulator = createGraphSimulator();
const seen: string[] = [];
const server = setupServer(
  http.all('*/graph/*', ({ request }) => {
    seen.push(new URL(request.url).pathname);
    return simulator.handle(request);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  simulator.reset();
});
afterAll(() => server.close());

const graph = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 'token-1', origin: 'http://localhost:5173' });
const settled = async (queryClient: ReturnType<typeof createAppQueryClient>) => {
  while (queryClient.isFetching() > 0) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('prefetchDataFor', () => {
  it('reads the token list for the list page, before any page renders', async () => {
    const queryClient = createAppQueryClient();
    prefetchDataFor('/', queryClient, graph);
    await settled(queryClient);
    expect(queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens.length).toBeGreaterThan(0);
  });

  it('reads the one token for its page, and nothing for the add-token page', async () => {
    const queryClient = createAppQueryClient();
    const id = SEED_IDS.contosoSchools;
    prefetchDataFor(`/tokens/${id}`, queryClient, graph);
    prefetchDataFor('/tokens/new', queryClient, graph);
    await settled(queryClient);
    expect(queryClient.getQueryData(tokenKeys.detail(id))).toMatchObject({ id });
    expect(seen).toEqual([`/graph/beta/deviceAppManagement/vppTokens/${id}`]);
  });
});
