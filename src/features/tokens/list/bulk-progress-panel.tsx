import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import { GraphError } from '../../../graph/graph-error';
import { CopyableText } from '../../../ui/copyable-text';
import { LeaveGuard } from '../../../ui/leave-guard';
import { useBulkProgress, type BulkRun } from '../data/bulk-change';
import { describeBulkAction } from '../data/bulk-change';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '160px', overflowY: 'auto' },
});

/** How a bulk change is going, and which tokens it could not change and why. */
export function BulkProgressPanel({ run, onRetryFailed, onDismiss }: { run: BulkRun; onRetryFailed: (ids: string[]) => void; onDismiss: () => void }) {
  const styles = useStyles();
  const progress = useBulkProgress(run.id);
  const { total, done, failed, retrying, remaining, finished } = progress;
  const intent = !finished ? 'info' : failed.length > 0 ? 'warning' : 'success';
  return (
    <MessageBar intent={intent} layout="multiline" aria-label="Bulk change progress">
      <LeaveGuard
        when={!finished}
        title="Leave while tokens are still changing?"
        message="The changes not yet sent to Graph are sent only while this app stays open. Moving to another page here keeps them going; closing the tab stops them."
      />
      <MessageBarBody className={styles.panel}>
        <MessageBarTitle>{describeBulkAction(run.action)}</MessageBarTitle>
        <span role="status">
          {`${done} done, ${failed.length} failed, ${retrying} retrying, ${remaining} remaining of ${total}`}
        </span>
        {!finished && <ProgressBar value={total === 0 ? 0 : (done + failed.length) / total} aria-label="Bulk change progress" />}
        {failed.length > 0 && (
          <ul className={styles.failures} aria-label="Tokens not changed">
            {failed.map((step) => (
              <li key={step.tokenId}>
                {step.tokenName}: {step.error instanceof Error ? step.error.message : 'failed'}
                {step.error instanceof GraphError && step.error.requestId && (
                  <>
                    {' '}
                    <CopyableText label="Request ID" value={step.error.requestId} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {failed.length > 0 && finished && <Button onClick={() => onRetryFailed(failed.map((s) => s.tokenId))}>Retry failed</Button>}
        {finished && <Button onClick={onDismiss}>Dismiss</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
