import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../../simulator/seed.ts';
import type { GraphError } from '../../../graph/graph-error';
import { simulatedGraph, testQueryClient, watch } from '../../../test/simulated-graph';
import { syncLicensesOptions } from './sync-token';
import { tokenKeys } from './token-keys';
import { fetchToken, fetchTokenList, tokenQueries, type TokenList } from './token-queries';

const id = SEED_IDS.woodgroveSyncFailedLongAgo;
const sim = simulatedGraph({ syncDurationMs: 50 });

async function loaded(): Promise<QueryClient> {
  const queryClient = testQueryClient();
  queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens: await fetchTokenList(sim.graph, {}), complete: true });
  queryClient.setQueryData(tokenKeys.detail(id), await fetchToken(sim.graph, id));
  sim.requests.length = 0;
  return queryClient;
}

const sync = (queryClient: QueryClient) => new MutationObserver(queryClient, syncLicensesOptions(sim.graph, queryClient, id)).mutate();
const inList = (queryClient: QueryClient) => queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens.find((t) => t.id === id);
const inDetail = (queryClient: QueryClient) => queryClient.getQueryData<VppToken>(tokenKeys.detail(id));
const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail('the sync should have failed'), (error: unknown) => error as GraphError);

describe('a sync', () => {
  it('200: starts the sync, then reads the token until Apple has answered; both caches follow', async () => {
    expect(sim.stored(id)?.lastSyncStatus).toBe('failed');
    const queryClient = await loaded();
    const outcome = await sync(queryClient);
    expect(outcome.result).toBe('completed');
    expect(sim.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
    expect(sim.stored(id)?.lastSyncStatus).toBe('completed');
    expect(inDetail(queryClient)?.lastSyncStatus).toBe('completed');
    expect(inList(queryClient)?.lastSyncStatus).toBe('completed');
    expect(inDetail(queryClient)).not.toHaveProperty('token');
  });

  it('204: Graph starts the sync without answering with the token; reading it back still shows the result', async () => {
    await sim.arm({ method: 'POST', path: '/syncLicenses', status: 204 });
    const queryClient = await loaded();
    const outcome = await sync(queryClient);
    expect(outcome.result).toBe('completed');
    expect(inDetail(queryClient)?.lastSyncStatus).toBe('completed');
    expect(inList(queryClient)?.lastSyncStatus).toBe('completed');
  });

  it('refused (409): fails with Graph’s error, no sync runs and the caches keep the last sync', async () => {
    await sim.arm({ method: 'POST', path: '/syncLicenses', status: 409, code: 'Conflict' });
    const queryClient = await loaded();
    const error = await failureOf(sync(queryClient));
    expect(error.status).toBe(409);
    expect(sim.stored(id)?.lastSyncStatus).toBe('failed');
    expect(inDetail(queryClient)?.lastSyncStatus).toBe('failed');
    expect(sim.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('404: the token was deleted elsewhere; the list drops it, the open page keeps its value to say so', async () => {
    const queryClient = await loaded();
    await sim.graph.request(`/deviceAppManagement/vppTokens/${id}`, { method: 'DELETE' });
    const error = await failureOf(sync(queryClient));
    expect(error.status).toBe(404);
    expect(inList(queryClient)).toBeUndefined();
    expect(inDetail(queryClient)?.id).toBe(id);
  });

  it('timeout with the sync started: fails as unanswered, then the token and the list are read again and show the sync', async () => {
    const queryClient = await loaded();
    const stopWatching = [watch(queryClient, tokenQueries.detail(sim.graph, id)), watch(queryClient, tokenQueries.list(sim.graph))];
    await sim.arm({ method: 'POST', path: '/syncLicenses', status: 200, delayMs: 1000 });
    const error = await failureOf(sync(queryClient));
    expect(error.kind).toBe('timeout');
    expect(inDetail(queryClient)?.lastSyncStatus).toBe('failed');
    await expect.poll(() => inDetail(queryClient)?.lastSyncStatus).not.toBe('failed');
    await expect.poll(() => inList(queryClient)?.lastSyncStatus).not.toBe('failed');
    expect(sim.stored(id)?.lastSyncStatus).not.toBe('failed');
    stopWatching.forEach((stop) => stop());
  });
});
