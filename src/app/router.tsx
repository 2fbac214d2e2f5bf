import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useAuthClient } from '../auth/auth-context';
import { parseSearch, stringifySearch } from '../config/query-string';
import { startTokenListRead, startTokenRead, type RouteData } from '../features/tokens/data/token-route-data';
import { recallListSearch } from '../features/tokens/list/list-memory';
import { isDefaultListSearch, listSearchSchema } from '../features/tokens/list/list-search';
import { recentChangesSearchSchema } from '../features/history/model/recent-changes-search';
import { createAppHistory, type AppHistory } from './browser-history';
import { NotFoundPage } from './not-found-page';
import { CreateTokenPage, RecentChangesPage, TokenDetailPage, TokenListPage } from './route-pages';
import { Shell } from './shell';

const SimulatorPanel = __DEMO_BUILD__ ? lazy(() => import('../demo/simulator-panel').then((m) => ({ default: m.SimulatorPanel }))) : null;

/** What every route's loader may use. The app provides the data part (RouterProvider's context). */
export type RouterContext = RouteData & { lastHistoryAction: AppHistory['lastAction'] };

/** The header and the sign-in gate around whichever page the address names. */
function AppLayout() {
  const auth = useAuthClient();
  return (
    <Shell
      extra={
        auth.kind === 'demo' && SimulatorPanel ? (
          // Its own boundary: the demo's page must not wait for the panel's chunk.
          <Suspense fallback={null}>
            <SimulatorPanel />
          </Suspense>
        ) : undefined
      }
    >
      <Outlet />
    </Shell>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const tokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: listSearchSchema,
  beforeLoad: ({ cause, search, context }) => {
    // A link back to the bare list (the token page's, the app's name) returns to the view the admin
    // left; Back and Forward land on their own entry, and a reload starts from the URL. Only an
    // arrival is sent back: a search cleared later on the list stays cleared.
    const byLink = context.lastHistoryAction() === 'PUSH' || context.lastHistoryAction() === 'REPLACE';
    if (cause !== 'enter' || !byLink || !isDefaultListSearch(search)) return;
    const returnTo = recallListSearch();
    if (returnTo) throw redirect({ to: '/', search: returnTo, replace: true });
  },
  // Preloading on intent fetches the page's code only: the whole list is no read to make on a hover.
  loader: ({ context, preload }) => {
    if (!preload) startTokenListRead(context);
  },
  component: TokenListPage,
});

const newTokenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tokens/new',
  component: CreateTokenPage,
});

const tokenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tokens/$tokenId',
  // On intent too: one token's read, so its page opens with the form ready.
  loader: ({ context, params }) => startTokenRead(context, params.tokenId),
  component: TokenDetailPage,
});

const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/changes',
  validateSearch: recentChangesSearchSchema,
  component: RecentChangesPage,
});

export const routeTree = rootRoute.addChildren([tokensRoute, newTokenRoute, tokenRoute, changesRoute]);

/**
 * The app's router over `history`. The pages are lazy (route-pages.ts): a navigation keeps the page
 * on screen until the next one's code has arrived, rather than blanking. Addresses keep the app's
 * plain query strings (`?state=invalid,expired&q=2027`), not the router's JSON.
 */
export function createAppRouter(history: AppHistory = createAppHistory()) {
  return createRouter({
    routeTree,
    history: history.history,
    // The data part arrives with the app, through RouterProvider's context.
    context: { lastHistoryAction: history.lastAction } as RouterContext,
    parseSearch,
    stringifySearch,
    // An address keeps only the parameters its route knows and validated.
    search: { strict: true },
    defaultPreload: 'intent',
    // React Query decides whether a preloaded read is still fresh; the router asks it every time.
    defaultPreloadStaleTime: 0,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

let router: AppRouter | undefined;

/** The tab's one router, made on first use: main.tsx asks it for the first page's code early. */
export function appRouter(): AppRouter {
  return (router ??= createAppRouter());
}

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
