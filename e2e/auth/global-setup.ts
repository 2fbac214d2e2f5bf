/**
 * Starts what the sign-in suite runs against, in the order it needs: fresh keys, the OpenID provider,
 * an Entra-mode config.json naming it, then the production build served by `vite preview` with the
 * Graph simulator verifying tokens against the provider (trusting its certificate through
 * NODE_EXTRA_CA_CERTS, read only when a process starts, hence this setup instead of `webServer`).
 * A second build of the same app with React's development build (NODE_ENV=development, still no
 * demo code) is served too, because StrictMode's double effects happen only there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { finished, runVite, startPreview, type Preview } from '../servers';
import { startOidcServer } from './oidc-server';
import { appOrigin, appPort, clientId, distDir, idpPort, issuer, strictAppOrigin, strictAppPort, strictDistDir, workDir } from './ports';
import { createSigningKey, createTlsCertificate } from './test-keys';
import { graphResource, readWriteScope } from './test-users';

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
  const previews: Preview[] = [];
  const teardown = async () => {
    previews.forEach((preview) => preview.stop());
    await idp.close();
  };
  const env = { ...process.env, VPP_CONFIG: configFile, SIMULATOR_AUTH: 'verify', SIMULATOR_ISSUER: issuer, NODE_EXTRA_CA_CERTS: caFile };
  const serve = async (outDir: string, port: number) => void previews.push(await startPreview({ outDir, port, env }));
  try {
    // `vite build` in production mode: no demo code, exactly what ships.
    await finished(runVite(['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn']), 'vite build');
    await finished(runVite(['build', '--outDir', strictDistDir, '--emptyOutDir', '--logLevel', 'warn'], { ...process.env, NODE_ENV: 'development' }), 'vite build (React development)');
    await Promise.all([serve(distDir, appPort), serve(strictDistDir, strictAppPort)]);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
