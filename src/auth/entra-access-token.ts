import { InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication } from '@azure/msal-browser';
import { noAccountYet, type AccessTokenOptions } from './auth-client';

/** How the sign-in inside MsalProvider renews a session with the admin's help; resolves once MSAL's cache holds a new token. */
export type InteractiveRenewal = (account: AccountInfo) => Promise<void>;

/**
 * Graph's bearer tokens for the Graph client, which lives outside React: from MSAL's cache for the
 * active account, renewed silently when they expire. When only the admin can renew the session, the
 * sign-in inside MsalProvider (which keeps every interactive call inside the provider) asks them, and
 * the token is read from the cache once it has.
 */
export function createGraphTokens(instance: IPublicClientApplication, scopes: string[]) {
  let renewInteractively: InteractiveRenewal | undefined;
  return {
    async getAccessToken(options?: AccessTokenOptions): Promise<string> {
      const account = instance.getActiveAccount();
      if (!account) throw new InteractionRequiredAuthError(noAccountYet, '', 'Sign in to continue.');
      try {
        const result = await instance.acquireTokenSilent({ scopes, account, forceRefresh: options?.forceRefresh ?? false });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError) || !renewInteractively) throw error;
        await renewInteractively(account);
        // After a popup the cache holds the new token; after a redirect the page is already leaving.
        const result = await instance.acquireTokenSilent({ scopes, account: instance.getActiveAccount() ?? account });
        return result.accessToken;
      }
    },
    /** How to renew with the admin's help, from the sign-in inside MsalProvider while it is mounted. Returns the undo. */
    renewWith(renew: InteractiveRenewal): () => void {
      renewInteractively = renew;
      return () => {
        if (renewInteractively === renew) renewInteractively = undefined;
      };
    },
  };
}

export type GraphTokens = ReturnType<typeof createGraphTokens>;
