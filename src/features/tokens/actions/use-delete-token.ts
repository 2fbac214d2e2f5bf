import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { GraphError, isOutcomeUnknown } from '../../../graph/graph-error';
import { notify } from '../../../ui/notify';
import { useDeleteToken } from '../data/delete-token';
import { describeActionFailure } from '../model/action-failure';
import { tokenName } from '../model/token-name';

/**
 * Asking, then deleting. The outcome is told in a toast, because the admin has usually moved on
 * (the detail page returns to the list as soon as the delete is confirmed).
 */
export function useDeleteTokenAction(token: VppToken, { onConfirmed }: { onConfirmed?: () => void } = {}) {
  const name = tokenName(token);
  const mutation = useDeleteToken(token.id!, {
    onSuccess: () => notify({ title: `Deleted ${name}`, intent: 'success' }),
    onError: (error) =>
      notify({
        title: isOutcomeUnknown(error) ? `${name} may not have been deleted` : `${name} was not deleted`,
        body: `${describeActionFailure('delete', error)}${error instanceof GraphError && error.requestId ? ` Request ID: ${error.requestId}` : ''}`,
        intent: 'error',
        timeout: 15_000,
      }),
  });
  const [asking, setAsking] = useState(false);
  return {
    asking,
    ask: () => setAsking(true),
    cancel: () => setAsking(false),
    confirm: () => {
      setAsking(false);
      mutation.mutate();
      onConfirmed?.();
    },
  };
}
