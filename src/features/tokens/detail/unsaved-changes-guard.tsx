import { LeaveGuard } from '../../../ui/leave-guard';

/** Asks before the admin leaves with edits that are not saved: in-app navigation and closing the tab. */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  return <LeaveGuard when={when} title="Leave without saving?" message="The changes you made to this token are not saved and will be lost." />;
}
