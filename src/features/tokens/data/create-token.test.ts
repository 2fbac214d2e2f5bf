import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { encodeTokenFile } from '../../../../simulator/token-file.ts';
import type { GraphError } from '../../../graph/graph-error';
import { simulatedGraph, testQueryClient, watch } from '../../../test/simulated-graph';
import { createTokenOptions, type CreateTokenBody } from './create-token';
import { tokenKeys } from './token-keys';
import { fetchTokenList, tokenQueries, type TokenList } from './token-queries';

const sim = simulatedGraph();
const file = encodeTokenFile({ token: 'new-token-secret', expDate: '2031-02-03T10:00:00+0000', orgName: 'Northwind Academy' });
const body: CreateTokenBody = {
  displayName: 'Northwind – North',
  appleId: 'vpp@northwind.example',
  countryOrRegion: 'us',
  vppTokenAccountType: 'education',
  automaticallyUpdateApps: false,
  dataSharingConsentGranted: true,
  token: file,
};

async function loaded(): Promise<QueryClient> {
  const queryClient = testQueryClient();
  queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens: await fetchTokenList(sim.graph, {}), complete: true });
  sim.requests.length = 0;
  return queryClient;
}

/** Adds the token as the Add token form does, letting go of the add once it has settled. */
async function create(queryClient: QueryClient) {
  const observer = new MutationObserver(queryClient, createTokenOptions(sim.graph, queryClient));
  try {
    return await observer.mutate(body);
  } finally {
    observer.reset();
  }
}
const listedNames = (queryClient: QueryClient) => queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens.map((t) => t.displayName);
const storedNames = () => sim.simulator.state().map((t) => t.displayName);
const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail('adding should have failed'), (error: unknown) => error as GraphError);
/** Whether the file's content is anywhere in the caches, once the settled add has left the mutation cache. */
async function secretIn(queryClient: QueryClient) {
  // Kept no time once settled: the add's variables are the file.
  await expect.poll(() => queryClient.getMutationCache().getAll()).toHaveLength(0);
  return JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data)).includes(file);
}

describe('adding a token', () => {
  it('201: Graph adds it; the token and the list hold it without its secret, and the file leaves no trace', async () => {
    const queryClient = await loaded();
    const created = await create(queryClient);
    expect(created.organizationName).toBe('Northwind Academy');
    expect(storedNames()).toContain('Northwind – North');
    expect(queryClient.getQueryData<VppToken>(tokenKeys.detail(created.id!))).toEqual(created);
    expect(listedNames(queryClient)).toContain('Northwind – North');
    expect(created).not.toHaveProperty('token');
    expect(await secretIn(queryClient)).toBe(false);
  });

  it('refused (409, the file of a token Graph already holds): nothing is added anywhere', async () => {
    const queryClient = await loaded();
    await create(queryClient);
    const before = sim.simulator.state().length;
    const error = await failureOf(create(queryClient));
    expect(error.status).toBe(409);
    expect(sim.simulator.state()).toHaveLength(before);
    expect(listedNames(queryClient)?.filter((name) => name === 'Northwind – North')).toHaveLength(1);
  });

  it('404 on the collection is a refusal like any other: nothing is dropped from the list', async () => {
    await sim.arm({ method: 'POST', path: '/vppTokens', status: 404, code: 'ResourceNotFound' });
    const queryClient = await loaded();
    const before = listedNames(queryClient);
    const error = await failureOf(create(queryClient));
    expect(error.status).toBe(404);
    expect(listedNames(queryClient)).toEqual(before);
    expect(storedNames()).not.toContain('Northwind – North');
  });

  it('timeout with the token added: fails as unanswered, then the list is read again and shows it', async () => {
    const queryClient = await loaded();
    const stopWatching = watch(queryClient, tokenQueries.list(sim.graph));
    await sim.arm({ method: 'POST', path: '/vppTokens', status: 200, delayMs: 1000 });
    const error = await failureOf(create(queryClient));
    expect(error.kind).toBe('timeout');
    expect(storedNames()).toContain('Northwind – North');
    await expect.poll(() => listedNames(queryClient)).toContain('Northwind – North');
    expect(await secretIn(queryClient)).toBe(false);
    stopWatching();
  });
});
