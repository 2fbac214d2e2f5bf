import { GraphError } from '../../../graph/graph-error';
import { editableTokenFields, type EditableTokenField } from './token-fields';

export const readWritePermission = 'DeviceManagementServiceConfig.ReadWrite.All';

export type SaveFailure = {
  title: string;
  message: string;
  /** What the screen offers next. */
  next: 'retry' | 'signIn' | 'readOnly' | 'deleted';
  /** The form field Graph named, to show the message beside it. */
  field?: EditableTokenField;
};

/** Turns a failed save into what the admin needs: what happened, and what to do about it. */
export function describeSaveFailure(error: unknown): SaveFailure {
  if (!(error instanceof GraphError)) {
    return { title: 'The changes were not saved', message: 'Something unexpected went wrong. Your edits are kept.', next: 'retry' };
  }
  if (error.kind === 'network') {
    return {
      title: 'The connection dropped before Graph answered',
      message: 'Your edits are kept. Check your connection, then retry; the token shows what Graph holds now.',
      next: 'retry',
    };
  }
  if (error.kind === 'timeout') {
    return {
      title: 'Graph took too long to answer',
      message: 'Your edits are kept. The change may or may not have been stored; the token shows what Graph holds now.',
      next: 'retry',
    };
  }
  switch (error.status) {
    case 400: {
      const field = editableTokenFields.find((f) => f === error.property);
      return { title: 'Graph refused the change', message: `${error.message} Correct it and save again.`, next: 'retry', field };
    }
    case 401:
      return { title: 'Your sign-in has expired', message: 'Sign in again; your edits are kept.', next: 'signIn' };
    case 403:
      return {
        title: 'You can view this token but not change it',
        message: `Your account lacks the ${readWritePermission} permission. Ask an Intune administrator to grant it.`,
        next: 'readOnly',
      };
    case 404:
      return { title: 'This token was deleted elsewhere', message: 'It no longer exists in Intune, so the changes could not be saved.', next: 'deleted' };
    case 409:
    case 412:
      return { title: 'The token changed while you were editing', message: `${error.message} Review the values shown and save again.`, next: 'retry' };
    case 429:
      return { title: 'Graph is throttling requests', message: `${error.message} Wait a moment, then retry.`, next: 'retry' };
    default:
      return {
        title: 'The changes were not saved',
        message: `${error.message} Your edits are kept: save again in a moment; if it keeps failing, give support the request ID.`,
        next: 'retry',
      };
  }
}
