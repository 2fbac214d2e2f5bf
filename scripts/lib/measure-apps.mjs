// How quickly a token's page paints its apps when the token carries many: cold loads of
// /tokens/{id}, from navigation start to the form being editable and to the app rows on screen
// painted, once the table holds every app (it draws only the rows on screen).
import { simulator } from './demo-server.mjs';

function watchTokenPage(expectedApps) {
  window.__appsBench = {};
  new MutationObserver(() => {
    const marks = window.__appsBench;
    const name = document.querySelector('input[name="displayName"], [aria-label="Display name"]');
    if (marks.formEditable === undefined && name && !name.disabled && name.value) marks.formEditable = performance.now();
    const table = document.querySelector('table[aria-label^="Apps bought with"]');
    const whole = table?.getAttribute('aria-rowcount') === String(expectedApps + 1) && table.querySelector('tbody tr[data-app-id]');
    if (marks.appsPainted === undefined && whole) {
      requestAnimationFrame(() => setTimeout(() => (marks.appsPainted ??= performance.now())));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Adds `count` iOS apps to one token (the first seed token), each with a few licenses, and measures its page. */
export async function measureTokenApps(browser, url, { runs, count, latencyMs }) {
  await simulator(url, 'reset', {});
  const { tokens } = await (await fetch(`${url}/graph/_simulator/state`)).json();
  const tokenId = tokens[0].id;
  const existing = (await (await fetch(`${url}/graph/_simulator/apps?vppTokenId=${tokenId}`)).json()).apps.length;
  const specs = Array.from({ length: count - existing }, (_, i) => ({
    type: 'microsoft.graph.iosVppApp',
    vppTokenId: tokenId,
    displayName: `Bench app ${String(i).padStart(3, '0')}`,
    bundleId: `com.example.bench${i}`,
    totalLicenseCount: 20,
    userLicenses: i % 5,
    deviceLicenses: 0,
  }));
  const added = await fetch(`${url}/graph/_simulator/apps`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(specs) });
  if (!added.ok) throw new Error(`adding bench apps answered ${added.status}: ${await added.text()}`);
  await simulator(url, 'settings', { latencyMs });
  const formEditable = [];
  const appsPainted = [];
  for (let run = -1; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(watchTokenPage, count);
      await page.goto(`${url}/tokens/${tokenId}`);
      await page.waitForFunction(() => window.__appsBench.appsPainted !== undefined && window.__appsBench.formEditable !== undefined, undefined, { timeout: 120_000 });
      const marks = await page.evaluate(() => window.__appsBench);
      if (run < 0) continue;
      formEditable.push(marks.formEditable);
      appsPainted.push(marks.appsPainted);
    } finally {
      await context.close();
    }
  }
  return { formEditable, appsPainted };
}
