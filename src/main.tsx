import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { preloadPageFor } from './app/prefetch';
import { createAppQueryClient } from './app/query-client';
import type { AuthClient } from './auth/auth-client';
import { loadAppConfig, type AppConfig } from './config/app-config';
import { createGraphClient } from './graph/graph-client';

// What Entra sign-in needs before the first render: the sign-in seam and msal-react's provider,
// a few kilobytes. MSAL itself, about a quarter of all the JavaScript a page needs, loads beside the
// first render (see deferred-public-client.ts).
const loadEntraSignIn = () => import('./auth/entra-sign-in');
const preloadMsal = () => import('./auth/msal-instance');

type Auth = {
  auth: AuthClient;
  wrap: (app: ReactNode) => ReactNode;
  /** Rejects when sign-in cannot start at all (MSAL failed to load or refused the configuration). */
  started: Promise<void>;
};

async function createAuth(config: AppConfig): Promise<Auth> {
  if (config.mode === 'demo' && __DEMO_BUILD__) {
    const { createDemoAuth } = await import('./auth/demo-auth');
    return { auth: createDemoAuth(), wrap: (app) => app, started: Promise.resolve() };
  }
  if (config.mode !== 'entra') throw new Error('Demo sign-in is not part of this build.');
  const { createEntraSignIn } = await loadEntraSignIn();
  return createEntraSignIn(config.auth);
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
  const root = createRoot(document.getElementById('root')!);
  // Fetched while config.json is on its way rather than after it: the page the URL names, and in
  // the production build, where Entra is the only sign-in, the sign-in code and MSAL.
  void preloadPageFor(window.location.pathname);
  if (!__DEMO_BUILD__) {
    void loadEntraSignIn().catch(() => undefined);
    void preloadMsal().catch(() => undefined);
  }
  const loaded = await loadAppConfig({ demoAvailable: __DEMO_BUILD__, buildEnv: import.meta.env });
  if (!loaded.ok) return showConfigProblems(root, loaded.problems);
  const { config } = loaded;
  try {
    const { auth, wrap, started } = await createAuth(config);
    const { baseUrl, version, timeoutMs } = config.graph;
    const graph = createGraphClient({ baseUrl, version, timeoutMs, getAccessToken: auth.getAccessToken });
    root.render(
      <StrictMode>{wrap(<App auth={auth} graph={graph} queryClient={createAppQueryClient()} />)}</StrictMode>,
    );
    started.catch((error: unknown) => showConfigProblems(root, [cannotStart(error)]));
  } catch (error) {
    await showConfigProblems(root, [cannotStart(error)]);
  }
}

void start();
