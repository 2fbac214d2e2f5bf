import { QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from '../../../../simulator/graph-simulator.ts';
import { createGraphClient } from '../../../graph/graph-client';
import { retryDelayMs, shouldRetryWrite } from '../../../graph/retry';
import { summarizeBulkRun, type BulkStep } from '../model/bulk-progress';
import { startBulkRun } from './bulk-change';
import { tokenKeys } from './token-keys';
import { fetchTokenList, type TokenList } from './token-queries';

const origin = 'http://localhost:5173';
const simulator = createGraphSimulator();
let batchCalls = 0;
const server = setupServer(
  http.all('*/graph/*', ({ request }) => {
    if (request.url.endsWith('/$batch')) batchCalls++;
    return simulator.handle(request);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function arm(fault: object) {
  await fetch(`${origin}/graph/_simulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
}

describe('a bulk run', () => {
  it('updates 60 tokens through $batch; exactly the refused ones fail, a throttled one is retried alone and lands', async () => {
    simulator.reset(60);
    const tokens = simulator.state();
    const off = tokens.filter((t) => !t.automaticallyUpdateApps).map((t) => t.id!);
    const refused = off.filter((_, i) => i % 5 === 3);
    for (const id of refused) await arm({ method: 'PATCH', path: id, status: 500, code: 'InternalServerError' });
    const throttled = off[1]!;
    await arm({ method: 'PATCH', path: throttled, status: 429, code: 'TooManyRequests', retryAfter: 0 });

    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: shouldRetryWrite, retryDelay: retryDelayMs } } });
    const graph = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 't', origin });
    const started = startBulkRun(queryClient, graph, { id: 'run-1', action: { kind: 'edit', edit: { kind: 'automaticallyUpdateApps', on: true } } }, tokens);
    // Tokens already updating apps automatically cost no request.
    expect(started).toBe(off.length);
    expect(refused.length).toBeGreaterThan(1);
    await expect.poll(() => queryClient.isMutating(), { timeout: 5000 }).toBe(0);

    const steps: BulkStep[] = queryClient
      .getMutationCache()
      .getAll()
      .map((m) => ({ ...(m.options.meta as { tokenId: string; tokenName: string }), status: m.state.status, failureCount: m.state.failureCount, error: m.state.error }));
    const progress = summarizeBulkRun(steps);
    expect(progress.failed.map((s) => s.tokenId).sort()).toEqual([...refused].sort());
    expect(progress.done).toBe(off.length - refused.length);

    const stored = new Map(simulator.state().map((t) => [t.id, t.automaticallyUpdateApps]));
    for (const id of refused) expect(stored.get(id)).toBe(false);
    expect(stored.get(throttled)).toBe(true);
    expect([...stored.values()].filter(Boolean)).toHaveLength(60 - refused.length);
    // The run's requests in batches of at most 20, plus the throttled one again, alone.
    expect(batchCalls).toBe(Math.ceil(off.length / 20) + 1);
  });

  it('meets a token deleted elsewhere as every single change does: an edit fails and drops it from the list, a delete counts as done', async () => {
    simulator.reset();
    const graph = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 't', origin });
    const [gone, kept] = simulator.state().filter((t) => !t.automaticallyUpdateApps);
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: shouldRetryWrite, retryDelay: retryDelayMs } } });
    queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens: await fetchTokenList(graph, {}), complete: true });
    const listed = () => queryClient.getQueryData<TokenList>(tokenKeys.list())!.tokens.map((t) => t.id);
    await graph.request(`/deviceAppManagement/vppTokens/${gone!.id}`, { method: 'DELETE' });

    startBulkRun(queryClient, graph, { id: 'edit', action: { kind: 'edit', edit: { kind: 'automaticallyUpdateApps', on: true } } }, [gone!, kept!]);
    await expect.poll(() => queryClient.isMutating(), { timeout: 5000 }).toBe(0);
    const edits = queryClient.getMutationCache().getAll().map((m) => [(m.options.meta as { tokenId: string }).tokenId, m.state.status]);
    expect(edits).toEqual([[gone!.id, 'error'], [kept!.id, 'success']]);
    expect(listed()).not.toContain(gone!.id);
    expect(listed()).toContain(kept!.id);

    queryClient.setQueryData<TokenList>(tokenKeys.list(), (list) => list && { ...list, tokens: [gone!, ...list.tokens] });
    queryClient.getMutationCache().clear();
    startBulkRun(queryClient, graph, { id: 'delete', action: { kind: 'delete' } }, [gone!]);
    await expect.poll(() => queryClient.isMutating(), { timeout: 5000 }).toBe(0);
    expect(queryClient.getMutationCache().getAll().map((m) => m.state.status)).toEqual(['success']);
    expect(listed()).not.toContain(gone!.id);
  });
});
