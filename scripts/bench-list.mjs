// How quickly the token list shows 3,000 tokens, and how quickly the grid answers a keystroke in
// its search box. Prints numbers; asserts nothing.
// Usage: node scripts/bench-list.mjs [--runs N] [--port P] [--latency MS] [--no-build]
import { launchChromium, median, percentile, simulator, startDemoServer } from './lib/demo-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('runs', 3);
const port = option('port', 4311);
const latencyMs = option('latency', 0);
const tokenCount = 3000;
// Typed one key at a time, then erased one key at a time; every step still matches some tokens,
// so every keystroke ends with rows on screen.
const searches = ['contoso', 'high school 02', 'vpp2718@', 'proseware'];

// Records, in the page's own clock (milliseconds since navigation started), when the first rows
// and then all rows are on screen.
function watchLoading(expectedRowCount) {
  window.__listBench = {};
  new MutationObserver(() => {
    const grid = document.querySelector('[role="grid"]');
    if (!grid) return;
    const marks = window.__listBench;
    if (marks.firstRows === undefined && grid.querySelector('[data-row-id]')) marks.firstRows = performance.now();
    if (marks.allRows === undefined && grid.getAttribute('aria-rowcount') === expectedRowCount) marks.allRows = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-rowcount'] });
}

// From a key going down in the search box to the first frame painted after the grid shows that
// search's rows (the grid names the search its rows answer in data-search).
function watchKeystrokes() {
  const box = document.querySelector('input[type="search"]');
  const samples = [];
  let pressedAt;
  box.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), true);
  new MutationObserver(() => {
    const grid = document.querySelector('[role="grid"]');
    if (pressedAt === undefined || grid?.getAttribute('data-search') !== box.value) return;
    const start = pressedAt;
    pressedAt = undefined;
    requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start)));
  }).observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search'] });
  window.__keystrokes = samples;
}

const format = (ms) => `${Math.round(ms).toLocaleString('en-US')} ms`;

const server = await startDemoServer({ port, build: !args.includes('--no-build') });
const browser = await launchChromium();
try {
  await simulator(server.url, 'reset', { tokens: tokenCount });
  if (latencyMs > 0) await simulator(server.url, 'settings', { latencyMs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(watchLoading, String(tokenCount + 1));

  const firstRows = [];
  const allRows = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.__listBench.allRows !== undefined, undefined, { timeout: 120_000 });
    const marks = await page.evaluate(() => window.__listBench);
    firstRows.push(marks.firstRows);
    allRows.push(marks.allRows);
  }

  await page.evaluate(watchKeystrokes);
  const box = page.getByRole('searchbox', { name: 'Search tokens' });
  await box.focus();
  let expected = 0;
  const press = async (key) => {
    await page.keyboard.press(key);
    expected += 1;
    await page.waitForFunction((count) => window.__keystrokes.length >= count, expected);
  };
  for (const search of searches) {
    for (const key of search) await press(key === ' ' ? 'Space' : key);
    for (let i = 0; i < search.length; i++) await press('Backspace');
  }
  const keystrokes = await page.evaluate(() => window.__keystrokes);

  console.log(`Token list, ${tokenCount.toLocaleString('en-US')} tokens (Graph simulator, ${latencyMs} ms per request, 25 tokens a page; Chromium 1440x900)`);
  console.log(`  time to first rows:  median ${format(median(firstRows))}  (runs: ${firstRows.map(format).join(', ')})`);
  console.log(`  time to all rows:    median ${format(median(allRows))}  (runs: ${allRows.map(format).join(', ')})`);
  console.log(
    `  search keystroke to rows painted: median ${median(keystrokes).toFixed(1)} ms, p95 ${percentile(keystrokes, 95).toFixed(1)} ms, max ${Math.max(...keystrokes).toFixed(1)} ms (${keystrokes.length} keystrokes)`,
  );
} finally {
  await browser.close();
  server.stop();
}
