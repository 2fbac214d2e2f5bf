import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath } from '../routing/match-path';
import { paths } from '../config/paths';
import type { Preloadable } from '../ui/lazy-with-preload';
import { whenQuiet } from '../ui/when-quiet';
import { CreateTokenPage, TokenDetailPage, TokenListPage } from './route-pages';

// Most specific first: /tokens/new is not a token ID.
const pages: [pattern: string, page: Preloadable<object>][] = [
  [paths.newToken.pattern, CreateTokenPage],
  [paths.token.pattern, TokenDetailPage],
  [paths.tokens.pattern, TokenListPage],
];

const ignore = () => undefined;

/** Starts fetching the chunk of the page at `pathname`; resolves at once for a path no page answers. */
export function preloadPageFor(pathname: string): Promise<unknown> {
  const page = pages.find(([pattern]) => matchPath(pattern, pathname))?.[1];
  return page ? page.preload().catch(ignore) : Promise.resolve();
}

/**
 * Keeps navigation instant without putting other pages in the first download: every page's chunk
 * is fetched once the page on screen has loaded (see whenQuiet), and the one behind a link or a
 * token row as soon as the pointer or focus reaches it.
 */
export function usePrefetchPages(queryClient: QueryClient): void {
  useEffect(() => {
    // After the page on screen has its own chunk and its data, so the others never compete with them.
    let cancel = () => {};
    let active = true;
    void preloadPageFor(window.location.pathname).then(() => {
      if (active) cancel = whenQuiet(queryClient, () => pages.forEach(([, page]) => void page.preload().catch(ignore)));
    });
    const onApproach = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      // Token rows open the token's page; they carry its ID rather than a link.
      if (target?.closest('[data-row-id]')) return void TokenDetailPage.preload().catch(ignore);
      const link = target?.closest<HTMLAnchorElement>('a[href]');
      if (link && link.origin === window.location.origin) void preloadPageFor(link.pathname);
    };
    document.addEventListener('pointerover', onApproach, { passive: true });
    document.addEventListener('focusin', onApproach);
    return () => {
      active = false;
      cancel();
      document.removeEventListener('pointerover', onApproach);
      document.removeEventListener('focusin', onApproach);
    };
  }, [queryClient]);
}
