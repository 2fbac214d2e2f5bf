import { useQueryClient } from '@tanstack/react-query';
import { createElement, lazy, useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import { whenQuiet } from './when-quiet';

export type Preloadable<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * React.lazy whose chunk can be fetched before it renders, so a page or a dialog the admin is about
 * to open (hover, idle time) is already there when they do, and then renders at once: React.lazy
 * alone would still suspend once, and React holds a Suspense fallback for at least 300 ms. Render it
 * inside a Suspense boundary of its own, or the nearest one above blanks out while the chunk loads.
 */
export function lazyWithPreload<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): Preloadable<P> {
  const module = lateModule(load);
  const Lazy = lazy(() => module.preload().then((arrived) => ({ default: pick(arrived) })));
  function Preloaded(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount it.
    const [Component] = useState(() => {
      const arrived = module.current();
      return arrived ? pick(arrived) : Lazy;
    });
    return createElement(Component, props);
  }
  return Object.assign(Preloaded, { preload: module.preload });
}

const ignore = () => undefined;

/** Fetches the chunks of `parts` once it is quiet (see whenQuiet) after the calling component mounted. */
export function usePreloadWhenQuiet(...parts: { preload: () => Promise<unknown> }[]): void {
  const queryClient = useQueryClient();
  // The parts are module-level constants; fetching once per mount is all this needs.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => whenQuiet(queryClient, () => parts.forEach((part) => void part.preload().catch(ignore))), [queryClient]);
}

/** A module fetched on demand that the screen does without until it is here (see useArrived). */
export type LateModule<M> = {
  preload: () => Promise<M>;
  /** The module once it has arrived. */
  current: () => M | undefined;
  subscribe: (listener: () => void) => () => void;
};

export function lateModule<M>(load: () => Promise<M>): LateModule<M> {
  let arrived: M | undefined;
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  return {
    preload: () =>
      (loading ??= load().then(
        (module) => {
          arrived = module;
          listeners.forEach((listener) => listener());
          return module;
        },
        (error: unknown) => {
          // Tried again by the next screen that asks.
          loading = undefined;
          throw error;
        },
      )),
    current: () => arrived,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Asks for `module` once the calling component mounts (or once `ask` turns true) and answers it once
 * it has arrived: unlike React.lazy nothing suspends, so what is shown meanwhile is the component's
 * own choice, and whatever renders after the arrival has the module from its first render.
 */
export function useArrived<M>(module: LateModule<M>, ask = true): M | undefined {
  useEffect(() => {
    if (ask) void module.preload().catch(ignore);
  }, [module, ask]);
  return useSyncExternalStore(module.subscribe, module.current, module.current);
}
