// The Graph requests each step of list -> token -> back -> token makes, and which of them the
// screen had to wait for.
import { simulator } from './demo-server.mjs';
import { listViewport, watchLoading } from './measure-list.mjs';

const isGraphCall = (url) => url.includes('/graph/') && !url.includes('/graph/_simulator/');

// In the page's own clock, from the click (or Back) to the screen being usable: the token's row for
// the list, the edit form (which waits for Graph's full entity) for a token.
function timeStep({ action, ready, id }) {
  const row = () => document.querySelector(`[data-row-id="${CSS.escape(id)}"]`);
  const isReady = () =>
    ready === 'form' ? [...document.querySelectorAll('label')].some((label) => label.textContent?.startsWith('Display name')) : row() !== null;
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.body, { subtree: true, childList: true });
    if (action === 'back') history.back();
    // The name, not the row's middle, where a row action may sit.
    else (row().querySelector('[data-column="name"]') ?? row()).click();
  });
}

/**
 * Walks list -> token -> back -> token once, with Graph answering after `latencyMs`. Per step: how
 * long until the screen is usable, the Graph requests it started, and how many of them were
 * blocking (answered before the screen was usable, so it may have waited for them). With a slow
 * Graph, a step ready in less than `latencyMs` waited for none.
 */
export async function measureNavigation(browser, url, { latencyMs }) {
  const { tokens: count } = await simulator(url, 'reset');
  await simulator(url, 'settings', { latencyMs });
  const context = await browser.newContext({ viewport: listViewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchLoading, String(count + 1));
    const calls = [];
    let step;
    page.on('request', (request) => {
      if (isGraphCall(request.url())) calls.push({ step, request, answeredAt: undefined });
    });
    const answered = (request) => {
      const call = calls.find((c) => c.request === request);
      if (call) call.answeredAt = Date.now();
    };
    page.on('requestfinished', answered);
    page.on('requestfailed', answered);

    const steps = [];
    const walk = async (name, act) => {
      step = name;
      const readyMs = await act();
      const readyAt = Date.now();
      // Long enough for a background refetch the step started to show up, and to be answered.
      await page.waitForTimeout(latencyMs + 500);
      const made = calls.filter((c) => c.step === name);
      steps.push({ name, readyMs, requests: made.length, blocking: made.filter((c) => c.answeredAt !== undefined && c.answeredAt <= readyAt).length });
    };

    let id;
    await walk('open the list', async () => {
      await page.goto(`${url}/`);
      await page.waitForFunction(() => window.__listBench.firstRows !== undefined);
      id = await page.locator('[data-row-id]').first().getAttribute('data-row-id');
      return page.evaluate(() => window.__listBench.firstRows);
    });
    // The pages' chunks load when the browser is idle after the first; give it that moment.
    await page.waitForTimeout(1000);
    await walk('list -> token', () => page.evaluate(timeStep, { action: 'open', ready: 'form', id }));
    await walk('back to the list', () => page.evaluate(timeStep, { action: 'back', ready: 'rows', id }));
    await walk('the same token again', () => page.evaluate(timeStep, { action: 'open', ready: 'form', id }));
    return steps;
  } finally {
    await context.close();
  }
}
