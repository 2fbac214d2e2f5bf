import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { Link } from '@tanstack/react-router';
import { GraphError } from '../../../graph/graph-error';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { useLatestSync, useSyncLicenses } from '../data/sync-token';
import { describeSyncError, describeSyncOutcome } from './sync-messages';

/** The latest sync of a token: under way, done, failed with Graph's message, or still going at the time limit. */
export function SyncStatus({ tokenId }: { tokenId: string }) {
  const latest = useLatestSync(tokenId);
  const sync = useSyncLicenses(tokenId);
  const retry = () => sync.mutate();
  switch (latest.status) {
    case 'idle':
      return null;
    case 'pending':
      return (
        <div role="status">
          <Spinner size="small" labelPosition="after" label="Syncing licenses with Apple… This can take a minute." />
        </div>
      );
    case 'error': {
      const { title, message } = describeSyncError(latest.error);
      const gone = latest.error instanceof GraphError && latest.error.kind === 'http' && latest.error.status === 404;
      return (
        <GraphErrorBar
          title={title}
          error={latest.error}
          message={message}
          onRetry={gone ? undefined : retry}
          actions={gone ? <Link to="/">Back to the VPP tokens</Link> : undefined}
        />
      );
    }
    case 'success': {
      const { title, message } = describeSyncOutcome(latest.outcome);
      if (latest.outcome.result === 'failed') return <GraphErrorBar title={title} error={null} message={message} onRetry={retry} />;
      return (
        <MessageBar intent={latest.outcome.result === 'completed' ? 'success' : 'warning'} role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
