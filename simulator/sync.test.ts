import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed.ts';
import { call, simulatorWithClock, TOKENS } from './test-support.ts';

const ID = SEED_IDS.contosoSchools;

describe('syncLicenses', () => {
  it('answers 200 inProgress, then completes after syncDurationMs with lastSyncDateTime at completion', async () => {
    const { sim, clock } = simulatorWithClock();
    const started = clock.now;
    const answer = await call(sim, 'POST', `${TOKENS}/${ID}/syncLicenses`);
    expect(answer.status).toBe(200);
    expect(answer.body.lastSyncStatus).toBe('inProgress');

    clock.now += 2999;
    expect((await call(sim, 'GET', `${TOKENS}/${ID}`)).body.lastSyncStatus).toBe('inProgress');

    clock.now += 10_000;
    const done = await call(sim, 'GET', `${TOKENS}/${ID}`);
    expect(done.body.lastSyncStatus).toBe('completed');
    expect(done.body.lastSyncDateTime).toBe(new Date(started + 3000).toISOString());
  });

  it('honours the syncDurationMs option and the syncResult setting', async () => {
    const { sim, clock } = simulatorWithClock(undefined, { syncDurationMs: 500 });
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { syncResult: 'failed' } });
    await call(sim, 'POST', `${TOKENS}/${ID}/syncLicenses`);
    clock.now += 500;
    expect(sim.state().find((t) => t.id === ID)!.lastSyncStatus).toBe('failed');
  });

  it('completes in the list too, and a syncDurationMs setting of 0 finishes at once', async () => {
    const { sim } = simulatorWithClock();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { syncDurationMs: 0 } });
    const answer = await call(sim, 'POST', `${TOKENS}/${ID}/microsoft.graph.syncLicenses`);
    expect(answer.body.lastSyncStatus).toBe('inProgress');
    const list = await call(sim, 'GET', `${TOKENS}?$select=lastSyncStatus&$top=999`);
    expect(list.body.value.find((t: { id: string }) => t.id === ID).lastSyncStatus).toBe('completed');
  });

  it('works in v1.0 and answers 404 for an unknown id', async () => {
    const { sim } = simulatorWithClock();
    expect((await call(sim, 'POST', `/graph/v1.0/deviceAppManagement/vppTokens/${ID}/syncLicenses`)).status).toBe(200);
    expect((await call(sim, 'POST', `${TOKENS}/missing/syncLicenses`)).status).toBe(404);
  });
});
