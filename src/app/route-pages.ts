import type { RouteComponent } from '@tanstack/react-router';
import { createElement } from 'react';
import { lazyWithPreload, type Preloadable } from '../ui/lazy-with-preload';

/**
 * A lazy page as a route's component: the router awaits its `preload` before showing it, so a
 * navigation keeps the page on screen until the next one's code has arrived, and the page then
 * renders at once instead of suspending.
 */
export function routePage(Page: Preloadable<object>): RouteComponent {
  return Object.assign(() => createElement(Page), { preload: () => Page.preload().then(() => undefined) });
}

// Each route is its own chunk: the list's first load carries neither the edit form nor its schemas.
export const TokenListPage = routePage(
  lazyWithPreload(
    () => import('../features/tokens/list/token-list-page'),
    (m) => m.TokenListPage,
  ),
);
export const TokenDetailPage = routePage(
  lazyWithPreload(
    () => import('../features/tokens/detail/token-detail-page'),
    (m) => m.TokenDetailPage,
  ),
);
export const CreateTokenPage = routePage(
  lazyWithPreload(
    () => import('../features/tokens/create/create-token-page'),
    (m) => m.CreateTokenPage,
  ),
);
export const RecentChangesPage = routePage(
  lazyWithPreload(
    () => import('../features/history/recent-changes-page'),
    (m) => m.RecentChangesPage,
  ),
);
