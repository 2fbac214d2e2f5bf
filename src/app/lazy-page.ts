import { lazy, type ComponentType } from 'react';

export type PreloadablePage = ComponentType & { preload: () => Promise<unknown> };

/**
 * React.lazy whose chunk can be fetched before it renders, so a route the admin is about to open
 * (hover, idle time) is already there when they do.
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): PreloadablePage {
  let loading: Promise<M> | undefined;
  const preload = () => {
    // A failed fetch (a deploy replaced the chunk, the network blinked) may be tried again.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const Page = lazy(() => preload().then((module) => ({ default: pick(module) })));
  return Object.assign(Page, { preload });
}
