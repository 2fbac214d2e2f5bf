import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../../simulator/seed.ts';
import type { GraphError } from '../../../graph/graph-error';
import { simulatedGraph, testQueryClient, watch } from '../../../test/simulated-graph';
import { deleteTokenOptions } from './delete-token';
import { deleteTokenKeys, tokenKeys } from './token-keys';
import { fetchToken, fetchTokenList, tokenQueries, type TokenList } from './token-queries';

const id = SEED_IDS.contosoSchools;
const sim = simulatedGraph();

async function loaded(): Promise<QueryClient> {
  const queryClient = testQueryClient();
  queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens: await fetchTokenList(sim.graph, {}), complete: true });
  queryClient.setQueryData(tokenKeys.detail(id), await fetchToken(sim.graph, id));
  sim.requests.length = 0;
  return queryClient;
}

const remove = (queryClient: QueryClient) => new MutationObserver(queryClient, deleteTokenOptions(sim.graph, queryClient, id)).mutate();
const listed = (queryClient: QueryClient) => queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens.some((t) => t.id === id);
const detailCached = (queryClient: QueryClient) => queryClient.getQueryCache().find({ queryKey: tokenKeys.detail(id), exact: true }) !== undefined;
const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail('the delete should have failed'), (error: unknown) => error as GraphError);

describe('a delete', () => {
  it('204: Graph deletes the token; it leaves the list and the token’s cache, and counts as pending until then', async () => {
    await sim.settings({ latencyMs: 50 });
    const queryClient = await loaded();
    const deleting = remove(queryClient);
    expect(queryClient.getMutationCache().findAll({ mutationKey: deleteTokenKeys.all, status: 'pending' }).map((m) => m.options.mutationKey)).toEqual([deleteTokenKeys.token(id)]);
    await deleting;
    expect(sim.stored(id)).toBeUndefined();
    expect(listed(queryClient)).toBe(false);
    expect(detailCached(queryClient)).toBe(false);
    expect(sim.requests).toEqual([{ method: 'DELETE', path: `/deviceAppManagement/vppTokens/${id}` }]);
  });

  it('200 after a wait: the token is gone from Graph and from the caches', async () => {
    await sim.arm({ method: 'DELETE', path: '/vppTokens/', status: 200, delayMs: 100 });
    const queryClient = await loaded();
    await remove(queryClient);
    expect(sim.stored(id)).toBeUndefined();
    expect(listed(queryClient)).toBe(false);
  });

  it('refused (409): fails with Graph’s error; the token stays in Graph and in the list', async () => {
    await sim.arm({ method: 'DELETE', path: '/vppTokens/', status: 409, code: 'Conflict' });
    const queryClient = await loaded();
    const error = await failureOf(remove(queryClient));
    expect(error.status).toBe(409);
    expect(sim.stored(id)).toBeDefined();
    expect(listed(queryClient)).toBe(true);
    expect(detailCached(queryClient)).toBe(true);
  });

  it('404: already deleted elsewhere, so what the admin asked for is done; the caches forget the token', async () => {
    const queryClient = await loaded();
    await sim.graph.request(`/deviceAppManagement/vppTokens/${id}`, { method: 'DELETE' });
    await expect(remove(queryClient)).resolves.toBeUndefined();
    expect(listed(queryClient)).toBe(false);
    expect(detailCached(queryClient)).toBe(false);
  });

  it('timeout with the change made: fails as unanswered, then the list is read again and no longer holds the token', async () => {
    const queryClient = await loaded();
    const stopWatching = watch(queryClient, tokenQueries.list(sim.graph));
    await sim.arm({ method: 'DELETE', path: '/vppTokens/', status: 200, delayMs: 1000 });
    const error = await failureOf(remove(queryClient));
    expect(error.kind).toBe('timeout');
    expect(sim.stored(id)).toBeUndefined();
    expect(listed(queryClient)).toBe(true);
    await expect.poll(() => listed(queryClient)).toBe(false);
    stopWatching();
  });
});
