import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { preloadPageFor } from './app/prefetch';
import { createAppQueryClient } from './app/query-client';
import type { SignIn } from './auth/auth-client';
import { loadAppConfig, type AppConfig } from './config/app-config';
import { createGraphClient } from './graph/graph-client';

// Entra sign-in: MSAL, msal-react and the app's seam, about a quarter of the JavaScript a page needs
// before its data. Its own chunk, so the demo build loads it only in Entra mode; the skeleton in
// index.html shows while it loads.
const loadEntraSignIn = () => import('./auth/entra-sign-in');

/** The sign-in config.json asks for, started: for Entra, MSAL initialized. Rejects when it cannot start. */
async function startSignIn(config: AppConfig): Promise<SignIn> {
  if (config.mode === 'demo' && __DEMO_BUILD__) {
    const { createDemoSignIn } = await import('./auth/demo-sign-in');
    return createDemoSignIn();
  }
  if (config.mode !== 'entra') throw new Error('Demo sign-in is not part of this build.');
  const { startEntraSignIn } = await loadEntraSignIn();
  return startEntraSignIn(config.auth);
}

const cannotStart = (error: unknown) => {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  return `Sign-in could not start (${reason}). Check auth.clientId, auth.authority and auth.redirectUri.`;
};

async function showConfigProblems(root: Root, problems: string[]) {
  // Only a broken deployment needs this page, so it stays out of everyone else's first download.
  const { ConfigErrorPage } = await import('./app/config-error-page');
  root.render(<ConfigErrorPage problems={problems} />);
}

async function start() {
  // React's first render replaces the static skeleton index.html shows until then.
  const root = createRoot(document.getElementById('root')!);
  // Fetched while config.json is on its way rather than after it: the page the URL names, and in
  // the production build, where Entra is the only sign-in, the sign-in with MSAL.
  void preloadPageFor(window.location.pathname);
  if (!__DEMO_BUILD__) void loadEntraSignIn().catch(() => undefined);
  const loaded = await loadAppConfig({ demoAvailable: __DEMO_BUILD__, buildEnv: import.meta.env });
  if (!loaded.ok) return showConfigProblems(root, loaded.problems);
  const { config } = loaded;
  let signIn: SignIn;
  try {
    signIn = await startSignIn(config);
  } catch (error) {
    return showConfigProblems(root, [cannotStart(error)]);
  }
  const { baseUrl, version, timeoutMs } = config.graph;
  const graph = createGraphClient({ baseUrl, version, timeoutMs, getAccessToken: signIn.getAccessToken });
  root.render(<StrictMode>{signIn.wrap(<App graph={graph} queryClient={createAppQueryClient()} />)}</StrictMode>);
}

void start();
