import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../../simulator/seed.ts';
import { encodeTokenFile } from '../../../../simulator/token-file.ts';
import { GraphError } from '../../../graph/graph-error';
import { testQueryClient, simulatedGraph, watch } from '../../../test/simulated-graph';
import type { TokenPatch } from '../model/token-fields';
import { shownToken } from './shown-tokens';
import { tokenKeys } from './token-keys';
import { fetchToken, fetchTokenList, tokenQueries, type TokenList } from './token-queries';
import { pendingSave, pendingSaveFilters, updateTokenOptions } from './update-token';

const id = SEED_IDS.contosoSchools;
const sim = simulatedGraph();

/** A client holding what the list and the token's page hold once loaded. */
async function loaded(): Promise<QueryClient> {
  const queryClient = testQueryClient();
  queryClient.setQueryData<TokenList>(tokenKeys.list(), { tokens: await fetchTokenList(sim.graph, {}), complete: true });
  queryClient.setQueryData(tokenKeys.detail(id), await fetchToken(sim.graph, id));
  sim.requests.length = 0;
  return queryClient;
}

const save = (queryClient: QueryClient, patch: TokenPatch) => new MutationObserver(queryClient, updateTokenOptions(sim.graph, queryClient, id)).mutate(patch);
const inList = (queryClient: QueryClient, tokenId = id) => queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens.find((t) => t.id === tokenId);
const inDetail = (queryClient: QueryClient) => queryClient.getQueryData<VppToken>(tokenKeys.detail(id));
const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.fail('the save should have failed'), (error: unknown) => error as GraphError);

