import { AuthError } from '@azure/msal-browser';

/** An MSAL failure in words for the admin. */
export function describeSignInError(error: unknown): string {
  if (error instanceof AuthError) {
    switch (error.errorCode) {
      case 'user_cancelled':
        return 'Sign-in was cancelled before it finished.';
      case 'popup_window_error':
      case 'empty_window_error':
        return 'The sign-in window could not open. Allow pop-ups for this site, then sign in again.';
      case 'interaction_in_progress':
        return 'Another sign-in is still under way in this tab. Wait a moment, then try again.';
      case 'no_network_connectivity':
      case 'endpoints_resolution_error':
        return 'The sign-in service could not be reached. Check the connection (and auth.authority in config.json), then try again.';
    }
    const detail = (error.errorMessage || error.message).split(/\r?\n/)[0];
    return `Sign-in did not complete (${error.errorCode})${detail ? `: ${detail}` : '.'}`;
  }
  return `Sign-in did not complete: ${error instanceof Error ? error.message : String(error)}`;
}

/** A popup the browser would not open: the redirect always works instead. */
export function isPopupBlocked(error: unknown): boolean {
  return error instanceof AuthError && ['popup_window_error', 'empty_window_error'].includes(error.errorCode);
}
