import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { call } from './test-support.ts';
import { createWriteLimiter } from './write-limit.ts';

describe('write limiter', () => {
  it('admits writes up to the limit in a window, then answers how long to wait', () => {
    const limiter = createWriteLimiter();
    const limit = { writes: 3, windowMs: 20_000 };
    expect([0, 1000, 2000].map((t) => limiter.admit(t, limit))).toEqual([undefined, undefined, undefined]);
    expect(limiter.admit(5000, limit)).toBe(15);
    expect(limiter.throttled()).toBe(1);
    // The first write has left the window.
    expect(limiter.admit(20_001, limit)).toBeUndefined();
  });

  it('forgets everything on reset', () => {
    const limiter = createWriteLimiter();
    const limit = { writes: 1, windowMs: 1000 };
    limiter.admit(0, limit);
    limiter.admit(1, limit);
    limiter.reset();
    expect(limiter.throttled()).toBe(0);
    expect(limiter.admit(2, limit)).toBeUndefined();
  });
});

describe('the simulator under a write limit', () => {
  it('answers 429 with Retry-After past the limit, counting writes inside a $batch one by one', async () => {
    const sim = createGraphSimulator();
    sim.reset(30);
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { writeLimit: { writes: 15, windowMs: 20_000 } } });
    const ids = sim.state().map((t) => t.id);
    const batch = await call(sim, 'POST', '/graph/beta/$batch', {
      body: {
        requests: ids.slice(0, 20).map((id, i) => ({
          id: String(i),
          method: 'PATCH',
          url: `/deviceAppManagement/vppTokens/${id}`,
          headers: { 'Content-Type': 'application/json' },
          body: { automaticallyUpdateApps: true },
        })),
      },
    });
    const statuses = (batch.body.responses as { status: number }[]).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(15);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const reads = await call(sim, 'GET', '/deviceAppManagement/vppTokens');
    expect(reads.status).toBe(200);
    const state = await call(sim, 'GET', '/graph/_simulator/state');
    expect(state.body.throttledWrites).toBe(5);
  });
});
