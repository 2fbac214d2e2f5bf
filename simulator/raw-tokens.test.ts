import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { SEED_IDS } from './seed.ts';
import { call, TOKENS } from './test-support.ts';

const RAW = '/graph/_simulator/tokens';

describe('raw tokens through the control API', () => {
  it('stores an entity verbatim, values the PATCH validation would refuse included, and Graph serves it as stored', async () => {
    const sim = createGraphSimulator();
    const hostile = {
      id: 'hostile-1',
      displayName: '<img src=x onerror=alert(1)>'.repeat(500),
      state: 'someStateFromTheFuture',
      vppTokenAccountType: 'government',
      expirationDateTime: 'not a date',
      appleId: null,
    };
    const answer = await call(sim, 'POST', RAW, { body: hostile });
    expect(answer.status).toBe(201);
    expect(answer.body.ids).toEqual(['hostile-1']);
    const served = (await call(sim, 'GET', `${TOKENS}/hostile-1`)).body;
    expect(served).toMatchObject(hostile);
    // Missing properties stay missing rather than being filled in.
    expect('organizationName' in served).toBe(false);
  });

  it('replaces a token with the same id in its place in the list, and gives an id to an entity without one', async () => {
    const sim = createGraphSimulator();
    const before = sim.state().map((t) => t.id);
    const answer = await call(sim, 'POST', RAW, { body: [{ id: SEED_IDS.contosoSchools, displayName: null }, { displayName: 'No id given' }] });
    expect(answer.body.ids[0]).toBe(SEED_IDS.contosoSchools);
    const after = sim.state();
    expect(after.map((t) => t.id)).toEqual([...before, answer.body.ids[1]]);
    expect(after[0]).toEqual({ id: SEED_IDS.contosoSchools, displayName: null });
  });

  it('refuses what cannot be stored: no object, or an id that is not a string', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'POST', RAW, { body: ['not an object'] })).status).toBe(400);
    expect((await call(sim, 'POST', RAW, { body: { id: 42 } })).status).toBe(400);
    expect((await call(sim, 'GET', RAW)).status).toBe(405);
    expect(sim.state()).toHaveLength(13);
  });
});
