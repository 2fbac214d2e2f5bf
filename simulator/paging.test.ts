import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { call, TOKENS, type Json } from './test-support.ts';

describe('listing vppTokens', () => {
  it('answers 25 per page by default, with an absolute nextLink on the same origin', async () => {
    const sim = createGraphSimulator();
    sim.reset(60);
    const page = await call(sim, 'GET', TOKENS);
    expect(page.status).toBe(200);
    expect(page.body['@odata.context']).toBe('http://localhost:5173/graph/beta/$metadata#deviceAppManagement/vppTokens');
    expect(page.body.value).toHaveLength(25);
    const next = new URL(page.body['@odata.nextLink']);
    expect(next.origin + next.pathname).toBe('http://localhost:5173/graph/beta/deviceAppManagement/vppTokens');
    expect(next.searchParams.get('$skiptoken')).toBeTruthy();
  });

  it('following nextLink to the end yields every token exactly once, in creation order', async () => {
    const sim = createGraphSimulator();
    sim.reset(1234);
    const seen: string[] = [];
    let url: string | undefined = '/graph/beta/deviceAppManagement/vppTokens?$top=100';
    let pages = 0;
    while (url) {
      const page = await call(sim, 'GET', url);
      expect(page.status).toBe(200);
      seen.push(...page.body.value.map((t: Json) => t.id));
      url = page.body['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(13);
    expect(seen).toEqual(sim.state().map((t) => t.id));
    expect(new Set(seen).size).toBe(1234);
  });

  it('has no nextLink when everything fits on one page', async () => {
    const sim = createGraphSimulator();
    const page = await call(sim, 'GET', `${TOKENS}?$top=999`);
    expect(page.body.value).toHaveLength(sim.state().length);
    expect(page.body['@odata.nextLink']).toBeUndefined();
  });

  it('keeps $top and $select in nextLink and accepts the %24-encoded spellings', async () => {
    const sim = createGraphSimulator();
    sim.reset(30);
    const first = await call(sim, 'GET', `${TOKENS}?%24top=10&%24select=displayName,state`);
    expect(first.body.value).toHaveLength(10);
    const next = new URL(first.body['@odata.nextLink']);
    expect(next.searchParams.get('$top')).toBe('10');
    expect(next.searchParams.get('$select')).toBe('id,displayName,state');
    const second = await call(sim, 'GET', first.body['@odata.nextLink']);
    expect(second.body.value).toHaveLength(10);
    expect(Object.keys(second.body.value[0]).sort()).toEqual(['@odata.type', 'displayName', 'id', 'state']);
  });

  it('$select returns only the named properties plus id', async () => {
    const sim = createGraphSimulator();
    const page = await call(sim, 'GET', `${TOKENS}?$select=displayName,expirationDateTime`);
    expect(page.body['@odata.context']).toContain('vppTokens(id,displayName,expirationDateTime)');
    for (const token of page.body.value) {
      expect(Object.keys(token).sort()).toEqual(['@odata.type', 'displayName', 'expirationDateTime', 'id']);
    }
  });

  it.each(['0', '1000', 'ten', '-1', '2.5'])('refuses $top=%s with 400', async (top) => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'GET', `${TOKENS}?$top=${top}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('$top');
  });

  it('refuses $select of an unknown property with 400 naming it', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'GET', `${TOKENS}?$select=displayName,colour`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("'colour'");
  });

  it('refuses $filter and $orderby so clients filter and sort themselves', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', `${TOKENS}?$filter=state eq 'valid'`)).status).toBe(400);
    expect((await call(sim, 'GET', `${TOKENS}?$orderby=displayName`)).status).toBe(400);
  });

  it('refuses a forged $skiptoken', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', `${TOKENS}?$skiptoken=garbage!`)).status).toBe(400);
  });

  it('neither skips nor repeats tokens when one is deleted between pages', async () => {
    const sim = createGraphSimulator();
    sim.reset(50);
    const first = await call(sim, 'GET', `${TOKENS}?$top=20`);
    const doomed = first.body.value[5].id;
    await call(sim, 'DELETE', `${TOKENS}/${doomed}`);
    const rest: string[] = [];
    let url: string | undefined = first.body['@odata.nextLink'];
    while (url) {
      const page = await call(sim, 'GET', url);
      rest.push(...page.body.value.map((t: Json) => t.id));
      url = page.body['@odata.nextLink'];
    }
    expect(rest).toEqual(sim.state().slice(19).map((t) => t.id));
  });
});

describe('getting one vppToken', () => {
  it('answers the entity with its @odata.context, and honours $select', async () => {
    const sim = createGraphSimulator();
    const id = sim.state()[0]!.id;
    const answer = await call(sim, 'GET', `${TOKENS}/${id}`);
    expect(answer.status).toBe(200);
    expect(answer.body['@odata.context']).toBe('http://localhost:5173/graph/beta/$metadata#deviceAppManagement/vppTokens/$entity');
    expect(answer.body.id).toBe(id);
    const selected = await call(sim, 'GET', `${TOKENS}/${id}?$select=state`);
    expect(Object.keys(selected.body).sort()).toEqual(['@odata.context', '@odata.type', 'id', 'state']);
  });

  it("accepts OData key syntax vppTokens('id')", async () => {
    const sim = createGraphSimulator();
    const id = sim.state()[0]!.id;
    expect((await call(sim, 'GET', `/deviceAppManagement/vppTokens('${id}')`)).body.id).toBe(id);
  });

  it('answers 404 ResourceNotFound with an Intune-style message for an unknown id', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'GET', `${TOKENS}/00000000-0000-0000-0000-00000000dead`);
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('ResourceNotFound');
    const inner = JSON.parse(answer.body.error.message);
    expect(inner._version).toBe(3);
    expect(inner.Message).toContain('00000000-0000-0000-0000-00000000dead');
  });
});

describe('a Graph that differs from its documentation, when a test asks for one', () => {
  const settle = (sim: ReturnType<typeof createGraphSimulator>, settings: object) => call(sim, 'POST', '/graph/_simulator/settings', { body: settings });

  it('refuses the query options it is told to with a 400 naming the option, on the list and on a token', async () => {
    const sim = createGraphSimulator();
    await settle(sim, { refusedQueryOptions: ['$select'] });
    const list = await call(sim, 'GET', `${TOKENS}?$top=5&$select=id`);
    expect(list.status).toBe(400);
    expect(list.body.error.message).toContain("'$select'");
    expect((await call(sim, 'GET', `${TOKENS}?$top=5`)).status).toBe(200);
    const id = sim.state()[0]!.id;
    expect((await call(sim, 'GET', `${TOKENS}/${id}?$select=id`)).status).toBe(400);
  });

  it('caps pages below $top and can lead with an empty page, both carrying a nextLink to the rest', async () => {
    const sim = createGraphSimulator();
    sim.reset(30);
    await settle(sim, { pageSizeCap: 10, emptyFirstPage: true });
    const sizes: number[] = [];
    let url: string | undefined = `${TOKENS}?$top=250`;
    while (url) {
      const page = await call(sim, 'GET', url);
      sizes.push(page.body.value.length);
      url = page.body['@odata.nextLink'];
    }
    expect(sizes).toEqual([0, 10, 10, 10]);
  });

  it('refuses settings it cannot act on', async () => {
    const sim = createGraphSimulator();
    expect((await settle(sim, { refusedQueryOptions: ['$orderby'] })).status).toBe(400);
    expect((await settle(sim, { pageSizeCap: 0 })).status).toBe(400);
    expect((await settle(sim, { emptyFirstPage: 'yes' })).status).toBe(400);
  });
});
