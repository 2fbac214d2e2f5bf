import { useHeldNavigation } from '../routing/router';
import { ConfirmDialog } from './confirm-dialog';
import { useWarnBeforeUnload } from './use-warn-before-unload';

/** While `when` holds, leaving the page (in the app or by closing the tab) asks first. */
export function LeaveGuard({ when, title, message }: { when: boolean; title: string; message: string }) {
  const held = useHeldNavigation(({ from, to }) => when && from.pathname !== to.pathname);
  useWarnBeforeUnload(when);

  return (
    <ConfirmDialog
      open={held !== null}
      title={title}
      confirmLabel="Leave"
      cancelLabel="Stay"
      onConfirm={() => held?.proceed()}
      onCancel={() => held?.cancel()}
    >
      {message}
    </ConfirmDialog>
  );
}
