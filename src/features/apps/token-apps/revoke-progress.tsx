import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { isOutcomeUnknown } from '../../../graph/graph-error';
import { formatCount } from '../../../ui/format-count';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { describeRevokeRequestFailure } from '../model/apps-problems';
import type { RevokeOutcome, RevokeRequest } from '../data/revoke-licenses';

/** Where the latest revoke stands, from Graph's answer to Apple's. */
export function RevokeProgress({
  mutation,
}: {
  mutation: { isPending: boolean; isError: boolean; error: unknown; data: RevokeOutcome | undefined; variables: RevokeRequest | undefined };
}) {
  if (mutation.isPending) return <Spinner size="small" label="Revoking: waiting for Apple to free the licenses…" />;
  if (mutation.isError) {
    const scope = mutation.variables?.scope === 'token' ? 'token' : 'app';
    // No answer is no refusal: Apple may be freeing the licenses all the same.
    if (isOutcomeUnknown(mutation.error)) {
      return (
        <GraphErrorBar
          title="The revoke may have started"
          error={mutation.error}
          message={`${mutation.error instanceof Error ? mutation.error.message : ''} The counts here are read again and show what Graph holds; revoke again if they do not fall.`}
        />
      );
    }
    return <GraphErrorBar title="The revoke was not started" error={mutation.error} message={describeRevokeRequestFailure(mutation.error, scope)} />;
  }
  const outcome = mutation.data;
  if (!outcome) return null;
  switch (outcome.state) {
    case 'done':
      return (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Licenses revoked: Graph shows them free.</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The revoke failed</MessageBarTitle>
            {outcome.reason}
            {outcome.failedLicenses !== undefined && ` ${formatCount(outcome.failedLicenses)} licenses are still assigned.`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'stillRunning':
      return (
        <MessageBar intent="warning" role="status" layout="multiline">
          <MessageBarBody>
            Apple has not finished after five minutes. The revoke goes on; the counts here follow when Graph shows them.
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
