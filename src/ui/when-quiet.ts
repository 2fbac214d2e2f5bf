import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * How long late parts wait for quiet at most: while Graph keeps a read waiting (a 429 or 503 with a
 * long Retry-After, a slow tenant), the filters, toaster and focus manager must not wait with it.
 */
export const quietAtMostMs = 4000;

/**
 * Runs `run` once the browser has been idle and no read is on its way to Graph, or after
 * `quietAtMostMs` whatever happens: what loads then (other pages, the filters, the toaster) does not
 * compete with the data the admin is waiting for. Returns a function that cancels it.
 */
export function whenQuiet(queryClient: QueryClient, run: () => void): () => void {
  let idle = false;
  let done = false;
  const stop = () => {
    done = true;
    cancelIdle();
    clearTimeout(deadline);
    unsubscribe();
  };
  const go = () => {
    stop();
    run();
  };
  const check = () => {
    if (!done && idle && queryClient.isFetching() === 0) go();
  };
  const cancelIdle = whenIdle(() => {
    idle = true;
    check();
  });
  const deadline = setTimeout(() => done || go(), quietAtMostMs);
  const unsubscribe = queryClient.getQueryCache().subscribe(check);
  return stop;
}

/** False until it has been quiet (see whenQuiet) since the calling component mounted, then true for good. */
export function useQuiet(): boolean {
  const queryClient = useQueryClient();
  const [quiet, setQuiet] = useState(false);
  useEffect(() => whenQuiet(queryClient, () => setQuiet(true)), [queryClient]);
  return quiet;
}
