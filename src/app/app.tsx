import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';
import type { GraphClient } from '../graph/graph-client';
import { GraphProvider } from '../graph/graph-context';
import { usePrefersDark } from '../ui/use-color-scheme';
import { AfterFirstRender } from './after-first-render';
import { usePreloadPages } from './prefetch';
import { appRouter } from './router';

export type AppProps = {
  graph: GraphClient;
  queryClient: QueryClient;
};

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
  const router = appRouter();
  const context = useMemo(() => ({ queryClient, graph }), [queryClient, graph]);
  usePreloadPages(router, queryClient);
  return (
    <GraphProvider client={graph}>
      <QueryClientProvider client={queryClient}>
        <ThemedProviders>
          <RouterProvider router={router} context={context} />
        </ThemedProviders>
      </QueryClientProvider>
    </GraphProvider>
  );
}
