import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * Runs `run` once the browser has been idle and no read is on its way to Graph: what loads then
 * (other pages, the filters, the toaster) never competes with the data the admin is waiting for.
 * Returns a function that cancels it.
 */
export function whenQuiet(queryClient: QueryClient, run: () => void): () => void {
  let idle = false;
  let done = false;
  const stop = () => {
    done = true;
    cancelIdle();
    unsubscribe();
  };
  const check = () => {
    if (done || !idle || queryClient.isFetching() > 0) return;
    stop();
    run();
  };
  const cancelIdle = whenIdle(() => {
    idle = true;
    check();
  });
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
