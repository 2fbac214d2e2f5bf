import { QueryClient } from '@tanstack/react-query';
import { retryDelayMs, shouldRetryRead, shouldRetryWrite } from '../graph/retry';

export function createAppQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetryRead, retryDelay: retryDelayMs, refetchOnWindowFocus: true },
      mutations: { retry: shouldRetryWrite, retryDelay: retryDelayMs },
    },
  });
}
