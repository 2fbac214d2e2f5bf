// Which Chromium the browser tests and benchmarks drive, and how: one answer for every runner here.
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/**
 * CHROMIUM_PATH when set, else Debian's Chromium when installed (Playwright cannot download its own
 * on the CI machines), else undefined: Playwright's own Chromium, after `npx playwright install chromium`,
 * as on a developer's macOS or Windows machine.
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(debianChromium) ? debianChromium : undefined;
}

// Without the background-networking flags Chromium keeps trying hosts it cannot reach from here.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutable(), args: chromiumArgs };
}
