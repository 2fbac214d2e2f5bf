import { useState } from 'react';
import { retryNotice } from './retry-notice';

type RetryingQuery = { failureCount: number; failureReason: unknown; fetchStatus: string; dataUpdatedAt: number };

/**
 * The notice to show while the list query waits to try again, or undefined. Pages that stream in
 * do not clear the query's failure count, so the notice also ends when new data arrives after the failure.
 */
export function useRetryNotice({ failureCount, failureReason, fetchStatus, dataUpdatedAt }: RetryingQuery): string | undefined {
  const [failure, setFailure] = useState({ count: failureCount, dataUpdatedAt });
  let latest = failure;
  if (failure.count !== failureCount) {
    latest = { count: failureCount, dataUpdatedAt };
    setFailure(latest);
  }
  const waiting = fetchStatus === 'fetching' && failureCount > 0 && dataUpdatedAt === latest.dataUpdatedAt;
  return waiting ? retryNotice(failureReason) : undefined;
}
