import type { Page } from '@playwright/test';
import { expect, test, type Simulator } from './fixtures';
import { GraphTraffic } from './graph-traffic';
import { listDivergences, showWholeList } from './list-export';
import { failedCallMessages, watchPage } from './page-watch';
import { faultShare, soakPlan, type SoakStep } from './soak-plan';

/**
 * A seeded, randomized run: edits, saves, syncs and navigations against a Graph that fails 30% of the
 * calls aimed at and answers with random latency. The list on screen must equal Graph's store at every
 * checkpoint and at the end. `npm test` runs a short fixed-seed run; `npm run soak` a long random one;
 * SOAK_SEED replays a run, SOAK_ACTIONS sets its length.
 */
const actions = Number(process.env.SOAK_ACTIONS ?? 200);
const seed = process.env.SOAK_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.SOAK_SEED ?? 20_260_704);
const tenantSize = 20;
const checkpointEvery = 100;

const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });
const form = (page: Page) => page.getByRole('form', { name: 'Token settings' });
const leaveDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Leave without saving?' });

type Tally = { saves: number; syncs: number; navigations: number; faultsArmed: number; checkpoints: number; divergences: string[] };

/** A token's page with its form ready, reached the way an admin would: search the list, open the row. */
async function openToken(page: Page, simulator: Simulator, index: number) {
  await showWholeList(page);
  const tokens = await simulator.tokens();
  const token = tokens[index % tokens.length]!;
  const name = grid(page).locator(`[data-row-id="${token.id}"] [data-column="name"]`);
  if (!(await name.isVisible())) {
    // The organization comes from Apple and no step edits it, so it always finds the row.
    await page.getByRole('searchbox', { name: 'Search tokens' }).fill(token.organizationName!);
    await expect(grid(page)).toHaveAttribute('data-search', token.organizationName!);
  }
  await name.click();
  await expect(page).toHaveURL(`/tokens/${token.id}`);
  const retry = page.getByRole('alert').filter({ hasText: 'could not be loaded' }).getByRole('button', { name: 'Retry' });
  await expect(form(page).or(retry)).toBeVisible();
  if (await retry.isVisible()) await retry.click();
  await expect(form(page)).toBeVisible();
}

async function edit(page: Page, step: SoakStep, tally: Tally) {
  if (await page.getByText(/^Read-only:/).isVisible()) return;
  switch (step.field) {
    case 'displayName':
    case 'appleId':
      await form(page).getByLabel(step.field === 'displayName' ? 'Display name' : 'Apple ID').fill(step.value);
      break;
    case 'automaticallyUpdateApps':
      await page.getByRole('switch', { name: 'Automatically update apps' }).click();
      break;
    case 'vppTokenAccountType':
      await page.getByRole('radio', { name: step.value === 'business' ? 'Business' : 'Education' }).check();
      break;
  }
  const save = page.getByRole('button', { name: 'Save' });
  if (!(await save.isEnabled())) return;
  if (step.keys) await page.keyboard.press('ControlOrMeta+s');
  else {
    try {
      await save.click({ timeout: 10_000 });
    } catch (error) {
      // Graph's newer value can arrive between the look and the click and equal what was typed:
      // then there is nothing left to save, which is no failure.
      if (!(await save.isEnabled())) return;
      throw error;
    }
  }
  tally.saves++;
}

