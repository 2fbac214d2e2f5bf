import { Toast, ToastBody, ToastTitle, useToastController } from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { GraphError, isOutcomeUnknown } from '../../../graph/graph-error';
import { appToasterId } from '../../../ui/toaster-id';
import { useDeleteToken } from '../api/delete-token';
import { describeActionFailure } from '../model/action-failure';
import { tokenName } from '../model/token-name';

/**
 * Asking, then deleting. The outcome is told in a toast, because the admin has usually moved on
 * (the detail page returns to the list as soon as the delete is confirmed).
 */
export function useDeleteTokenAction(token: VppToken, { onConfirmed }: { onConfirmed?: () => void } = {}) {
  const name = tokenName(token);
  const { dispatchToast } = useToastController(appToasterId);
  const mutation = useDeleteToken(token.id!, {
    onSuccess: () =>
      dispatchToast(
        <Toast>
          <ToastTitle>Deleted {name}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      ),
    onError: (error) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{isOutcomeUnknown(error) ? `${name} may not have been deleted` : `${name} was not deleted`}</ToastTitle>
          <ToastBody>
            {describeActionFailure('delete', error)}
            {error instanceof GraphError && error.requestId ? ` Request ID: ${error.requestId}` : ''}
          </ToastBody>
        </Toast>,
        { intent: 'error', timeout: 15_000 },
      ),
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
