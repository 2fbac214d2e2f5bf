import { QueryClient, QueryObserver, type QueryKey, type QueryObserverOptions } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createGraphSimulator } from '../../simulator/graph-simulator.ts';
import type { FaultSpec } from '../../simulator/faults.ts';
import { createGraphClient } from '../graph/graph-client';
import { retryDelayMs, shouldRetryWrite } from '../graph/retry';

const origin = 'http://localhost:5173';

/** A Graph request as the simulator received it. */
export type SeenRequest = { method: string; path: string };

/**
 * The real Graph simulator behind MSW for one test file, reset before each test, with a Graph client
 * whose timeout is short enough for a late answer to time out in a unit test. `requests` lists what
 * Graph received, in order ($batch envelopes as one).
 */
export function simulatedGraph({ timeoutMs = 400, syncDurationMs = 50 }: { timeoutMs?: number; syncDurationMs?: number } = {}) {
  const simulator = createGraphSimulator({ syncDurationMs });
  const requests: SeenRequest[] = [];
  const server = setupServer(
    http.all('*/graph/*', ({ request }) => {
      const url = new URL(request.url);
      if (!url.pathname.includes('/_simulator/')) requests.push({ method: request.method, path: url.pathname.replace(/^\/graph\/[^/]+/, '') });
      return simulator.handle(request);
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    simulator.reset();
    requests.length = 0;
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const control = (path: string, body: unknown) =>
    fetch(`${origin}/graph/_simulator/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  return {
    simulator,
    requests,
    graph: createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 'test', origin, timeoutMs }),
    /** Queues a fault (see simulator/faults.ts). */
    arm: async (fault: FaultSpec) => void (await control('faults', fault)),
    settings: async (settings: object) => void (await control('settings', settings)),
    /** Graph's own copy of a token, as it holds it now. */
    stored: (id: string): VppToken | undefined => simulator.state().find((token) => token.id === id),
  };
}

/** A query client with the app's retry rules for writes; a failed read fails at once. */
export function testQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false },
      mutations: { retry: shouldRetryWrite, retryDelay: retryDelayMs },
    },
  });
}

/** A screen showing a query: reads marked stale are read again only while something observes them. */
export function watch<TData, TKey extends QueryKey>(queryClient: QueryClient, options: QueryObserverOptions<TData, Error, TData, TData, TKey>) {
  const observer = new QueryObserver(queryClient, options);
  return observer.subscribe(() => undefined);
}
