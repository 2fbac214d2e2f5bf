import { isOutcomeUnknown } from '../../../graph/graph-error';
import type { SyncOutcome } from '../data/sync-token';
import { describeActionFailure } from '../model/action-failure';
import { syncPolling } from '../../../graph/poll-schedule';

const limitMinutes = syncPolling.timeLimitMs / 60_000;

/** What a finished wait for a sync tells the admin. */
export function describeSyncOutcome({ result }: SyncOutcome): { title: string; message: string } {
  switch (result) {
    case 'completed':
      return { title: 'Licenses synced', message: "Intune has this token's apps and licenses from Apple as of now." };
    case 'failed':
      return {
        title: 'The sync failed',
        message: 'Intune reports that the sync with Apple failed. Check the token in Apple Business Manager, then sync again.',
      };
    case 'stillSyncing':
      return {
        title: 'Still syncing',
        message: `Apple is still syncing after ${limitMinutes} minutes, which can happen with many apps. Refresh the token later to see the result.`,
      };
  }
}

/** The sync could not even be started: what Graph said, and what to do about it. */
export function describeSyncError(error: unknown): { title: string; message: string } {
  return { title: isOutcomeUnknown(error) ? 'The sync may not have started' : 'The sync could not be started', message: describeActionFailure('sync', error) };
}
