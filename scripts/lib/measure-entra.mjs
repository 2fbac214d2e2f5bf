// The list's load as an admin with an Entra session sees it: the production build (`npm run build`,
// MSAL included) served with the simulator, signed in through the sign-in suite's local OpenID
// provider (e2e/auth), which Vite loads here since it is TypeScript.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { simulator } from './demo-server.mjs';
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
    const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
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
  return { url: appOrigin, issuer: idp.issuer, userCookie: users.userCookie, stop };
}

/**
 * Reloads of the list in a signed-in tab with the HTTP cache off, over `link`, so every script
 * downloads again and MSAL starts from its session cache: from navigation start to the list on screen (its heading),
 * to MSAL's own chunk downloaded (what the first render waited for when sign-in came first), and to
 * the first token row.
 */
export async function measureEntraLoad(browser, server, { runs, latencyMs }) {
  const { tokens: count } = await simulator(server.url, 'reset', {});
  await simulator(server.url, 'settings', { latencyMs });
  const context = await browser.newContext({ viewport: listViewport, ignoreHTTPSErrors: true });
  try {
    await context.addCookies([{ name: server.userCookie, value: 'admin', url: server.issuer }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[role="grid"] [data-row-id]').first().waitFor({ timeout: 60_000 });
    await page.addInitScript(watchLoading, String(count + 1));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (link.downloadMbps * 1_000_000) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    const listShown = [];
    const msalArrived = [];
    const firstRows = [];
    // One reload first that counts for nothing: the preview server and Chromium warm up on it.
    for (let run = -1; run < runs; run++) {
      await page.reload();
      await page.waitForFunction(() => window.__listBench.allRows !== undefined, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => ({
        ...window.__listBench,
        msalArrived: performance.getEntriesByType('resource').find((entry) => entry.name.includes('/assets/msal-instance-'))?.responseEnd,
      }));
      if (run < 0) continue;
      listShown.push(marks.listShown);
      msalArrived.push(marks.msalArrived);
      firstRows.push(marks.firstRows);
    }
    return { count, listShown, msalArrived, firstRows };
  } finally {
    await context.close();
  }
}
