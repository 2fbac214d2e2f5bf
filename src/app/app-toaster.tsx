import { Toaster } from '@fluentui/react-components';
import { appToasterId } from '../ui/toaster-id';

/** Loaded after the first render: no toast can be due before the admin has done something. */
export function AppToaster() {
  return <Toaster toasterId={appToasterId} position="bottom-end" />;
}
