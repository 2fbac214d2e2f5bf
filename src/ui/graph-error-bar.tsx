import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { GraphError } from '../graph/graph-error';
import { CopyableText } from './copyable-text';

/** Every screen shows a failed Graph call through this bar, so messages read the same everywhere and always as text. */
export function GraphErrorBar({
  title,
  error,
  message: messageOverride,
  onRetry,
  actions,
}: {
  title: string;
  error: unknown;
  /** What to say instead of the error's own message (which then still supplies the code and request ID). */
  message?: string;
  onRetry?: () => void;
  actions?: ReactNode;
}) {
  const graphError = error instanceof GraphError ? error : null;
  const message = messageOverride ?? graphError?.message ?? (error instanceof Error ? error.message : 'Something went wrong.');
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {graphError && (
          <div>
            {graphError.kind === 'http' && <span>Code: <code>{graphError.code}</code> · </span>}
            {graphError.requestId && <CopyableText label="Request ID" value={graphError.requestId} />}
          </div>
        )}
      </MessageBarBody>
      {(onRetry || actions) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>Retry</Button>}
          {actions}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
