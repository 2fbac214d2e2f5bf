import './config/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigErrorPage } from './app/config-error-page';
import { createAppQueryClient } from './app/query-client';
import type { AuthClient } from './auth/auth-client';
import { loadAppConfig, type AppConfig } from './config/app-config';
import { createGraphClient } from './graph/graph-client';
import type { IPublicClientApplication } from '@azure/msal-browser';

async function createAuth(config: AppConfig): Promise<{ auth: AuthClient; msalInstance?: IPublicClientApplication }> {
  if (config.mode === 'demo' && __DEMO_BUILD__) {
    const { createDemoAuth } = await import('./auth/demo-auth');
    return { auth: createDemoAuth() };
  }
  if (config.mode !== 'entra') throw new Error('Demo sign-in is not part of this build.');
  const { createMsalAuth } = await import('./auth/msal-auth');
  const { auth, instance } = await createMsalAuth(config.auth);
  return { auth, msalInstance: instance };
}

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const loaded = await loadAppConfig({ demoAvailable: __DEMO_BUILD__, buildEnv: import.meta.env });
  if (!loaded.ok) {
    root.render(<ConfigErrorPage problems={loaded.problems} />);
    return;
  }
  const { config } = loaded;
  try {
    const { auth, msalInstance } = await createAuth(config);
    const graph = createGraphClient({ baseUrl: config.graph.baseUrl, version: config.graph.version, getAccessToken: auth.getAccessToken });
    root.render(
      <StrictMode>
        <App auth={auth} graph={graph} queryClient={createAppQueryClient()} msalInstance={msalInstance} />
      </StrictMode>,
    );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    root.render(<ConfigErrorPage problems={[`Sign-in could not start (${reason}). Check auth.clientId, auth.authority and auth.redirectUri.`]} />);
  }
}

void start();
