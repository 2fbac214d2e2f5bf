import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';
import { basePort } from './e2e/ports';

/**
 * Browser tests against the demo build, each worker serving it with a Graph simulator of its own
 * (e2e/fixtures.ts), so test files run two at a time on a two-core machine. Every test starts from
 * a reset simulator. E2E_WORKERS sets the number of workers.
 */
export default defineConfig({
  testDir: 'e2e',
  // The sign-in suite has its own config (e2e/auth/playwright.config.ts): a provider, a production build.
  testIgnore: 'auth/**',
  globalSetup: './e2e/demo-setup.ts',
  // Each port gets its own build and results folders, so several runs can share a machine.
  outputDir: `test-results/demo-${basePort}`,
  // A file's tests stay together (the fault matrix writes its report from all of its cases).
  fullyParallel: false,
  // CI keeps one worker until a run on a quiet two-core machine shows two hold: under load, two
  // Chromiums and two servers on two cores pushed timing-sensitive tests past their timeouts.
  workers: Number(process.env.E2E_WORKERS ?? (process.env.CI ? 1 : 2)),
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Room for a slow or busy machine: the browser suites' waits are for outcomes, never for a fixed time.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: `playwright-report/demo-${basePort}` }]] : [['list']],
  use: {
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
});
