// Takes the README's screenshots of the demo (the token list, a token's apps): node scripts/screenshot.mjs [--port P]
// The seeded names include Japanese and Arabic: with no CJK font installed (Debian: fonts-noto-cjk)
// Chromium draws the Japanese one as boxes.
import { mkdirSync } from 'node:fs';
import { launchChromium, simulator, startDemoServer } from './lib/demo-server.mjs';

const at = process.argv.indexOf('--port');
const port = at >= 0 ? Number(process.argv[at + 1]) : 4602;
const server = await startDemoServer({ port });
const browser = await launchChromium();
try {
  await simulator(server.url, 'reset');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await page.goto(server.url);
  await page.getByRole('grid', { name: 'VPP tokens' }).waitFor();
  await page.waitForTimeout(500);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('Wrote docs/screenshot.png');

  // A token's apps and licenses: Contoso Schools' page, scrolled to the section.
  await page.goto(`${server.url}/tokens/1fa02c17-90ba-4f96-965e-bcfa1b00b328`);
  const section = page.getByRole('region', { name: 'Apps and licenses' });
  await section.getByRole('table').waitFor();
  await section.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await section.screenshot({ path: 'docs/screenshot-apps.png' });
  console.log('Wrote docs/screenshot-apps.png');
} finally {
  await browser.close();
  server.stop();
}
