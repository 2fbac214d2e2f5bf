import { AuthError, BrowserAuthError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { describeSignInError, isPopupBlocked } from './sign-in-error';

describe('sign-in failures in words for the admin', () => {
  it('names what to do for the failures an admin can act on', () => {
    expect(describeSignInError(new BrowserAuthError('user_cancelled', 'correlation'))).toBe('Sign-in was cancelled before it finished.');
    expect(describeSignInError(new BrowserAuthError('popup_window_error', 'correlation'))).toMatch(/Allow pop-ups for this site/);
    expect(describeSignInError(new BrowserAuthError('no_network_connectivity', 'correlation'))).toMatch(/auth\.authority in config\.json/);
  });

  it('passes on the provider’s code and the first line of its reason otherwise', () => {
    expect(describeSignInError(new AuthError('access_denied', 'correlation', 'The administrator has not granted this app access.\nTrace ID: 1'))).toBe(
      'Sign-in did not complete (access_denied): The administrator has not granted this app access.',
    );
    expect(describeSignInError(new Error('chunk failed'))).toBe('Sign-in did not complete: chunk failed');
  });

  it('knows a popup the browser would not open', () => {
    expect(isPopupBlocked(new BrowserAuthError('empty_window_error', 'correlation'))).toBe(true);
    expect(isPopupBlocked(new BrowserAuthError('user_cancelled', 'correlation'))).toBe(false);
    expect(isPopupBlocked(new Error('popup_window_error'))).toBe(false);
  });
});
