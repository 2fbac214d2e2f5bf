import { QueryClient } from '@tanstack/react-query';
import { retryDelayMs, shouldRetryRead, shouldRetryWrite } from '../graph/retry';

export function createAppQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryRead,
        retryDelay: retryDelayMs,
        refetchOnWindowFocus: true,
        // A route's loader starts its page's read before the page mounts (app/router.tsx). One that
        // failed there is shown as failed, with Retry, rather than read again by the page mounting:
        // otherwise a failure would show or not depending on which came first. The next visit to
        // the page reads again through its loader.
        retryOnMount: false,
      },
      mutations: { retry: shouldRetryWrite, retryDelay: retryDelayMs },
    },
  });
}
