// Cold loads as an admin with an Entra session sees them, the list's and a deep link to a token's:
// the production build (`npm run build`, MSAL included) served with the simulator, signed in through
// the sign-in suite's local OpenID provider (e2e/auth), which Vite loads here since it is TypeScript.
// Each beside its network floor: what the link itself makes it wait, whatever the code does.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { filesBeforeData, listRouteName } from './bundle-size.mjs';
import { median, simulator } from './demo-server.mjs';
import { listViewport, watchLoading } from './measure-list.mjs';

const clientId = '0b5e6c1d-4b8a-4f1e-9d2c-3a7b8c9d0e1f';

/** Loopback downloads take no time; the reloads go over a link like a branch office's instead. */
export const link = { downloadMbps: 10, latencyMs: 40 };
const graphScope = 'https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All';

/** The production build on `port` with an OpenID provider on `idpPort`, both on loopback. */
export async function startEntraServer({ port, idpPort }) {
  const appOrigin = `http://localhost:${port}`;
  const [{ module: oidc }, { module: keys }, { module: users }] = await Promise.all([
    runnerImport('./e2e/auth/oidc-server.ts'),
    runnerImport('./e2e/auth/test-keys.ts'),
    runnerImport('./e2e/auth/test-users.ts'),
  ]);
  const [tls, signingKey] = await Promise.all([keys.createTlsCertificate(), keys.createSigningKey()]);
  const idp = await oidc.startOidcServer({ port: idpPort, tls, signingKey, clientId, appOrigins: [appOrigin] });
  const work = mkdtempSync(join(tmpdir(), 'vpp-bench-entra-'));
  const outDir = join(work, 'dist');
  const configFile = join(work, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      mode: 'entra',
      graph: { baseUrl: '/graph', version: 'beta' },
      auth: { clientId, authority: idp.issuer, knownAuthorities: [`localhost:${idpPort}`], protocolMode: 'OIDC', redirectUri: '/redirect.html', scopes: [graphScope] },
    }),
  );
  let server;
  const stop = async () => {
    try {
      if (server) process.kill(-server.pid);
    } catch {
      // already gone
    }
    await idp.close();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    // runnerImport above set NODE_ENV to development, which would give React's development build.
    const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--manifest', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (built.status !== 0) throw new Error('vite build failed');
    // The simulator takes any bearer here: the client's time is measured, not Graph's checks.
    server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      env: { ...process.env, VPP_CONFIG: configFile },
    });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${appOrigin}/config.json`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: appOrigin, issuer: idp.issuer, userCookie: users.userCookie, needed: filesBeforeData(outDir), stop };
}

/**
 * The round trips a cold load must wait for one after the other, whatever its size: the page, the
 * entry script (its static imports beside it), then config.json with the sign-in and the page's
 * code (all asked for as the entry starts), then Graph (once the token is there).
 */
export const roundTrips = ['index.html', 'the entry script', "config.json, the sign-in and the page's code", 'Graph'];

// Records, in the page's own clock, when the token's form can be edited: its Display name field
// holds the token's name and is enabled.
function watchTokenForm() {
  window.__tokenBench = {};
  const check = () => {
    if (window.__tokenBench.formEditable !== undefined) return;
    const label = [...document.querySelectorAll('label')].find((element) => element.textContent.trim().startsWith('Display name'));
    const input = label && document.getElementById(label.htmlFor);
    if (input && !input.disabled && input.value !== '') window.__tokenBench.formEditable = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  // React sets an input's value as a property, which no mutation reports.
  const poll = () => {
    check();
    if (window.__tokenBench.formEditable === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * What a load downloaded that it needed, in bytes as they crossed the link (bodies as the server sent
 * them, compressed; Chromium reports no real header sizes): the page, config.json, the route's
 * scripts and styles before its data (from the build's manifest), and Graph's answers that came
 * before `mark`. Runs in the page.
 */
function neededBytes({ files, mark }) {
  const needed = new Set([...files.map((file) => `/${file}`), '/config.json']);
  const resources = performance.getEntriesByType('resource');
  const fromGraph = (entry) => new URL(entry.name).pathname.startsWith('/graph/') && entry.responseEnd <= mark;
  const bytes = resources.filter((entry) => needed.has(new URL(entry.name).pathname) || fromGraph(entry)).reduce((sum, entry) => sum + entry.encodedBodySize, 0);
  return performance.getEntriesByType('navigation')[0].encodedBodySize + bytes;
}

/** The network floor of a load that needed `bytes`: their download at the link's rate, plus the round trips, plus Graph's own time to answer. */
export function networkFloorMs(bytes, graphLatencyMs) {
  return (bytes * 8) / (link.downloadMbps * 1000) + roundTrips.length * link.latencyMs + graphLatencyMs;
}

async function firstTokenId(url) {
  const response = await fetch(`${url}/graph/beta/deviceAppManagement/vppTokens?$top=1`, { headers: { Authorization: 'Bearer bench' } });
  if (!response.ok) throw new Error(`the simulator's token list answered ${response.status}`);
  return (await response.json()).value[0].id;
}

