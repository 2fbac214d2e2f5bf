import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { preloadPageFor } from './app/prefetch';
import { createAppQueryClient } from './app/query-client';
import type { AuthClient } from './auth/auth-client';
import { loadAppConfig, type AppConfig } from './config/app-config';
import { createGraphClient } from './graph/graph-client';

const loadMsalAuth = () => Promise.all([import('./auth/msal-auth'), import('@azure/msal-react')]);

type Auth = { auth: AuthClient; wrap: (app: ReactNode) => ReactNode };

async function createAuth(config: AppConfig): Promise<Auth> {
  if (config.mode === 'demo' && __DEMO_BUILD__) {
    const { createDemoAuth } = await import('./auth/demo-auth');
    return { auth: createDemoAuth(), wrap: (app) => app };
  }
  if (config.mode !== 'entra') throw new Error('Demo sign-in is not part of this build.');
  const [{ createMsalAuth }, { MsalProvider }] = await loadMsalAuth();
  const { auth, instance } = await createMsalAuth(config.auth);
  // msal-react's provider gives any component MSAL's own hooks (useMsal, useIsAuthenticated) over
  // the one instance created above.
  return { auth, wrap: (app) => <MsalProvider instance={instance}>{app}</MsalProvider> };
}

async function showConfigProblems(root: Root, problems: string[]) {
  // Only a broken deployment needs this page, so it stays out of everyone else's first download.
  const { ConfigErrorPage } = await import('./app/config-error-page');
  root.render(<ConfigErrorPage problems={problems} />);
}

async function start() {
  const root = createRoot(document.getElementById('root')!);
  // Fetched while config.json is on its way rather than after it: the page the URL names, and in
  // the production build, where Entra is the only sign-in, MSAL.
  void preloadPageFor(window.location.pathname);
  if (!__DEMO_BUILD__) void loadMsalAuth().catch(() => undefined);
  const loaded = await loadAppConfig({ demoAvailable: __DEMO_BUILD__, buildEnv: import.meta.env });
  if (!loaded.ok) return showConfigProblems(root, loaded.problems);
  const { config } = loaded;
  try {
    const { auth, wrap } = await createAuth(config);
    const { baseUrl, version, timeoutMs } = config.graph;
    const graph = createGraphClient({ baseUrl, version, timeoutMs, getAccessToken: auth.getAccessToken });
    root.render(
      <StrictMode>{wrap(<App auth={auth} graph={graph} queryClient={createAppQueryClient()} />)}</StrictMode>,
    );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    await showConfigProblems(root, [`Sign-in could not start (${reason}). Check auth.clientId, auth.authority and auth.redirectUri.`]);
  }
}

void start();
