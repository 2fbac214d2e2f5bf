import { isCancelledError, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { isRetryable } from '../../../graph/graph-error';
import { nextPollDelay, sleep, type PollSchedule } from '../../../graph/poll-schedule';
import { storeConfirmedToken } from './token-cache';
import { tokenQueries } from './token-queries';

export type PollResult = { done: boolean; token: VppToken | undefined };

/**
 * Re-reads a token on the schedule until `until` holds for Graph's value or the time limit passes.
 * Every read lands in the caches, so the screen follows along. A read that fails for a passing
 * reason (throttling, a dropped connection, a save cancelling it) waits for the next check.
 */
export async function pollToken(
  queryClient: QueryClient,
  graph: GraphClient,
  id: string,
  { until, schedule, signal, onRead }: { until: (token: VppToken) => boolean; schedule: PollSchedule; signal?: AbortSignal; onRead?: (token: VppToken) => void },
): Promise<PollResult> {
  const started = Date.now();
  let latest: VppToken | undefined;
  for (let attempt = 0; ; attempt++) {
    const delay = nextPollDelay(schedule, attempt, Date.now() - started);
    if (delay === undefined) return { done: false, token: latest };
    await sleep(delay, signal);
    try {
      latest = await queryClient.fetchQuery({ ...tokenQueries.detail(graph, id), staleTime: 0 });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (isCancelledError(error) || isRetryable(error)) continue;
      throw error;
    }
    storeConfirmedToken(queryClient, latest);
    onRead?.(latest);
    if (until(latest)) return { done: true, token: latest };
  }
}
