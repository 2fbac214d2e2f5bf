import { useBlocker, type ShouldBlockFn } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { addLeaveQuestion, leavingAgreed } from './leave-questions';

// Only another page loses the work: a new search or hash on this one does not.
const toAnotherPage: ShouldBlockFn = ({ current, next }) => current.pathname !== next.pathname;
// Closing or reloading the tab always leaves the page; it asks unless the admin already agreed to leave.
const unloadAsks = () => !leavingAgreed();

/**
 * While `when` holds, leaving the page asks first: a link, Back, Forward or any move through history
 * (the router's blocker), closing or reloading the tab (the browser words that question), and
 * signing out (leave-questions.ts).
 */
export function LeaveGuard({ when, title, message }: { when: boolean; title: string; message: string }) {
  const blocker = useBlocker({ shouldBlockFn: toAnotherPage, enableBeforeUnload: unloadAsks, disabled: !when, withResolver: true });
  const [asked, setAsked] = useState(false);
  const answerQuestion = useRef<((leave: boolean) => void) | undefined>(undefined);
  useEffect(() => {
    if (!when) return;
    const remove = addLeaveQuestion(
      () =>
        new Promise<boolean>((resolve) => {
          answerQuestion.current = resolve;
          setAsked(true);
        }),
    );
    return () => {
      remove();
      // Nothing is left to lose: a question still open is answered for the admin.
      answerQuestion.current?.(true);
      answerQuestion.current = undefined;
      setAsked(false);
    };
  }, [when]);

  const answer = (leave: boolean) => {
    if (blocker.status === 'blocked') {
      if (leave) blocker.proceed();
      else blocker.reset();
    }
    answerQuestion.current?.(leave);
    answerQuestion.current = undefined;
    setAsked(false);
  };

  return (
    <ConfirmDialog
      open={blocker.status === 'blocked' || asked}
      title={title}
      confirmLabel="Leave"
      cancelLabel="Stay"
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    >
      {message}
    </ConfirmDialog>
  );
}
