import type { Page } from '@playwright/test';
import { faultCases, operationLabels, outcomeWords, shortTimeoutMs, typedName, type Expectation, type FaultCase, type GraphOutcome } from './fault-cases';
import { writeFaultMatrix, type FaultOutcome } from './fault-report';
import { expect, test, type Simulator } from './fixtures';
import { GraphTraffic } from './graph-traffic';
import { expectListMatchesServer, showWholeList } from './list-export';
import { seed } from './seed';
import { isVppApp } from '../src/features/apps/model/vpp-apps';
import { syncStatusLabel } from '../src/features/tokens/list/token-labels';
import { GraphError } from '../src/graph/graph-error';
import { retryDelayMs } from '../src/graph/retry';

const { contoso, wideWorld } = seed;
const outcomes: FaultOutcome[] = [];

/** Visible text, not the copy Fluent keeps for screen readers. */
const shown = (page: Page, text: string) => page.getByText(text).filter({ visible: true }).first();
const actions = (page: Page) => page.getByRole('toolbar', { name: 'Token actions' });

async function expectMessage(page: Page, { notice, title, says }: Expectation) {
  if (notice) await expect(shown(page, notice)).toBeVisible();
  await expect(shown(page, title)).toBeVisible({ timeout: 15_000 });
  if (says) await expect(shown(page, says)).toBeVisible();
}

/** Someone else deletes the token, straight through Graph. */
async function deleteElsewhere(page: Page, id: string) {
  const response = await page.request.delete(`/graph/beta/deviceAppManagement/vppTokens/${id}`, { headers: { Authorization: 'Bearer another-admin' } });
  expect(response.status()).toBe(204);
}

/** Makes the call's fault happen: the token deleted elsewhere, or the next matching call failing. */
async function arm(page: Page, simulator: Simulator, { kind, fault }: FaultCase, id: string) {
  if (kind.deletedElsewhere && !fault) await deleteElsewhere(page, id);
  if (fault) await simulator.fault(fault);
}

/**
 * One license of Notability revoked from its row in the app's "Licenses of …" panel: a user's
 * (revokeUserLicense) or a device's (revokeDeviceLicense). Both go through the same mutation; only
 * the Graph action and the row differ. Notability (40 users, 35 devices on Contoso Schools) rather
 * than Teams (312): the panel lists every holder, and a short list keeps the rows quick.
 */
async function revokeOne(holder: 'user' | 'device', page: Page, simulator: Simulator, c: FaultCase, traffic: GraphTraffic): Promise<Omit<FaultOutcome, 'case'>> {
  await simulator.settings({ revokeDelayMs: 300 });
  const app = (await simulator.apps(contoso.id)).find((found) => found.bundleId === 'com.gingerlabs.Notability')!;
  const usedBefore = app.usedLicenseCount!;
  await page.goto(`/tokens/${contoso.id}`);
  await page.getByRole('button', { name: `Licenses of ${app.displayName}` }).click();
  const panel = page.getByRole('region', { name: `Licenses of ${app.displayName}` });
  const rows = panel.getByRole('table', { name: 'Assigned licenses' }).locator('tbody tr');
  await expect(rows).toHaveCount(usedBefore);
  const row = rows.filter({ has: page.getByRole('cell', { name: holder === 'user' ? 'User' : 'Device', exact: true }) }).first();
  const button = row.getByRole('button', { name: /^Revoke the license/ });
  const buttonName = (await button.getAttribute('aria-label'))!;
  await arm(page, simulator, c, contoso.id);
  await button.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke 1 license' }).click();
  await expectMessage(page, c.expectation);
  await traffic.settle();

  const after = (await simulator.apps(contoso.id)).find((found) => found.id === app.id);
  const graph: GraphOutcome = !after ? 'gone' : after.usedLicenseCount === usedBefore - 1 ? 'done' : 'not done';
  expect(graph).toBe(c.expectation.graph);
  // Exactly the one license, or none.
  if (graph === 'not done') expect(after!.usedLicenseCount).toBe(usedBefore);
  if (after) {
    const used = page.getByRole('table', { name: /^Apps bought with / }).locator('tr', { hasText: app.displayName }).locator('td').nth(4);
    await expect(used).toHaveText(after.usedLicenseCount!.toLocaleString('en-US'));
    // The panel lists the holders Graph holds: the revoked one gone exactly when Graph freed its license.
    await expect(rows).toHaveCount(after.usedLicenseCount!);
    await expect(panel.getByRole('button', { name: buttonName, exact: true })).toHaveCount(graph === 'done' ? 0 : 1);
  }
  return {
    graph: { done: `${usedBefore - 1} licenses in use: the ${holder}'s freed`, 'not done': `its ${usedBefore} licenses in use, the ${holder}'s among them`, gone: 'no token, no app' }[graph],
    screen: graph === 'gone' ? 'the message' : `the app's count and its holders as Graph holds them`,
    typed: '–',
  };
}