/**
 * Reloads of the list and of a deep link to a token in a signed-in tab with the HTTP cache off,
 * over `link`, so every script downloads again and MSAL starts from its session cache. For the
 * list: the first paint, the list on screen (its heading), the sign-in's code downloaded and the
 * first token row; for the token: its form editable. Each load's network floor beside it.
 */
export async function measureEntraLoad(browser, server, { runs, latencyMs }) {
  const { tokens: count } = await simulator(server.url, 'reset', {});
  await simulator(server.url, 'settings', { latencyMs });
  const tokenId = await firstTokenId(server.url);
  const files = (name) => server.needed.routes.find((route) => route.name === name).files;
  const signInFiles = server.needed.shell.filter((file) => !server.needed.entry.includes(file)).map((file) => `/${file}`);
  const context = await browser.newContext({ viewport: listViewport, ignoreHTTPSErrors: true });
  try {
    await context.addCookies([{ name: server.userCookie, value: 'admin', url: server.issuer }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[role="grid"] [data-row-id]').first().waitFor({ timeout: 60_000 });
    await page.addInitScript(watchLoading, String(count + 1));
    await page.addInitScript(watchTokenForm);
    const cdp = await context.newCDPSession(page);
    // Without the Network domain enabled on this session, reloads still took scripts from the HTTP cache.
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (link.downloadMbps * 1_000_000) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });

    const list = { firstPaint: [], listShown: [], signInArrived: [], firstRows: [], floors: [] };
    // One reload first that counts for nothing: the preview server and Chromium warm up on it.
    for (let run = -1; run < runs; run++) {
      await page.reload();
      await page.waitForFunction(() => window.__listBench.allRows !== undefined, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(
        ({ signInFiles }) => ({
          ...window.__listBench,
          firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          signInArrived: Math.max(...performance.getEntriesByType('resource').filter((entry) => signInFiles.includes(new URL(entry.name).pathname)).map((entry) => entry.responseEnd)),
        }),
        { signInFiles },
      );
      const bytes = await page.evaluate(neededBytes, { files: files(listRouteName), mark: marks.firstRows });
      if (run < 0) continue;
      list.firstPaint.push(marks.firstPaint);
      list.listShown.push(marks.listShown);
      list.signInArrived.push(marks.signInArrived);
      list.firstRows.push(marks.firstRows);
      list.floors.push(networkFloorMs(bytes, latencyMs));
    }

    const token = { formEditable: [], floors: [] };
    const tokenRoute = server.needed.routes.find((route) => route.key.includes('/detail/'));
    await page.goto(`${server.url}/tokens/${tokenId}`);
    for (let run = -1; run < runs; run++) {
      await page.reload();
      await page.waitForFunction(() => window.__tokenBench.formEditable !== undefined, undefined, { timeout: 60_000 });
      const mark = await page.evaluate(() => window.__tokenBench.formEditable);
      const bytes = await page.evaluate(neededBytes, { files: tokenRoute.files, mark });
      if (run < 0) continue;
      token.formEditable.push(mark);
      token.floors.push(networkFloorMs(bytes, latencyMs));
    }
    return { count, list, token };
  } finally {
    await context.close();
  }
}

/** The median of each run's time over its floor. */
export function medianRatio(times, floors) {
  return median(times.map((time, i) => time / floors[i]));
}
