import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { LONG_DISPLAY_NAME, SEED_IDS } from './seed.ts';
import { call, simulatorWithClock } from './test-support.ts';
import { decodeTokenFile } from './token-file.ts';
import { TOKEN_STATES, SYNC_STATUSES } from './vpp-token.ts';

const DAY = 86_400_000;

describe('seed data', () => {
  it('covers every state, sync status, both account types and several countries', () => {
    const tokens = createGraphSimulator().state();
    expect(new Set(tokens.map((t) => t.state))).toEqual(new Set(TOKEN_STATES));
    expect(new Set(tokens.map((t) => t.lastSyncStatus))).toEqual(new Set(SYNC_STATUSES));
    expect(new Set(tokens.map((t) => t.vppTokenAccountType))).toEqual(new Set(['business', 'education']));
    expect(new Set(tokens.map((t) => t.countryOrRegion)).size).toBeGreaterThanOrEqual(8);
    expect(tokens.map((t) => t.id)).toEqual(Object.values(SEED_IDS));
    expect(LONG_DISPLAY_NAME.length).toBeLessThanOrEqual(256);
  });

  it('dates are relative to the reset time, so the health edges hold whenever tests run', () => {
    const { sim, clock } = simulatorWithClock(Date.UTC(2031, 6, 1));
    const tokens = sim.state();
    const daysLeft = (id: string) => (Date.parse(tokens.find((t) => t.id === id)!.expirationDateTime!) - clock.now) / DAY;
    expect(daysLeft(SEED_IDS.fabrikamExpiresSoon)).toBeGreaterThan(0);
    expect(daysLeft(SEED_IDS.fabrikamExpiresSoon)).toBeLessThan(7);
    expect(daysLeft(SEED_IDS.northwindExpiresThisMonth)).toBeLessThan(30);
    expect(daysLeft(SEED_IDS.litwareExpired)).toBeLessThan(0);
    const stale = tokens.find((t) => t.id === SEED_IDS.woodgroveSyncFailedLongAgo)!;
    expect((clock.now - Date.parse(stale.lastSyncDateTime!)) / DAY).toBeGreaterThan(3);
  });

  it("each token's secret is a decodable Apple token file matching its organization and expiry", () => {
    for (const token of createGraphSimulator().state()) {
      const file = decodeTokenFile(token.token!);
      expect(file.orgName).toBe(token.organizationName);
      expect(file.expirationDateTime).toBe(token.expirationDateTime);
      expect(file.token.length).toBeGreaterThan(200);
    }
  });
});

describe('reset', () => {
  // Two resets of 3,000 tokens (and about 30,000 apps) and a deep comparison: more than the default 5 s on a busy machine.
  it('with N=3000 holds exactly 3000 tokens with unique ids, generated the same way every time', { timeout: 20_000 }, async () => {
    const { sim } = simulatorWithClock();
    const answer = await call(sim, 'POST', '/graph/_simulator/reset', { body: { tokens: 3000 } });
    expect(answer.body).toEqual({ tokens: 3000 });
    const tokens = sim.state();
    expect(tokens).toHaveLength(3000);
    expect(new Set(tokens.map((t) => t.id)).size).toBe(3000);
    expect(new Set(tokens.map((t) => decodeTokenFile(t.token!).token)).size).toBe(3000);
    expect(tokens.some((t) => /^[A-Z].+ \d{4}$/.test(t.displayName ?? ''))).toBe(true);

    const { sim: again } = simulatorWithClock();
    again.reset(3000);
    expect(again.state()).toEqual(tokens);
  });

  it('with apps: false keeps the tokens and leaves the tenant without apps, for a baseline to compare with', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'POST', '/graph/_simulator/reset', { body: { tokens: 40, apps: false } })).status).toBe(200);
    expect(sim.state()).toHaveLength(40);
    expect(sim.apps()).toEqual([]);
    expect((await call(sim, 'POST', '/graph/_simulator/reset', { body: { tokens: 40, apps: 'no' } })).status).toBe(400);
    await call(sim, 'POST', '/graph/_simulator/reset', { body: { tokens: 40 } });
    expect(sim.apps().length).toBeGreaterThan(40);
  });

  it('refuses more than 3000 tokens or a non-number with 400', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'POST', '/graph/_simulator/reset', { body: { tokens: 3001 } })).status).toBe(400);
    expect((await call(sim, 'POST', '/graph/_simulator/reset', { body: { tokens: 'many' } })).status).toBe(400);
  });

  it('with 0 empties the tenant, and without N goes back to the seed and default settings', async () => {
    const sim = createGraphSimulator();
    sim.reset(0);
    expect(sim.state()).toEqual([]);
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { latencyMs: 5 } });
    await call(sim, 'POST', '/graph/_simulator/reset');
    const state = await call(sim, 'GET', '/graph/_simulator/state');
    expect(state.body.tokens.map((t: { id: string }) => t.id)).toEqual(Object.values(SEED_IDS));
    expect(state.body.settings).toEqual({
      latencyMs: 0,
      patchAnswers: 200,
      syncDurationMs: 3000,
      syncResult: 'completed',
      writeLimit: null,
      refusedQueryOptions: [],
      pageSizeCap: null,
      emptyFirstPage: false,
      revokeDelayMs: 5000,
      revokeFailure: null,
      auditDelayMs: 0,
    });
    expect(state.body.faults).toEqual([]);
  });
});

describe('settings', () => {
  it('merges partial updates and refuses unknown or invalid ones', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { patchAnswers: 204 } });
    const merged = await call(sim, 'POST', '/graph/_simulator/settings', { body: { syncDurationMs: 10 } });
    expect(merged.body).toMatchObject({ patchAnswers: 204, syncDurationMs: 10 });
    expect((await call(sim, 'GET', '/graph/_simulator/settings')).body).toEqual(merged.body);
    expect((await call(sim, 'POST', '/graph/_simulator/settings', { body: { patchAnswers: 201 } })).status).toBe(400);
    expect((await call(sim, 'POST', '/graph/_simulator/settings', { body: { speed: 1 } })).status).toBe(400);
    expect((await call(sim, 'POST', '/graph/_simulator/settings', { body: { auditDelayMs: -1 } })).status).toBe(400);
    expect((await call(sim, 'POST', '/graph/_simulator/settings', { body: { auditDelayMs: 180_000 } })).body.auditDelayMs).toBe(180_000);
  });

  it('latencyMs delays Graph answers but not control answers', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { latencyMs: 80 } });
    let started = performance.now();
    await call(sim, 'GET', '/graph/beta/deviceAppManagement/vppTokens');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    started = performance.now();
    await call(sim, 'GET', '/graph/_simulator/state');
    expect(performance.now() - started).toBeLessThan(75);
  });
});
