import { QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphClient } from '../../../graph/graph-client';
import { GraphError } from '../../../graph/graph-error';
import { pollToken } from './poll-token';
import { tokenKeys } from './token-keys';
import { type TokenList } from './token-queries';

const schedule = { firstDelayMs: 1000, maxDelayMs: 4000, timeLimitMs: 20_000 };
const busy = new GraphError({ kind: 'http', status: 503, code: 'serviceUnavailable', message: 'Busy' });
const gone = new GraphError({ kind: 'http', status: 404, code: 'ResourceNotFound', message: 'Gone' });

/** A Graph client whose reads of the token answer, in turn, each of `answers` (the last one repeats). */
function graphAnswering(answers: (VppToken | GraphError)[]) {
  const reads: number[] = [];
  const graph = {
    version: 'beta',
    baseUrl: '/graph',
    request: vi.fn(async () => {
      reads.push(Date.now());
      const answer = answers[Math.min(reads.length - 1, answers.length - 1)];
      if (answer instanceof GraphError) throw answer;
      return { status: 200, body: answer };
    }),
    getAllPages: vi.fn(),
  } as unknown as GraphClient;
  return { graph, reads };
}

describe('pollToken', () => {
  let queryClient: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  });
  afterEach(() => vi.useRealTimers());

  it('reads on the backoff schedule until the condition holds, and keeps both caches in step', async () => {
    queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens: [{ id: 't', lastSyncStatus: 'inProgress' }], complete: true });
    const { graph, reads } = graphAnswering([
      { id: 't', lastSyncStatus: 'inProgress' },
      { id: 't', lastSyncStatus: 'inProgress' },
      { id: 't', lastSyncStatus: 'completed', token: 'secret' } as VppToken,
    ]);
    const polled = pollToken(queryClient, graph, 't', { until: (t) => t.lastSyncStatus !== 'inProgress', schedule });
    await vi.runAllTimersAsync();
    await expect(polled).resolves.toEqual({ done: true, token: { id: 't', lastSyncStatus: 'completed' } });
    expect(reads).toEqual([1000, 3000, 7000]);
    expect(queryClient.getQueryData(tokenKeys.detail('t'))).toEqual({ id: 't', lastSyncStatus: 'completed' });
    expect(queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens).toEqual([{ id: 't', lastSyncStatus: 'completed' }]);
  });

  it('gives up at the time limit with the last value read', async () => {
    const { graph, reads } = graphAnswering([{ id: 't', lastSyncStatus: 'inProgress' }]);
    const polled = pollToken(queryClient, graph, 't', { until: () => false, schedule });
    await vi.runAllTimersAsync();
    await expect(polled).resolves.toEqual({ done: false, token: { id: 't', lastSyncStatus: 'inProgress' } });
    expect(reads.at(-1)).toBe(20_000);
  });

  it('waits out a busy Graph and carries on', async () => {
    const { graph } = graphAnswering([busy, { id: 't', lastSyncStatus: 'completed' }]);
    const polled = pollToken(queryClient, graph, 't', { until: (t) => t.lastSyncStatus === 'completed', schedule });
    await vi.runAllTimersAsync();
    await expect(polled).resolves.toMatchObject({ done: true });
  });

  it('stops on a failure waiting cannot fix', async () => {
    const { graph, reads } = graphAnswering([gone]);
    const polled = pollToken(queryClient, graph, 't', { until: () => true, schedule });
    const settled = expect(polled).rejects.toBe(gone);
    await vi.runAllTimersAsync();
    await settled;
    expect(reads).toHaveLength(1);
  });

  it('stops when the screen that asked goes away', async () => {
    const { graph, reads } = graphAnswering([{ id: 't' }]);
    const controller = new AbortController();
    const polled = pollToken(queryClient, graph, 't', { until: () => false, schedule, signal: controller.signal });
    const settled = expect(polled).rejects.toBeDefined();
    await vi.advanceTimersByTimeAsync(1500);
    controller.abort();
    await settled;
    await vi.runAllTimersAsync();
    expect(reads).toHaveLength(1);
  });
});
