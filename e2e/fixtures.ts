import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { FaultSpec } from '../simulator/faults.ts';
import type { SimulatorSettings as SimulatorSettingsSpec } from '../simulator/settings.ts';
import { demoDistDir, demoWorkerPort } from './ports';
import { startPreview } from './servers';

export type SimulatorFault = FaultSpec;
export type SimulatorSettings = Partial<SimulatorSettingsSpec>;
export type SimulatorApp = {
  id: string;
  '@odata.type': string;
  displayName: string;
  bundleId?: string;
  vppTokenId?: string | null;
  usedLicenseCount?: number;
  totalLicenseCount?: number;
  isAssigned?: boolean;
};

/**
 * `count` iOS apps on one token, "Bulk app 000" onwards, each with `total` licenses bought and
 * `inUse(i)` of them used by users: a token carrying more apps than fit on a screen.
 */
export function bulkApps(vppTokenId: string, count: number, total: number, inUse: (i: number) => number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'microsoft.graph.iosVppApp',
    vppTokenId,
    displayName: `Bulk app ${String(i).padStart(3, '0')}`,
    bundleId: `com.example.bulk${i}`,
    totalLicenseCount: total,
    userLicenses: inUse(i),
  }));
}

/** Drives the Graph simulator's control API, the same one the demo's Simulator panel uses. */
export class Simulator {
  constructor(private readonly request: APIRequestContext) {}

  private async post(path: string, body: unknown) {
    const response = await this.request.post(`/graph/_simulator/${path}`, { data: body });
    expect(response.ok(), `simulator ${path} answered ${response.status()}`).toBe(true);
  }

  reset(tokens?: number) {
    return this.post('reset', tokens === undefined ? {} : { tokens });
  }

  fault(fault: SimulatorFault) {
    return this.post('faults', fault);
  }

  /** Faults armed but not yet met by a matching call. */
  async pendingFaults(): Promise<SimulatorFault[]> {
    const response = await this.request.get('/graph/_simulator/faults');
    return ((await response.json()) as { faults: SimulatorFault[] }).faults;
  }

  /** Adds `count` changes to the token to Intune's audit log, spread over the last `days` days. */
  auditHistory(tokenId: string, count: number, days: number) {
    return this.post('audit', { tokenId, count, days });
  }

  settings(settings: SimulatorSettings) {
    return this.post('settings', settings);
  }

  /** Stores raw entities verbatim, bypassing the simulator's validation: data Graph may send but PATCH would refuse. */
  async put(raw: Record<string, unknown> | Record<string, unknown>[]): Promise<string[]> {
    const response = await this.request.post('/graph/_simulator/tokens', { data: raw });
    expect(response.ok(), `simulator tokens answered ${response.status()}`).toBe(true);
    return ((await response.json()) as { ids: string[] }).ids;
  }

  async tokens(): Promise<VppToken[]> {
    const response = await this.request.get('/graph/_simulator/state');
    const state = (await response.json()) as { tokens: VppToken[] };
    return state.tokens;
  }

  /** The tenant's apps as beta shows them (every type), or one token's. */
  async apps(vppTokenId?: string): Promise<SimulatorApp[]> {
    const response = await this.request.get('/graph/_simulator/apps', { params: vppTokenId ? { vppTokenId } : {} });
    return ((await response.json()) as { apps: SimulatorApp[] }).apps;
  }

  /** Adds apps the way the seed builds them (simulator/app-specs.ts names the fields). */
  addApps(specs: Record<string, unknown>[]) {
    return this.post('apps', specs);
  }

  async token(id: string): Promise<VppToken> {
    const found = (await this.tokens()).find((t) => t.id === id);
    if (!found) throw new Error(`The simulator holds no token ${id}.`);
    return found;
  }
}

/** A simulator reset before every test, on whichever server the suite's baseURL names. */
export const simulatorTest = base.extend<{ simulator: Simulator }>({
  simulator: [
    async ({ request }, use) => {
      const simulator = new Simulator(request);
      await simulator.reset();
      await use(simulator);
    },
    { auto: true },
  ],
});

/**
 * The demo suite: each worker serves the demo build on a port of its own, so workers run side by side
 * and never share a simulator; a test's baseURL is its worker's server.
 */
export const test = simulatorTest.extend<object, { demoServer: string }>({
  demoServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads which fixtures a fixture needs from this pattern
    async ({}, use, workerInfo) => {
      const server = await startPreview({ outDir: demoDistDir, port: demoWorkerPort(workerInfo.parallelIndex), mode: 'demo' });
      await use(server.origin);
      server.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ demoServer }, provide) => provide(demoServer),
});

export { expect };
