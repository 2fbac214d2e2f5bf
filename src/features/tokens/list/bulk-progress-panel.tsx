import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { GraphError } from '../../../graph/graph-error';
import { CopyableText } from '../../../ui/copyable-text';
import { LeaveGuard } from '../../../ui/leave-guard';
import { useBulkProgress, type BulkRun } from '../data/bulk-change';
import { describeBulkAction } from '../data/bulk-change';

const undoWindowMs = 10_000;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '160px', overflowY: 'auto' },
});

/** How a bulk change is going, and which tokens it could not change and why. */
export function BulkProgressPanel({
  run,
  onRetryFailed,
  onUndo,
  onDismiss,
}: {
  run: BulkRun;
  onRetryFailed: (ids: string[]) => void;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const progress = useBulkProgress(run.id);
  const { total, done, failed, retrying, remaining, finished } = progress;
  // Undo is offered for 10 seconds once an edit has finished, as a save's notice offers it.
  const [undoClosed, closeUndo] = useState(false);
  const undoable = finished && run.action.kind === 'edit' && done > 0;
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => closeUndo(true), undoWindowMs);
    return () => clearTimeout(timer);
  }, [undoable]);
  const offeringUndo = undoable && !undoClosed;
  const notUndone = run.action.kind === 'undo' ? run.action.notUndone : [];
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
        {notUndone.length > 0 && (
          <>
            <span>{`${notUndone.length} ${notUndone.length === 1 ? 'token' : 'tokens'} could not be undone:`}</span>
            <ul className={styles.failures} aria-label="Tokens not undone">
              {notUndone.map((item, index) => (
                <li key={index}>
                  {item.tokenName}: {item.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {offeringUndo && undoable && (
          <Button
            onClick={() => {
              closeUndo(true);
              onUndo();
            }}
          >
            Undo
          </Button>
        )}
        {failed.length > 0 && finished && run.action.kind !== 'undo' && <Button onClick={() => onRetryFailed(failed.map((s) => s.tokenId))}>Retry failed</Button>}
        {finished && <Button onClick={onDismiss}>Dismiss</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
