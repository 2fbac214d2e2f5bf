import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useAuthClient } from '../auth/auth-context';
import { paths } from '../config/paths';
import type { GraphClient } from '../graph/graph-client';
import { GraphProvider } from '../graph/graph-context';
import { createBrowserHistory } from '../routing/history';
import { RouterProvider, Routes, type Route } from '../routing/router';
import { usePrefersDark } from '../ui/use-color-scheme';
import { AfterFirstRender } from './after-first-render';
import { NotFoundPage } from './not-found-page';
import { usePrefetchPages } from './prefetch';
import { CreateTokenPage, TokenDetailPage, TokenListPage } from './route-pages';
import { Shell } from './shell';

const SimulatorPanel = __DEMO_BUILD__ ? lazy(() => import('../demo/simulator-panel').then((m) => ({ default: m.SimulatorPanel }))) : null;

export type AppProps = {
  graph: GraphClient;
  queryClient: QueryClient;
};

// Most specific first: /tokens/new is not a token ID.
const routes: readonly Route[] = [
  { pattern: paths.tokens.pattern, element: <TokenListPage /> },
  { pattern: paths.newToken.pattern, element: <CreateTokenPage /> },
  { pattern: paths.token.pattern, element: <TokenDetailPage /> },
  { pattern: '*', element: <NotFoundPage /> },
];

function ThemedProviders({ children }: { children: ReactNode }) {
  const dark = usePrefersDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
      <AfterFirstRender />
    </FluentProvider>
  );
}

/** The app for the signed-in admin; the sign-in in use wraps it (see main.tsx). */
export function App({ graph, queryClient }: AppProps) {
  const [history] = useState(() => createBrowserHistory());
  const demo = useAuthClient().kind === 'demo';
  usePrefetchPages(queryClient);
  return (
    <GraphProvider client={graph}>
      <QueryClientProvider client={queryClient}>
        <ThemedProviders>
          <RouterProvider history={history}>
            <Shell
              extra={
                demo && SimulatorPanel ? (
                  // Its own boundary: the demo's page must not wait for the panel's chunk.
                  <Suspense fallback={null}>
                    <SimulatorPanel />
                  </Suspense>
                ) : undefined
              }
            >
              <Routes routes={routes} />
            </Shell>
          </RouterProvider>
        </ThemedProviders>
      </QueryClientProvider>
    </GraphProvider>
  );
}
