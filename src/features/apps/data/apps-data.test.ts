import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { SEED_APP_IDS } from '../../../../simulator/seed-apps.ts';
import { SEED_IDS } from '../../../../simulator/seed.ts';
import { simulatedGraph, testQueryClient } from '../../../test/simulated-graph';
import { licensesByToken, type VppApp } from '../model/vpp-apps';
import { appKeys } from './app-keys';
import { fetchAssignedLicenses } from './assigned-licenses';
import { fetchLicensesForApp } from './licenses-for-app';
import { revokeOptions, type RevokeOutcome, type RevokeRequest } from './revoke-licenses';
import { fetchVppApps } from './vpp-apps';

const sim = simulatedGraph();
const quick = { firstDelayMs: 20, maxDelayMs: 50, timeLimitMs: 3_000 };
const appsInSimulator = (tokenId: string) => sim.simulator.apps().filter(({ app }) => app.vppTokenId === tokenId);
const usedInSimulator = (appId: string) => sim.simulator.apps().find(({ app }) => app.id === appId)!.usedLicenseCount;

async function revoke(request: (apps: VppApp[]) => RevokeRequest) {
  const queryClient = testQueryClient();
  const apps = await fetchVppApps(sim.graph);
  queryClient.setQueryData(appKeys.vppApps(), apps);
  const outcome: RevokeOutcome = await new MutationObserver(queryClient, revokeOptions(sim.graph, queryClient, quick)).mutate(request(apps));
  return { outcome, queryClient };
}

describe('the tenant’s VPP apps', () => {
  it('are read in one paged read, VPP apps only, and group by token as the simulator holds them', async () => {
    const apps = await fetchVppApps(sim.graph);
    expect(apps.every((app) => app['@odata.type'] === '#microsoft.graph.iosVppApp' || app['@odata.type'] === '#microsoft.graph.macOsVppApp')).toBe(true);
    expect(sim.requests.every((r) => r.method === 'GET' && r.path.endsWith('/mobileApps'))).toBe(true);
    const contoso = licensesByToken(apps).get(SEED_IDS.contosoSchools)!;
    const held = appsInSimulator(SEED_IDS.contosoSchools);
    expect(contoso.apps).toHaveLength(held.length);
    expect(contoso.used).toBe(held.reduce((sum, { usedLicenseCount }) => sum + usedLicenseCount, 0));
  });

  it('are still read, and still only the VPP ones, when Graph refuses the type filter', async () => {
    await sim.settings({ refusedQueryOptions: ['$filter'], pageSizeCap: 4 });
    const apps = await fetchVppApps(sim.graph);
    expect(sim.requests.length).toBeGreaterThan(2);
    expect(apps.map((app) => app.id).sort()).toEqual(
      sim.simulator
        .apps()
        .filter(({ app }) => app.vppTokenId)
        .map(({ app }) => app.id)
        .sort(),
    );
  });
});

describe('an app’s licenses', () => {
  it('lists who holds them, as many as the app counts in use', async () => {
    const licenses = await fetchAssignedLicenses(sim.graph, SEED_APP_IDS.teamsContoso);
    expect(licenses).toHaveLength(usedInSimulator(SEED_APP_IDS.teamsContoso));
  });

  it('are summed per token that holds the same app', async () => {
    const summaries = await fetchLicensesForApp(sim.graph, 'com.microsoft.skype.teams');
    expect(summaries.map((s) => s.vppTokenId)).toContain(SEED_IDS.contosoSchools);
    expect(summaries.length).toBeGreaterThan(1);
  });
});

describe('a revoke', () => {
  it('of every license of an app waits until Graph shows them free, and the cache follows', async () => {
    await sim.settings({ revokeDelayMs: 60 });
    const { outcome, queryClient } = await revoke((apps) => ({
      scope: 'app',
      tokenId: SEED_IDS.contosoSchools,
      app: apps.find((app) => app.id === SEED_APP_IDS.teamsContoso)!,
      notifyManagedDevices: true,
    }));
    expect(outcome).toEqual({ state: 'done' });
    expect(usedInSimulator(SEED_APP_IDS.teamsContoso)).toBe(0);
    expect(queryClient.getQueryData<VppApp[]>(appKeys.vppApps())?.find((app) => app.id === SEED_APP_IDS.teamsContoso)?.usedLicenseCount).toBe(0);
  });

  it("that Apple refuses ends failed with Apple's reason, the licenses still in use", async () => {
    await sim.settings({ revokeDelayMs: 40, revokeFailure: 'appleFailure' });
    const { outcome } = await revoke((apps) => ({
      scope: 'app',
      tokenId: SEED_IDS.contosoSchools,
      app: apps.find((app) => app.id === SEED_APP_IDS.teamsContoso)!,
      notifyManagedDevices: false,
    }));
    expect(outcome).toMatchObject({ state: 'failed', reason: expect.stringContaining('Apple refused') });
    expect(usedInSimulator(SEED_APP_IDS.teamsContoso)).toBeGreaterThan(0);
  });

  it("of the token's licenses waits for the token's action result, then every app of it is free", async () => {
    await sim.settings({ revokeDelayMs: 60 });
    const { outcome } = await revoke(() => ({ scope: 'token', tokenId: SEED_IDS.contosoSchools, notifyManagedDevices: true, revokeUntrackedLicenses: false }));
    expect(outcome).toEqual({ state: 'done' });
    expect(appsInSimulator(SEED_IDS.contosoSchools).every(({ usedLicenseCount }) => usedLicenseCount === 0)).toBe(true);
  });

  it('Graph refuses with 403 fails at once, nothing freed', async () => {
    await sim.arm({ method: 'POST', path: '/revokeAllLicenses', status: 403, code: 'Forbidden' });
    const request = revoke((apps) => ({ scope: 'app', tokenId: SEED_IDS.contosoSchools, app: apps.find((app) => app.id === SEED_APP_IDS.teamsContoso)!, notifyManagedDevices: true }));
    await expect(request).rejects.toMatchObject({ status: 403 });
    expect(usedInSimulator(SEED_APP_IDS.teamsContoso)).toBeGreaterThan(0);
  });
});