async function run(page: Page, simulator: Simulator, step: SoakStep, tally: Tally) {
  const onToken = await form(page).isVisible();
  switch (step.kind) {
    case 'open':
      await openToken(page, simulator, step.token);
      tally.navigations++;
      return;
    case 'edit':
      if (!onToken) await openToken(page, simulator, step.token);
      return edit(page, step, tally);
    case 'sync': {
      if (!onToken) await openToken(page, simulator, step.token);
      const sync = page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Sync licenses' });
      if (await sync.isEnabled()) {
        await sync.click();
        tally.syncs++;
      }
      return;
    }
    case 'refresh': {
      const refresh = page.getByRole('button', { name: 'Refresh', exact: true });
      if (await refresh.isEnabled()) await refresh.first().click();
      return;
    }
    case 'back':
      if (!onToken) return;
      await page.getByRole('link', { name: '← All VPP tokens' }).click();
      await expect(page.getByRole('heading', { name: 'VPP tokens', level: 1 }).or(leaveDialog(page)).first()).toBeVisible();
      if (await leaveDialog(page).isVisible()) await leaveDialog(page).getByRole('button', { name: step.keys ? 'Stay' : 'Leave' }).click();
      tally.navigations++;
      return;
    case 'reload':
      await page.reload();
      tally.navigations++;
      return;
  }
}

/** Waits until nothing is on its way (saves, retries, syncs), then compares the whole list with Graph's store. */
async function checkpoint(page: Page, simulator: Simulator, traffic: GraphTraffic, tally: Tally, label: string) {
  await simulator.settings({ latencyMs: 0 });
  await expect(page.getByText(/Saving…|retrying in|Syncing licenses/)).toHaveCount(0, { timeout: 30_000 });
  await traffic.settle(2500, 60_000);
  await showWholeList(page);
  await traffic.settle(500);
  const divergences = await listDivergences(page, simulator);
  tally.divergences.push(...divergences.map((d) => `${label}: ${d}`));
  tally.checkpoints++;
}

test(`a seeded run of ${actions} random edits, saves, syncs and navigations, ${faultShare * 100}% of them meeting a fault, ends with the list equal to Graph’s store, no uncaught error and nothing unexpected in the console`, async ({
  page,
  simulator,
}) => {
  test.setTimeout(60_000 + actions * 3_000);
  test.info().annotations.push({ type: 'soak', description: `SOAK_SEED=${seed} SOAK_ACTIONS=${actions}` });
  const watch = watchPage(page, failedCallMessages);
  const traffic = new GraphTraffic(page);
  await simulator.reset(tenantSize);
  await simulator.settings({ syncDurationMs: 200 });
  const plan = soakPlan(seed, actions, tenantSize);
  const tally: Tally = { saves: 0, syncs: 0, navigations: 0, faultsArmed: 0, checkpoints: 0, divergences: [] };

  let at = 'the start';
  try {
    await page.goto('/');
    await expect(grid(page)).toBeVisible();
    for (const [i, step] of plan.entries()) {
      at = `step ${i + 1} (${step.kind})`;
      if (step.latencyMs !== undefined) await simulator.settings({ latencyMs: step.latencyMs });
      if (step.fault) {
        await simulator.fault(step.fault);
        tally.faultsArmed++;
      }
      await run(page, simulator, step, tally);
      await page.waitForTimeout(step.thinkMs);
      if ((i + 1) % checkpointEvery === 0) await checkpoint(page, simulator, traffic, tally, `after step ${i + 1}`);
    }
    // A fault aimed at a call no later step made is still waiting: it was never met.
    at = 'the end';
    const unmet = (await simulator.pendingFaults()).length;
    expect((await page.request.delete('/graph/_simulator/faults')).ok()).toBe(true);
    await checkpoint(page, simulator, traffic, tally, 'at the end');

    const summary =
      `soak seed ${seed}: ${actions} steps, ${tally.saves} saves, ${tally.syncs} syncs, ${tally.navigations} navigations, ` +
      `${tally.faultsArmed - unmet} faults met (${tally.faultsArmed} armed), ${tally.checkpoints} checkpoints, ${tally.divergences.length} divergences`;
    console.log(summary);
    test.info().annotations.push({ type: 'soak result', description: summary });
    expect(tally.divergences).toEqual([]);
    expect(watch.problems()).toEqual([]);
    expect(tally.saves).toBeGreaterThan(actions / 5);
  } catch (error) {
    console.log(`Soak failed at ${at}. Replay it with: SOAK_SEED=${seed} SOAK_ACTIONS=${actions} npx playwright test e2e/soak.spec.ts`);
    throw error;
  }
});
