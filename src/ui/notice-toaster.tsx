import { Link, Toast, ToastBody, Toaster, ToastTitle, ToastTrigger, useId, useToastController } from '@fluentui/react-components';
import { useEffect } from 'react';
import { showNotices } from './notify';

/** Fluent's toaster, showing every notice the app tells. Its own chunk: no first render needs it. */
export function NoticeToaster() {
  const toasterId = useId('notices');
  const { dispatchToast } = useToastController(toasterId);
  // After the Toaster's own effect (children's run first), so the first notices find it listening.
  useEffect(
    () =>
      showNotices(({ title, body, intent, timeout, action }) =>
        dispatchToast(
          <Toast>
            <ToastTitle
              action={
                action && (
                  <ToastTrigger>
                    <Link onClick={action.run}>{action.label}</Link>
                  </ToastTrigger>
                )
              }
            >
              {title}
            </ToastTitle>
            {body && <ToastBody>{body}</ToastBody>}
          </Toast>,
          { intent, timeout },
        ),
      ),
    [dispatchToast],
  );
  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
