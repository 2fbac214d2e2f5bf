import { lazy, useEffect, type ComponentType } from 'react';
import { whenIdle } from './when-idle';

export type Preloadable<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * React.lazy whose chunk can be fetched before it renders, so a page or a dialog the admin is about
 * to open (hover, idle time) is already there when they do. Render it inside a Suspense boundary of
 * its own, or the nearest one above blanks out while the chunk loads.
 */
export function lazyWithPreload<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): Preloadable<P> {
  let loading: Promise<M> | undefined;
  const preload = () => {
    // A failed fetch (a deploy replaced the chunk, the network blinked) may be tried again.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const Component = lazy(() => preload().then((module) => ({ default: pick(module) })));
  return Object.assign(Component, { preload });
}

const ignore = () => undefined;

/** Fetches the chunks of `parts` once the browser is idle after the calling component mounted. */
export function usePreloadWhenIdle(...parts: { preload: () => Promise<unknown> }[]): void {
  // The parts are module-level constants; fetching once per mount is all this needs.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => whenIdle(() => parts.forEach((part) => void part.preload().catch(ignore))), []);
}