describe('a save', () => {
  it('200: writes the token Graph answered into the token and the list, without its secret', async () => {
    const queryClient = await loaded();
    const saved = await save(queryClient, { displayName: 'Renamed' });
    expect(saved.displayName).toBe('Renamed');
    expect(sim.stored(id)?.displayName).toBe('Renamed');
    expect(inDetail(queryClient)?.displayName).toBe('Renamed');
    expect(inList(queryClient)?.displayName).toBe('Renamed');
    expect(inDetail(queryClient)).not.toHaveProperty('token');
    expect(sim.requests).toEqual([{ method: 'PATCH', path: `/deviceAppManagement/vppTokens/${id}` }]);
  });

  it('204: reads the token back, so the caches hold what Graph stored', async () => {
    await sim.settings({ patchAnswers: 204 });
    const queryClient = await loaded();
    await save(queryClient, { automaticallyUpdateApps: true });
    expect(sim.requests.map((r) => r.method)).toEqual(['PATCH', 'GET']);
    expect(sim.stored(id)?.automaticallyUpdateApps).toBe(true);
    expect(inDetail(queryClient)?.automaticallyUpdateApps).toBe(true);
    expect(inList(queryClient)?.automaticallyUpdateApps).toBe(true);
    expect(inDetail(queryClient)).not.toHaveProperty('token');
  });

  it('refused (400): fails with Graph’s error and leaves Graph and the caches as they were', async () => {
    await sim.arm({ method: 'PATCH', path: '/vppTokens/', status: 400, code: 'BadRequest', property: 'displayName' });
    const queryClient = await loaded();
    const error = await failureOf(save(queryClient, { displayName: 'Refused' }));
    expect(error.status).toBe(400);
    expect(error.property).toBe('displayName');
    expect(sim.stored(id)?.displayName).toBe('Contoso Schools – Main Campus');
    expect(inDetail(queryClient)?.displayName).toBe('Contoso Schools – Main Campus');
    expect(inList(queryClient)?.displayName).toBe('Contoso Schools – Main Campus');
    expect(queryClient.getMutationCache().findAll(pendingSaveFilters(id))).toHaveLength(0);
  });

  it('refused (403): not tried again, and nothing is stored', async () => {
    await sim.arm({ method: 'PATCH', path: '/vppTokens/', status: 403, code: 'Forbidden' });
    const queryClient = await loaded();
    const error = await failureOf(save(queryClient, { displayName: 'Not allowed' }));
    expect(error.status).toBe(403);
    // A refusal is not tried again.
    expect(sim.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(sim.stored(id)?.displayName).toBe('Contoso Schools – Main Campus');
  });

  it('404: the token was deleted elsewhere; the list drops it, the open page keeps its value to say so', async () => {
    const queryClient = await loaded();
    await sim.graph.request(`/deviceAppManagement/vppTokens/${id}`, { method: 'DELETE' });
    const error = await failureOf(save(queryClient, { displayName: 'Too late' }));
    expect(error.status).toBe(404);
    expect(sim.stored(id)).toBeUndefined();
    expect(inList(queryClient)).toBeUndefined();
    expect(inDetail(queryClient)?.displayName).toBe('Contoso Schools – Main Campus');
  });

  it('timeout with the change made: fails as unanswered, then the token and the list are read again and show the change', async () => {
    const queryClient = await loaded();
    const stopWatching = [watch(queryClient, tokenQueries.detail(sim.graph, id)), watch(queryClient, tokenQueries.list(sim.graph))];
    sim.requests.length = 0;
    await sim.arm({ method: 'PATCH', path: '/vppTokens/', status: 200, delayMs: 1000 });
    const error = await failureOf(save(queryClient, { displayName: 'Stored late' }));
    expect(error.kind).toBe('timeout');
    expect(sim.stored(id)?.displayName).toBe('Stored late');
    await expect.poll(() => inDetail(queryClient)?.displayName).toBe('Stored late');
    await expect.poll(() => inList(queryClient)?.displayName).toBe('Stored late');
    stopWatching.forEach((stop) => stop());
  });

  it('two saves in flight: sent in order, each laid over Graph’s value, and only the last to settle reads the token again', async () => {
    await sim.settings({ latencyMs: 150 });
    const queryClient = await loaded();
    const stopWatching = watch(queryClient, tokenQueries.detail(sim.graph, id));
    sim.requests.length = 0;
    const first = save(queryClient, { displayName: 'First', automaticallyUpdateApps: true });
    const second = save(queryClient, { displayName: 'Second' });

    const pending = () => queryClient.getMutationCache().findAll(pendingSaveFilters(id)).map(pendingSave);
    // One token's saves go one after another: the second waits until the first has its answer.
    await new Promise((resolve) => setTimeout(resolve, 75));
    expect(sim.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(pending().map((p) => p.patch)).toEqual([{ displayName: 'First', automaticallyUpdateApps: true }, { displayName: 'Second' }]);
    // The token as shown: Graph's value with both saves laid over it, the later one on top.
    expect(shownToken(inDetail(queryClient)!, pending())).toMatchObject({ displayName: 'Second', automaticallyUpdateApps: true });
    expect(inDetail(queryClient)?.displayName).toBe('Contoso Schools – Main Campus');

    await first;
    // The first has settled; the second is still on its way, so nothing reads the token in between.
    expect(pending().map((p) => p.patch)).toEqual([{ displayName: 'Second' }]);
    expect(inDetail(queryClient)).toMatchObject({ displayName: 'First', automaticallyUpdateApps: true });
    expect(shownToken(inDetail(queryClient)!, pending())).toMatchObject({ displayName: 'Second', automaticallyUpdateApps: true });
    expect(sim.requests.filter((r) => r.method === 'GET')).toEqual([]);

    await second;
    await expect.poll(() => sim.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
    expect(sim.requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH', 'GET']);
    expect(sim.stored(id)).toMatchObject({ displayName: 'Second', automaticallyUpdateApps: true });
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(inDetail(queryClient)).toMatchObject({ displayName: 'Second', automaticallyUpdateApps: true });
    expect(inList(queryClient)).toMatchObject({ displayName: 'Second', automaticallyUpdateApps: true });
    stopWatching();
  });

  it('renewal: the new token file is a save like any other, and its content reaches neither the caches nor what is laid over the screen', async () => {
    const queryClient = await loaded();
    const file = encodeTokenFile({ token: 'renewed-secret', expDate: '2031-02-03T10:00:00+0000', orgName: 'Contoso Independent School District' });
    const renewal = save(queryClient, { token: file });
    const [pendingRenewal] = queryClient.getMutationCache().findAll(pendingSaveFilters(id)).map(pendingSave);
    expect(pendingRenewal?.patch).toEqual({});
    const saved = await renewal;
    expect(saved.expirationDateTime?.startsWith('2031-02-03')).toBe(true);
    expect(sim.stored(id)?.expirationDateTime?.startsWith('2031-02-03')).toBe(true);
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain('renewed-secret');
    expect(inDetail(queryClient)?.expirationDateTime?.startsWith('2031-02-03')).toBe(true);
  });
});
