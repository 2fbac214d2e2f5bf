import {
  BrowserCacheLocation,
  EventType,
  InteractionRequiredAuthError,
  ProtocolMode,
  PublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { EntraAuthConfig } from '../config/app-config';
import type { AuthClient, SignedInAccount } from './auth-client';

function toSignedInAccount(account: AccountInfo | null): SignedInAccount | null {
  if (!account) return null;
  return { name: account.name || account.username, username: account.username, tenantId: account.tenantId };
}

export type MsalAuth = { auth: AuthClient; instance: IPublicClientApplication };

/**
 * Creates and initializes the one PublicClientApplication, and finishes a redirect sign-in if the page
 * was loaded by one. Called once before render, so StrictMode's double effects never start a second
 * interaction.
 */
export async function createMsalAuth(config: EntraAuthConfig): Promise<MsalAuth> {
  const origin = window.location.origin;
  const instance = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities,
      redirectUri: new URL(config.redirectUri, origin).href,
      postLogoutRedirectUri: origin + '/',
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: { protocolMode: config.protocolMode === 'OIDC' ? ProtocolMode.OIDC : ProtocolMode.AAD },
  });
  await instance.initialize();
  const redirectResult = await instance.handleRedirectPromise();
  const active = redirectResult?.account ?? instance.getActiveAccount() ?? instance.getAllAccounts()[0] ?? null;
  if (active) instance.setActiveAccount(active);

  const listeners = new Set<() => void>();
  instance.addEventCallback((event) => {
    if (event.eventType === EventType.LOGIN_SUCCESS || event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) {
      const payload = event.payload as { account?: AccountInfo } | null;
      if (payload?.account) instance.setActiveAccount(payload.account);
    }
    if (
      event.eventType === EventType.LOGIN_SUCCESS ||
      event.eventType === EventType.LOGOUT_SUCCESS ||
      event.eventType === EventType.ACTIVE_ACCOUNT_CHANGED
    ) {
      listeners.forEach((listener) => listener());
    }
  });

  // useSyncExternalStore needs the same object back while nothing changed.
  let cachedAccount: { from: AccountInfo | null; value: SignedInAccount | null } = { from: null, value: null };
  const account = () => {
    const current = instance.getActiveAccount();
    if (current?.homeAccountId !== cachedAccount.from?.homeAccountId) {
      cachedAccount = { from: current, value: toSignedInAccount(current) };
    }
    return cachedAccount.value;
  };

  const loginRequest = { scopes: config.scopes, extraScopesToConsent: config.extraScopesToConsent };

  const auth: AuthClient = {
    kind: 'entra',
    account,
    async getAccessToken(options) {
      const current = instance.getActiveAccount();
      if (!current) {
        await auth.signIn();
        throw new Error('Signing in…');
      }
      try {
        const result = await instance.acquireTokenSilent({
          scopes: config.scopes,
          account: current,
          forceRefresh: options?.forceRefresh ?? false,
        });
        return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        if (config.interaction === 'popup') {
          const result = await instance.acquireTokenPopup({ scopes: config.scopes, account: current });
          return result.accessToken;
        }
        await instance.acquireTokenRedirect({ scopes: config.scopes, account: current });
        throw error;
      }
    },
    async signIn() {
      if (config.interaction === 'popup') {
        const result = await instance.loginPopup(loginRequest);
        instance.setActiveAccount(result.account);
        return;
      }
      await instance.loginRedirect(loginRequest);
    },
    async signOut() {
      const current = instance.getActiveAccount();
      if (config.interaction === 'popup') {
        await instance.logoutPopup({ account: current });
      } else {
        await instance.logoutRedirect({ account: current });
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { auth, instance };
}
