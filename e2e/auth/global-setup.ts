/**
 * Starts what the sign-in suite runs against, in the order it needs: fresh keys, the OpenID provider,
 * an Entra-mode config.json naming it, then the production build served by `vite preview` with the
 * Graph simulator verifying tokens against the provider (trusting its certificate through
 * NODE_EXTRA_CA_CERTS, read only when a process starts, hence this setup instead of `webServer`).
 * A second build of the same app with React's development build (NODE_ENV=development, still no
 * demo code) is served too, because StrictMode's double effects happen only there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startOidcServer } from './oidc-server';
import { appOrigin, appPort, clientId, distDir, idpPort, issuer, strictAppOrigin, strictAppPort, strictDistDir, workDir } from './ports';
import { createSigningKey, createTlsCertificate } from './test-keys';
import { graphResource, readWriteScope } from './test-users';

const vite = resolve('node_modules/vite/bin/vite.js');

function run(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [vite, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
}

function finished(child: ChildProcess, what: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${what} failed (exit ${code}):\n${stderr}`))));
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(exited ? `the app server exited before answering ${url}` : `the app server did not answer ${url} in time`);
}

export function appConfig() {
  return {
    mode: 'entra',
    graph: { baseUrl: '/graph', version: 'beta' },
    auth: {
      clientId,
      authority: issuer,
      knownAuthorities: [`localhost:${idpPort}`],
      protocolMode: 'OIDC',
      redirectUri: '/redirect.html',
      scopes: [`${graphResource}/${readWriteScope}`],
      // Renew only at the very end, so the renewal test sees a token that has really expired.
      tokenRenewalOffsetSeconds: 2,
    },
  };
}

export default async function globalSetup() {
  const dir = resolve(workDir);
  mkdirSync(dir, { recursive: true });
  const [tls, signingKey] = await Promise.all([createTlsCertificate(), createSigningKey()]);
  const caFile = resolve(dir, 'provider-ca.pem');
  writeFileSync(caFile, tls.cert);
  const configFile = resolve(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(appConfig(), null, 2));

  const idp = await startOidcServer({ port: idpPort, tls, signingKey, clientId, appOrigins: [appOrigin, strictAppOrigin] });
  const previews: ChildProcess[] = [];
  const teardown = async () => {
    previews.forEach((preview) => preview.kill());
    await idp.close();
  };
  const serve = async (outDir: string, port: number, origin: string) => {
    const preview = run(['preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
      ...process.env,
      VPP_CONFIG: configFile,
      SIMULATOR_AUTH: 'verify',
      SIMULATOR_ISSUER: issuer,
      NODE_EXTRA_CA_CERTS: caFile,
    });
    previews.push(preview);
    preview.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[app server ${port}] ${chunk.toString()}`));
    await waitForServer(`${origin}/config.json`, preview, 60_000);
  };
  try {
    // `vite build` in production mode: no demo code, exactly what ships.
    await finished(run(['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn']), 'vite build');
    await finished(run(['build', '--outDir', strictDistDir, '--emptyOutDir', '--logLevel', 'warn'], { ...process.env, NODE_ENV: 'development' }), 'vite build (React development)');
    await Promise.all([serve(distDir, appPort, appOrigin), serve(strictDistDir, strictAppPort, strictAppOrigin)]);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
