import { defineConfig, devices } from '@playwright/test';

// Each port gets its own build and results folders, so several runs can share a machine.
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * Browser tests run in Debian's Chromium (Playwright cannot download its own here) against the
 * demo build served by `vite preview`, with the Graph simulator mounted under /graph.
 * One server holds one simulator, so tests run one at a time and each starts from a reset.
 */
export default defineConfig({
  testDir: 'e2e',
  // The sign-in suite has its own config (e2e/auth/playwright.config.ts): a provider, a production build.
  testIgnore: 'auth/**',
  outputDir: `test-results/demo-${port}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: `playwright-report/demo-${port}` }]] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite build --mode demo --outDir dist-demo-${port} --logLevel warn && npx vite preview --mode demo --outDir dist-demo-${port} --port ${port} --strictPort`,
    url: `http://localhost:${port}/config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
