// How big a save is, and how soon the admin sees it while Graph takes its time to answer.
import { simulator } from './demo-server.mjs';

const contosoId = '1fa02c17-90ba-4f96-965e-bcfa1b00b328';

/**
 * Renames one token `runs` times with Graph answering after `latencyMs`. For each save, from the
 * click on Save: when the new name is on screen (what this app shows), and when Graph's confirmation
 * is (what a form that waits for the answer would show, the same click and the same request).
 * Also returns the PATCH bodies sent.
 */
export async function measureSave(browser, url, { runs, latencyMs }) {
  await simulator(url, 'reset');
  await simulator(url, 'settings', { latencyMs });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') bodies.push(request.postData() ?? '');
    });
    await page.goto(`${url}/tokens/${contosoId}`);
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
    return { bodies, toScreen, toConfirmed };
  } finally {
    await context.close();
  }
}
