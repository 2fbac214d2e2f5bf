import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { appOrigin, workDir } from './ports';

/**
 * The sign-in suite: real MSAL in the production build against a local OpenID provider, with the
 * Graph simulator verifying every token (see global-setup.ts). Run with
 * `playwright test -c e2e/auth/playwright.config.ts`; `npm test` runs it after the demo suite.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // Apart from the demo suite's folders, which its runs empty.
  outputDir: `../../${workDir}/test-results`,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: `../../${workDir}/report` }]] : [['list']],
  use: {
    baseURL: appOrigin,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The provider's certificate is self-signed, made fresh for each run.
    ignoreHTTPSErrors: true,
    launchOptions: chromiumLaunchOptions(),
  },
});
