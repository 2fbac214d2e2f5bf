// How quickly the token list shows its tokens on a cold load, and how quickly the grid answers a
// keystroke in its search box. Each function returns raw samples; the caller takes medians.
import { simulator } from './demo-server.mjs';

export const listViewport = { width: 1440, height: 900 };

// Typed one key at a time, then erased one key at a time; every step still matches some tokens,
// so every keystroke ends with rows on screen.
const searches = ['contoso', 'high school 02', 'vpp2718@', 'proseware'];

// Records, in the page's own clock (milliseconds since navigation started), when the list is on
// screen (its heading), then its first rows, then all of them.
export function watchLoading(expectedRowCount) {
  window.__listBench = {};
  new MutationObserver(() => {
    const marks = window.__listBench;
    if (marks.listShown === undefined && document.getElementById('tokens-heading')) marks.listShown = performance.now();
    const grid = document.querySelector('[role="grid"]');
    if (!grid) return;
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

/**
 * Cold loads of the list: each run in a new browser context (empty HTTP cache, no session), from
 * navigation start to the first token row and to every row. `tokens` undefined keeps the seed data;
 * `apps: false` leaves the tenant without apps (about ten a token otherwise).
 */
export async function measureListLoad(browser, url, { runs, tokens, latencyMs, apps = true }) {
  const { tokens: count } = await simulator(url, 'reset', tokens === undefined ? {} : { tokens, apps });
  await simulator(url, 'settings', { latencyMs });
  const firstRows = [];
  const allRows = [];
  // One load first that counts for nothing: the preview server and Chromium warm up on it.
  for (let run = -1; run < runs; run++) {
    const context = await browser.newContext({ viewport: listViewport });
    try {
      const page = await context.newPage();
      await page.addInitScript(watchLoading, String(count + 1));
      await page.goto(`${url}/`);
      await page.waitForFunction(() => window.__listBench.allRows !== undefined, undefined, { timeout: 120_000 });
      const marks = await page.evaluate(() => window.__listBench);
      if (run < 0) continue;
      firstRows.push(marks.firstRows);
      allRows.push(marks.allRows);
    } finally {
      await context.close();
    }
  }
  return { count, firstRows, allRows };
}

/** Keystroke-to-paint samples for the search box over `tokens` tokens, all loaded first. */
export async function measureSearch(browser, url, { tokens }) {
  await simulator(url, 'reset', { tokens });
  await simulator(url, 'settings', { latencyMs: 0 });
  const context = await browser.newContext({ viewport: listViewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchLoading, String(tokens + 1));
    await page.goto(`${url}/`);
    await page.waitForFunction(() => window.__listBench.allRows !== undefined, undefined, { timeout: 120_000 });
    // The tenant's apps arrive after the tokens (31 pages for 30,000): typing starts once they have.
    await page.waitForLoadState('networkidle');
    return await typeSearches(page, page.getByRole('searchbox', { name: 'Search tokens' }));
  } finally {
    await context.close();
  }
}

/**
 * The same keystrokes and the same measure on a page holding only a search box whose "grid" echoes it:
 * what any page pays for a key, its frame and the measure itself, before the app does anything.
 */
export async function measureSearchFloor(browser) {
  const context = await browser.newContext({ viewport: listViewport });
  try {
    const page = await context.newPage();
    await page.setContent(
      `<main><input type="search" aria-label="Search"><div role="grid" data-search=""></div></main>
      <script>
        const box = document.querySelector('input');
        const grid = document.querySelector('[role="grid"]');
        box.addEventListener('input', () => { grid.setAttribute('data-search', box.value); grid.textContent = box.value; });
      </script>`,
    );
    return await typeSearches(page, page.getByRole('searchbox', { name: 'Search' }));
  } finally {
    await context.close();
  }
}

async function typeSearches(page, box) {
  await page.evaluate(watchKeystrokes);
  await box.focus();
  let expected = 0;
  const press = async (key) => {
    await page.keyboard.press(key);
    expected += 1;
    await page.waitForFunction((n) => window.__keystrokes.length >= n, expected);
  };
  for (const search of searches) {
    for (const key of search) await press(key === ' ' ? 'Space' : key);
    for (let i = 0; i < search.length; i++) await press('Backspace');
  }
  return await page.evaluate(() => window.__keystrokes);
}
