import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { whenQuiet } from '../ui/when-quiet';
import { appRouter, type AppRouter } from './router';

const ignore = () => undefined;

// As long as a link waits before preloading its page (the router's defaultPreloadDelay).
const intentDelayMs = 50;

/** Starts fetching the code of the page at `pathname`; resolves at once for an address no page answers. */
export function preloadPageFor(pathname: string): Promise<unknown> {
  const router = appRouter();
  const [, , route] = router.getMatchedRoutes(pathname);
  return (route && router.loadRouteChunk(route)?.catch(ignore)) ?? Promise.resolve();
}

/**
 * Keeps navigation instant without putting other pages in the first download: every page's code is
 * fetched once the page on screen has loaded (see whenQuiet). Links preload their page themselves
 * as the pointer or focus rests on them (the router's defaultPreload); token rows open a token's
 * page without being links, so this does the same for them: the page's code and that one token.
 */
export function usePreloadPages(router: AppRouter, queryClient: QueryClient): void {
  useEffect(() => {
    // After the page on screen has its own code and its data, so the others never compete with them.
    let cancel = () => {};
    let active = true;
    void preloadPageFor(router.latestLocation.pathname).then(() => {
      if (active) cancel = whenQuiet(queryClient, () => Object.values(router.routesById).forEach((route) => void router.loadRouteChunk(route)?.catch(ignore)));
    });

    let approached: Element | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onApproach = (event: Event) => {
      const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row-id]') : null;
      if (row === approached) return;
      approached = row;
      clearTimeout(timer);
      const tokenId = row?.dataset.rowId;
      if (!tokenId) return;
      // Only where the pointer or focus rests: arrowing or sweeping over rows reads none of them.
      timer = setTimeout(() => void router.preloadRoute({ to: '/tokens/$tokenId', params: { tokenId } }).catch(ignore), intentDelayMs);
    };
    document.addEventListener('pointerover', onApproach, { passive: true });
    document.addEventListener('focusin', onApproach);
    return () => {
      active = false;
      cancel();
      clearTimeout(timer);
      document.removeEventListener('pointerover', onApproach);
      document.removeEventListener('focusin', onApproach);
    };
  }, [router, queryClient]);
}
