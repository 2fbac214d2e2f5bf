// How big a save is, and how soon the admin sees it, while Graph takes 2 s to answer.
// Usage: node scripts/bench-save.mjs [--runs N] [--port P]
import { readFileSync } from 'node:fs';
import { launchChromium, median, simulator, startDemoServer } from './lib/demo-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('runs', 7);
const port = option('port', 4601);
const contosoId = '1fa02c17-90ba-4f96-965e-bcfa1b00b328';
const serverLatencyMs = 2000;

const example = readFileSync(new URL('./data/microsoft-update-example.json', import.meta.url), 'utf8');

const server = await startDemoServer({ port });
const browser = await launchChromium();
try {
  await simulator(server.url, 'reset');
  await simulator(server.url, 'settings', { latencyMs: serverLatencyMs });
  const page = await browser.newPage();
  const bodies = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') bodies.push(request.postData() ?? '');
  });
  await page.goto(`${server.url}/tokens/${contosoId}`);
  await page.getByLabel('Display name').waitFor();

  const toScreen = [];
  const toConfirmed = [];
  for (let run = 0; run < runs; run++) {
    const name = `Contoso bench ${run}`;
    await page.getByLabel('Display name').fill(name);
    const [shownMs, confirmedMs] = await page.evaluate(async (expected) => {
      const heading = document.querySelector('h1');
      const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save');
      const start = performance.now();
      const shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (heading.textContent === expected) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(heading, { childList: true, subtree: true, characterData: true });
      });
      const confirmed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if ([...document.querySelectorAll('.fui-ToastTitle')].some((t) => t.textContent === `Renamed to "${expected}"`)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      save.click();
      return Promise.all([shown, confirmed]);
    }, name);
    toScreen.push(shownMs);
    toConfirmed.push(confirmedMs);
  }

  const oneField = bodies[0] ?? '';
  const rows = [
    ['PATCH body, one-field rename (bytes)', String(Buffer.byteLength(oneField)), oneField],
    ['Microsoft example full-object body (bytes)', '995', `as published (Content-length); ${Buffer.byteLength(example)} as stored in scripts/data, ${JSON.stringify(JSON.parse(example)).length} minified`],
    ['Ratio full / minimal', `${(995 / Buffer.byteLength(oneField)).toFixed(1)}x`, ''],
    [`Save to new name on screen, median of ${runs} (ms)`, median(toScreen).toFixed(1), `Graph answering in ${serverLatencyMs} ms`],
    [`Save to Graph's confirmation, median of ${runs} (ms)`, median(toConfirmed).toFixed(0), 'what a save that waits for the answer would show'],
  ];
  console.log('\n| measure | value | note |\n|---|---|---|');
  for (const [measure, value, note] of rows) console.log(`| ${measure} | ${value} | ${note} |`);
} finally {
  await browser.close();
  server.stop();
}
