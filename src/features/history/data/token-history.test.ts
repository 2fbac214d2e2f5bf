import { describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../../../simulator/seed.ts';
import { simulatedGraph } from '../../../test/simulated-graph';
import { historyDay } from '../model/token-history';
import { fetchTokenHistoryPage } from './token-history';

const sim = simulatedGraph();
const contoso = SEED_IDS.contosoSchools;

describe('a token’s history read from the audit log', () => {
  it('shows a save made a moment ago first, with its old and new values, then older weeks on asking', async () => {
    await sim.graph.request(`/deviceAppManagement/vppTokens/${contoso}`, { method: 'PATCH', body: { automaticallyUpdateApps: false, displayName: 'Contoso renamed' } });
    const first = await fetchTokenHistoryPage(sim.graph, contoso, null);
    expect(first.entries[0]).toMatchObject({
      what: 'Changed settings',
      changes: ['Display name: Contoso Schools – Main Campus to Contoso renamed', 'Automatically update apps: on to off'],
      succeeded: true,
    });
    expect(Date.now() - first.from).toBeGreaterThanOrEqual(7 * historyDay - 1000);
    expect(first.hasOlder).toBe(true);
    const reads = sim.requests.filter((r) => r.path.endsWith('/auditEvents')).length;
    expect(reads).toBe(1);

    // The seed's history reaches back about four weeks; each older page is a week or more, each holding this token's events only.
    const older = await fetchTokenHistoryPage(sim.graph, contoso, first.from);
    expect(older.entries.length).toBeGreaterThan(0);
    expect(older.from).toBeLessThan(first.from);
    for (const entry of older.entries) expect(entry.time).toBeLessThan(first.from);
    const seeded = sim.simulator.auditEvents().filter((e) => e.resources.some((r) => r.resourceId === contoso));
    let all = [...first.entries, ...older.entries];
    let page = older;
    while (page.hasOlder && all.length < seeded.length) {
      page = await fetchTokenHistoryPage(sim.graph, contoso, page.from);
      all = [...all, ...page.entries];
    }
    expect(all.map((e) => e.id)).toEqual([...seeded].reverse().map((e) => e.id));
  });

  it('keeps to its window when Graph refuses the filter, reading the log without it', async () => {
    await sim.settings({ refusedQueryOptions: ['$filter'], pageSizeCap: 3 });
    await sim.graph.request(`/deviceAppManagement/vppTokens/${contoso}/syncLicenses`, { method: 'POST' });
    const first = await fetchTokenHistoryPage(sim.graph, contoso, null);
    expect(first.entries[0]).toMatchObject({ what: 'Synced licenses' });
    for (const entry of first.entries) expect(entry.time).toBeGreaterThanOrEqual(first.from);
  });
});
