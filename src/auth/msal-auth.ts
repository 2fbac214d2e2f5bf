import {
  AuthError,
  EventType,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type EventMessage,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { EntraAuthConfig } from '../config/app-config';
import type { AuthClient, SignedInAccount } from './auth-client';
import { deferPublicClientApplication } from './deferred-public-client';
import { allowsWrite, grantedScopes } from './granted-scopes';

function toSignedInAccount(account: AccountInfo | null): SignedInAccount | null {
  if (!account) return null;
  return { name: account.name || account.username, username: account.username, tenantId: account.tenantId || undefined };
}

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

export type MsalAuth = {
  auth: AuthClient;
  /** The one PublicClientApplication, for msal-react's MsalProvider: usable at once, MSAL's code arriving behind it. */
  instance: IPublicClientApplication;
  /** Settles once MSAL has loaded and finished any sign-in the page came back from; rejects when MSAL could not start. */
  started: Promise<void>;
};

/**
 * Creates the one PublicClientApplication and starts it: MSAL loads, initializes and finishes a
 * redirect sign-in if the page was loaded by one, while the app already renders. Called once before
 * render, so StrictMode's double effects never start a second interaction; every interaction then
 * goes through one gate per tab.
 */
export function createMsalAuth(config: EntraAuthConfig): MsalAuth {
  const instance = deferPublicClientApplication(() => import('./msal-instance').then(({ createPublicClient }) => createPublicClient(config)));

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let problem: string | null = null;
  let scopes: string[] | undefined;

  const setProblem = (next: string | null) => {
    if (next === problem) return;
    problem = next;
    notify();
  };
  const noteToken = (result: AuthenticationResult) => {
    const next = grantedScopes(result);
    if (scopes && next.join(' ') === scopes.join(' ')) return;
    scopes = next;
    notify();
  };
  const activate = (account: AccountInfo | null) => {
    if (account && account.homeAccountId !== instance.getActiveAccount()?.homeAccountId) instance.setActiveAccount(account);
  };

  const start = async () => {
    await instance.initialize();
    try {
      const result = await instance.handleRedirectPromise();
      if (result) {
        activate(result.account);
        noteToken(result);
      }
    } catch (error) {
      // The app still starts; the shell shows why and offers to sign in again.
      problem = describeSignInError(error);
    }
    activate(instance.getActiveAccount() ?? instance.getAllAccounts()[0] ?? null);
    instance.addEventCallback(followAccount);
  };

  const followAccount = (event: EventMessage) => {
    switch (event.eventType) {
      case EventType.LOGIN_SUCCESS:
      case EventType.ACQUIRE_TOKEN_SUCCESS: {
        const result = event.payload as AuthenticationResult | null;
        activate(result?.account ?? null);
        if (result?.accessToken) noteToken(result);
        break;
      }
      case EventType.LOGOUT_SUCCESS:
        scopes = undefined;
        notify();
        break;
      case EventType.ACTIVE_ACCOUNT_CHANGED:
        notify();
        break;
    }
  };

  // Until MSAL has started, nobody is known to be signed in or out: the page shows, waiting for Graph.
  let starting = true;
  const started = start().finally(() => {
    starting = false;
    notify();
  });

  // One interaction at a time in this tab: callers that need one while another runs wait for it
  // instead of starting a second (MSAL's interaction_in_progress).
  let interaction: Promise<void> | null = null;
  const interact = (run: () => Promise<void>): Promise<void> => {
    interaction ??= run().finally(() => {
      interaction = null;
    });
    return interaction;
  };
  // Back from the sign-in page through the browser's back/forward cache, the page still believes a
  // redirect is under way; a fresh load lets handleRedirectPromise clear it.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && interaction) window.location.reload();
  });

  // useSyncExternalStore needs the same object back while nothing changed.
  let cachedAccount: { from: AccountInfo | null; value: SignedInAccount | null } = { from: null, value: null };
  const account = () => {
    if (starting) return undefined;
    const current = instance.getActiveAccount();
    if (current?.homeAccountId !== cachedAccount.from?.homeAccountId) {
      cachedAccount = { from: current, value: toSignedInAccount(current) };
    }
    return cachedAccount.value;
  };

  const loginRequest = { scopes: config.scopes, extraScopesToConsent: config.extraScopesToConsent };
  const popupBlocked = (error: unknown) => error instanceof AuthError && ['popup_window_error', 'empty_window_error'].includes(error.errorCode);

  /** Interactive token for an account whose session can no longer be renewed silently. */
  async function renewInteractively(current: AccountInfo): Promise<void> {
    const request = { scopes: config.scopes, account: current };
    if (config.interaction === 'popup') {
      try {
        const result = await instance.acquireTokenPopup(request);
        noteToken(result);
        return;
      } catch (error) {
        // A popup opened outside a click is usually blocked; the redirect always works.
        if (!popupBlocked(error)) throw error;
      }
    }
    await instance.acquireTokenRedirect(request);
  }

  const auth: AuthClient = {
    kind: 'entra',
    account,
    canWrite: () => (scopes === undefined ? undefined : allowsWrite(scopes)),
    problem: () => problem,
    async getAccessToken(options) {
      await started;
      const current = instance.getActiveAccount();
      if (!current) throw new InteractionRequiredAuthError('no_account', 'Sign in to continue.');
      try {
        const result = await instance.acquireTokenSilent({ scopes: config.scopes, account: current, forceRefresh: options?.forceRefresh ?? false });
        noteToken(result);
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        await interact(() => renewInteractively(current));
        // After a popup the cache holds the new token; after a redirect the page is already leaving.
        const result = await instance.acquireTokenSilent({ scopes: config.scopes, account: instance.getActiveAccount() ?? current });
        return result.accessToken;
      }
    },
    signIn: () =>
      interact(async () => {
        await started;
        setProblem(null);
        try {
          if (config.interaction === 'popup') {
            const result = await instance.loginPopup(loginRequest);
            activate(result.account);
            noteToken(result);
          } else {
            await instance.loginRedirect(loginRequest);
          }
        } catch (error) {
          setProblem(describeSignInError(error));
        }
      }),
    signOut: () =>
      interact(async () => {
        await started;
        setProblem(null);
        const current = instance.getActiveAccount();
        // OpenID providers other than Entra honour post_logout_redirect_uri only with an id_token_hint.
        const request = { account: current, idTokenHint: current?.idToken };
        try {
          if (config.interaction === 'popup') {
            await instance.logoutPopup(request);
          } else {
            await instance.logoutRedirect(request);
          }
        } catch (error) {
          setProblem(describeSignInError(error));
        }
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { auth, instance, started };
}
