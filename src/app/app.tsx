import type { IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import { FluentProvider, Toaster, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, useState, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { AuthClient } from '../auth/auth-client';
import { AuthProvider } from '../auth/auth-context';
import { paths } from '../config/paths';
import type { GraphClient } from '../graph/graph-client';
import { GraphProvider } from '../graph/graph-context';
import { usePrefersDark } from '../ui/use-color-scheme';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';
import { appToasterId } from '../ui/toaster-id';

const TokenListPage = lazy(() => import('../features/tokens/list/token-list-page').then((m) => ({ default: m.TokenListPage })));
const CreateTokenPage = lazy(() => import('../features/tokens/create/create-token-page').then((m) => ({ default: m.CreateTokenPage })));
const TokenDetailPage = lazy(() => import('../features/tokens/detail/token-detail-page').then((m) => ({ default: m.TokenDetailPage })));
const SimulatorPanel = __DEMO_BUILD__ ? lazy(() => import('../demo/simulator-panel').then((m) => ({ default: m.SimulatorPanel }))) : null;

export type AppProps = {
  auth: AuthClient;
  graph: GraphClient;
  queryClient: QueryClient;
  msalInstance?: IPublicClientApplication;
};

function createRouter(showSimulatorPanel: boolean) {
  return createBrowserRouter([
    {
      element: <Shell extra={showSimulatorPanel && SimulatorPanel ? <SimulatorPanel /> : undefined} />,
      children: [
        { path: paths.tokens.pattern, element: <TokenListPage /> },
        { path: paths.newToken.pattern, element: <CreateTokenPage /> },
        { path: paths.token.pattern, element: <TokenDetailPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}

function ThemedProviders({ children }: { children: ReactNode }) {
  const dark = usePrefersDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
      <Toaster toasterId={appToasterId} position="bottom-end" />
    </FluentProvider>
  );
}

export function App({ auth, graph, queryClient, msalInstance }: AppProps) {
  const [router] = useState(() => createRouter(auth.kind === 'demo'));
  const tree = (
    <AuthProvider client={auth}>
      <GraphProvider client={graph}>
        <QueryClientProvider client={queryClient}>
          <ThemedProviders>
            <RouterProvider router={router} />
          </ThemedProviders>
        </QueryClientProvider>
      </GraphProvider>
    </AuthProvider>
  );
  return msalInstance ? <MsalProvider instance={msalInstance}>{tree}</MsalProvider> : tree;
}