type Run = (page: Page, simulator: Simulator, c: FaultCase, traffic: GraphTraffic) => Promise<Omit<FaultOutcome, 'case'>>;

const runs: Record<FaultCase['operation'], Run> = {
  async save(page, simulator, c, traffic) {
    await page.goto(`/tokens/${contoso.id}`);
    const field = page.getByLabel('Display name');
    await expect(field).toHaveValue(contoso.name);
    await arm(page, simulator, c, contoso.id);
    await field.fill(typedName);
    await page.getByRole('button', { name: 'Save' }).click();
    await expectMessage(page, c.expectation);
    await traffic.settle();

    const stored = (await simulator.tokens()).find((t) => t.id === contoso.id);
    const graph: GraphOutcome = !stored ? 'gone' : stored.displayName === typedName ? 'done' : 'not done';
    expect(graph).toBe(c.expectation.graph);
    // Whatever became of the save, what the admin typed is still there.
    await expect(field).toHaveValue(typedName);
    if (stored) await expect(page.getByRole('heading', { level: 1 })).toHaveText(stored.displayName!);
    // Offered for a retry exactly when it differs from what Graph holds and may be sent.
    const retryable = graph === 'not done' && c.kind.key !== '403';
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled({ enabled: retryable });
    await showWholeList(page);
    await expectListMatchesServer(page, simulator);
    return {
      graph: { done: 'the new name', 'not done': 'the old name', gone: 'no such token' }[graph],
      screen: graph === 'gone' ? 'the message, then a list without the token' : `the name Graph holds, here and in the list${retryable ? '; Save enabled' : ''}`,
      typed: { done: 'in Graph, still shown', 'not done': c.kind.key === '403' ? 'kept, form read-only' : 'kept, ready to retry', gone: 'kept on screen, Save off' }[graph],
    };
  },

  async delete(page, simulator, c, traffic) {
    await page.goto(`/tokens/${contoso.id}`);
    await expect(actions(page)).toBeVisible();
    await arm(page, simulator, c, contoso.id);
    await actions(page).getByRole('button', { name: 'Delete token' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete token' }).click();
    await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible();
    await expectMessage(page, c.expectation);
    await traffic.settle();

    const stored = (await simulator.tokens()).some((t) => t.id === contoso.id);
    const graph: GraphOutcome = stored ? 'not done' : c.kind.deletedElsewhere ? 'gone' : 'done';
    expect(graph).toBe(c.expectation.graph);
    await expectListMatchesServer(page, simulator);
    return { graph: stored ? 'the token' : 'no token', screen: `a list ${stored ? 'with' : 'without'} the token, as Graph`, typed: '–' };
  },

  async sync(page, simulator, c, traffic) {
    await simulator.settings({ syncDurationMs: 300 });
    const before = await simulator.token(wideWorld.id);
    await page.goto(`/tokens/${wideWorld.id}`);
    await expect(actions(page)).toBeVisible();
    await arm(page, simulator, c, wideWorld.id);
    await actions(page).getByRole('button', { name: 'Sync licenses' }).click();
    await expectMessage(page, c.expectation);
    await traffic.settle();

    const stored = (await simulator.tokens()).find((t) => t.id === wideWorld.id);
    const graph: GraphOutcome = !stored ? 'gone' : stored.lastSyncDateTime !== before.lastSyncDateTime && stored.lastSyncStatus === 'completed' ? 'done' : 'not done';
    expect(graph).toBe(c.expectation.graph);
    if (stored) {
      const lastSync = page.getByRole('term').filter({ hasText: 'Last sync' }).locator('xpath=following-sibling::dd[1]');
      // Its result in the list's words; a token that never synced shows none.
      const result = syncStatusLabel(stored.lastSyncStatus);
      if (result) await expect(lastSync).toContainText(`(${result})`);
      else await expect(lastSync).not.toContainText('(');
      if (graph === 'done') await expect(lastSync).toContainText('just now');
      else expect(stored).toEqual(before);
    }
    await showWholeList(page);
    await expectListMatchesServer(page, simulator);
    return {
      graph: { done: 'a completed sync, just now', 'not done': 'the last sync as before', gone: 'no such token' }[graph],
      screen: graph === 'gone' ? 'the message, then a list without the token' : "the token's last sync as Graph holds it, and the list",
      typed: '–',
    };
  },

  async apps(page, simulator, c, traffic) {
    const expected = (await simulator.apps(contoso.id)).filter((app) => isVppApp(app as never)).length;
    await arm(page, simulator, c, contoso.id);
    await page.goto(`/tokens/${contoso.id}`);
    const rows = page.getByRole('table', { name: /^Apps bought with / }).locator('tbody tr');
    const loaded = c.expectation.graph === 'done';
    if (loaded) {
      await expect(rows).toHaveCount(expected, { timeout: 15_000 });
      await expectMessage(page, c.expectation);
    } else {
      await expectMessage(page, c.expectation);
      await expect(rows).toHaveCount(0);
      // The token's own page is unaffected: only its apps are missing.
      await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
      if (c.kind.key !== '403') {
        await page.getByRole('alert').filter({ hasText: c.expectation.title }).getByRole('button', { name: 'Retry' }).click();
        await expect(rows).toHaveCount(expected);
      }
    }
    await traffic.settle();
    return {
      graph: `its ${expected} VPP apps, unchanged`,
      screen: loaded
        ? 'every VPP app on the token, loaded without the admin doing anything'
        : c.kind.key === '403'
          ? 'the token as before; the apps section names the missing permission'
          : 'the token as before; the message, then Retry loads every app',
      typed: '–',
    };
  },

  async history(page, simulator, c, traffic) {
    await arm(page, simulator, c, contoso.id);
    await page.goto(`/tokens/${contoso.id}`);
    const section = page.getByRole('region', { name: 'History' });
    const rows = section.getByRole('table', { name: 'Changes to this token, newest first' }).locator('tbody tr');
    const loaded = c.expectation.graph === 'done';
    await expectMessage(page, c.expectation);
    if (loaded) {
      await expect(rows.first()).toBeVisible();
    } else {
      await expect(rows).toHaveCount(0);
      // The token's own page is unaffected: only its history is missing.
      await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
      if (c.kind.key !== '403') {
        await section.getByRole('alert').filter({ hasText: c.expectation.title }).getByRole('button', { name: 'Retry' }).click();
        await expect(rows.first()).toBeVisible();
      }
    }
    await traffic.settle();
    return {
      graph: "Intune's audit log, unchanged",
      screen: loaded
        ? "the token's changes of the last week, loaded without the admin doing anything"
        : c.kind.key === '403'
          ? 'the token as before; the history names the missing permission'
          : 'the token as before; the message, then Retry loads the changes',
      typed: '–',
    };
  },

  async revoke(page, simulator, c, traffic) {
    await simulator.settings({ revokeDelayMs: 300 });
    const teams = (await simulator.apps(contoso.id)).find((app) => app.bundleId === 'com.microsoft.skype.teams')!;
    await page.goto(`/tokens/${contoso.id}`);
    await page.getByRole('button', { name: `Licenses of ${teams.displayName}` }).click();
    const panel = page.getByRole('region', { name: `Licenses of ${teams.displayName}` });
    await expect(panel.getByRole('table', { name: 'Assigned licenses' })).toBeVisible();
    await arm(page, simulator, c, contoso.id);
    await panel.getByRole('button', { name: 'Revoke all licenses' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: /^Revoke \d/ }).click();
    await expectMessage(page, c.expectation);
    await traffic.settle();

    const after = (await simulator.apps(contoso.id)).find((app) => app.id === teams.id);
    const graph: GraphOutcome = !after ? 'gone' : after.usedLicenseCount === 0 ? 'done' : 'not done';
    expect(graph).toBe(c.expectation.graph);
    if (after) {
      const used = page.getByRole('table', { name: /^Apps bought with / }).locator('tr', { hasText: teams.displayName }).locator('td').nth(4);
      await expect(used).toHaveText((after.usedLicenseCount ?? 0).toLocaleString('en-US'));
    }
    return {
      graph: { done: 'no license of the app in use', 'not done': `its ${teams.usedLicenseCount} licenses in use`, gone: 'no token, no app' }[graph],
      screen: graph === 'gone' ? 'the message' : "the app's count as Graph holds it",
      typed: '–',
    };
  },

  async revokeToken(page, simulator, c, traffic) {
    await simulator.settings({ revokeDelayMs: 300 });
    const vppAppsOf = async () => (await simulator.apps(contoso.id)).filter((app) => isVppApp(app as never));
    const before = await vppAppsOf();
    const usedBefore = before.reduce((sum, app) => sum + (app.usedLicenseCount ?? 0), 0);
    expect(usedBefore).toBeGreaterThan(0);
    await page.goto(`/tokens/${contoso.id}`);
    const table = page.getByRole('table', { name: /^Apps bought with / });
    await expect(table.locator('tbody tr')).toHaveCount(before.length);
    await arm(page, simulator, c, contoso.id);
    await page.getByRole('button', { name: 'Revoke licenses', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: /^Revoke \d/ }).click();
    await expectMessage(page, c.expectation);
    await traffic.settle();

    const tokenStored = (await simulator.tokens()).some((t) => t.id === contoso.id);
    const after = await vppAppsOf();
    const usedAfter = after.reduce((sum, app) => sum + (app.usedLicenseCount ?? 0), 0);
    const graph: GraphOutcome = !tokenStored ? 'gone' : usedAfter === 0 ? 'done' : 'not done';
    expect(graph).toBe(c.expectation.graph);
    // Nothing half-done: either every app's licenses are free or none is touched.
    if (graph === 'not done') expect(after).toEqual(before);
    for (const app of after) {
      const used = table.locator('tr', { hasText: app.displayName }).first().locator('td').nth(4);
      await expect(used).toHaveText((app.usedLicenseCount ?? 0).toLocaleString('en-US'));
    }
    // The message stays until the admin moves on, whatever the apps' re-read found.
    await expect(shown(page, c.expectation.title)).toBeVisible();
    return {
      graph: { done: 'no license of its apps in use', 'not done': `its ${usedBefore} licenses in use, on ${before.length} apps`, gone: 'no token, no app' }[graph],
      screen: graph === 'gone' ? 'the message' : "every app's count as Graph holds it",
      typed: '–',
    };
  },

  revokeUser: (page, simulator, c, traffic) => revokeOne('user', page, simulator, c, traffic),
  revokeDevice: (page, simulator, c, traffic) => revokeOne('device', page, simulator, c, traffic),

  async list(page, simulator, c, traffic) {
    const before = await simulator.tokens();
    await arm(page, simulator, c, '');
    await page.goto('/');
    await expectMessage(page, c.expectation);
    if (c.expectation.graph === 'not done') {
      await expect(page.getByRole('grid', { name: 'VPP tokens' })).toHaveCount(0);
      await page.getByRole('alert').filter({ hasText: c.expectation.title }).getByRole('button', { name: 'Retry' }).click();
      await expect(shown(page, '13 tokens')).toBeVisible();
    }
    await traffic.settle();
    expect(await simulator.tokens()).toEqual(before);
    await expectListMatchesServer(page, simulator);
    return {
      graph: `its ${before.length} tokens, unchanged`,
      screen: c.expectation.graph === 'done' ? 'every token, loaded without the admin doing anything' : 'the message and no grid; Retry then loads every token',
      typed: '–',
    };
  },
};

for (const c of faultCases) {
  const { operation, kind, expectation } = c;
  const told = expectation.says ?? expectation.title;
  test(`${operationLabels[operation]} meets ${kind.label}: ${outcomeWords[operation][expectation.graph]}, the screen shows what Graph holds, and says "${told}"`, async ({
    page,
    simulator,
  }) => {
    if (kind.slowerThanTimeout) {
      await page.route('**/config.json', (route) => route.fulfill({ json: { mode: 'demo', graph: { baseUrl: '/graph', version: 'beta', timeoutMs: shortTimeoutMs } } }));
    }
    const traffic = new GraphTraffic(page);
    const outcome = await runs[operation](page, simulator, c, traffic);
    // The fault was met, not left waiting for a call that never came.
    expect(await simulator.pendingFaults()).toEqual([]);
    if (kind.retryWait !== undefined && expectation.graph === 'done') {
      const { method = 'GET', path = '' } = c.fault!;
      const gap = traffic.retryGap(method, path);
      expect(gap, 'the call was tried a second time').toBeDefined();
      // The retry waited as long as Graph asked or, when it did not say, the back-off the client
      // draws from the failed request's own ID (between half and all of 2 s).
      const asked =
        kind.retryWait === 'back-off'
          ? retryDelayMs(1, new GraphError({ kind: 'http', status: 429, code: 'TooManyRequests', message: '', clientRequestId: gap!.failedRequestId }))
          : kind.retryWait;
      if (kind.retryWait === 'back-off') expect(asked).toBeGreaterThanOrEqual(1000);
      expect(gap!.waitedMs).toBeGreaterThanOrEqual(asked - 100);
    }
    outcomes.push({ case: c, ...outcome });
  });
}

test.afterAll(() => writeFaultMatrix(outcomes));
