import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import { GraphError } from '../../../graph/graph-error';
import { graphTries, retryDelayMs } from '../../../graph/retry';
import { useNow } from '../../../ui/use-now';
import type { PendingSave } from '../data/update-token';

/** While Graph throttles or is busy, a save waits and tries again; this says so, with the seconds left. */
export function RetryNotice({ pending }: { pending: PendingSave[] }) {
  const retrying = pending.find((save) => save.failureCount > 0);
  const now = useNow(250);
  const retryAt = useMemo(
    // Captured once per failure: the countdown starts when the failure is seen.
    // eslint-disable-next-line react-hooks/purity
    () => (retrying ? Date.now() + retryDelayMs(retrying.failureCount, retrying.failureReason) : 0),
    [retrying?.failureCount, retrying?.submittedAt], // eslint-disable-line react-hooks/exhaustive-deps
  );
  if (!retrying) {
    return pending.length > 0 ? <Spinner size="tiny" label="Saving…" labelPosition="after" /> : null;
  }
  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
  const reason = retrying.failureReason instanceof GraphError && retrying.failureReason.status === 429 ? 'Graph asked us to slow down' : 'Graph is busy';
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>
        {reason}: retrying in {seconds} s (attempt {retrying.failureCount + 1} of {graphTries}). Your changes are shown and kept.
      </MessageBarBody>
    </MessageBar>
  );
}
