// How quickly a token's page shows its history when Intune's log holds many changes to it: cold
// loads of /tokens/{id}, from navigation start to the form being editable and to the history's
// first rows painted.
import { simulator } from './demo-server.mjs';

function watchHistory() {
  window.__historyBench = {};
  new MutationObserver(() => {
    const marks = window.__historyBench;
    const name = document.querySelector('input[name="displayName"], [aria-label="Display name"]');
    if (marks.formEditable === undefined && name && !name.disabled && name.value) marks.formEditable = performance.now();
    const table = document.querySelector('[aria-label="Changes to this token, newest first"]');
    const rows = table?.querySelectorAll('tbody tr, [role="rowgroup"] [role="row"]').length ?? 0;
    if (marks.firstRows === undefined && rows > 0) {
      marks.rows = rows;
      requestAnimationFrame(() => setTimeout(() => (marks.firstRows ??= performance.now())));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Gives the first seed token `count` changes over the last 30 days, then measures its page. */
export async function measureTokenHistory(browser, url, { runs, count, latencyMs }) {
  await simulator(url, 'reset', {});
  const { tokens } = await (await fetch(`${url}/graph/_simulator/state`)).json();
  const tokenId = tokens[0].id;
  const added = await fetch(`${url}/graph/_simulator/audit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tokenId, count, days: 30 }),
  });
  if (!added.ok) throw new Error(`adding bench history answered ${added.status}: ${await added.text()}`);
  await simulator(url, 'settings', { latencyMs });
  const formEditable = [];
  const firstRows = [];
  let rowsShown = 0;
  for (let run = -1; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(watchHistory);
      await page.goto(`${url}/tokens/${tokenId}`);
      await page.waitForFunction(() => window.__historyBench.firstRows !== undefined && window.__historyBench.formEditable !== undefined, undefined, { timeout: 120_000 });
      const marks = await page.evaluate(() => window.__historyBench);
      if (run < 0) continue;
      formEditable.push(marks.formEditable);
      firstRows.push(marks.firstRows);
      rowsShown = marks.rows;
    } finally {
      await context.close();
    }
  }
  return { formEditable, firstRows, rowsShown };
}
