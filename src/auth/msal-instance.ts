import { BrowserCacheLocation, EventType, ProtocolMode, PublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';
import type { EntraAuthConfig } from '../config/app-config';

/**
 * The one PublicClientApplication, configured for this app and initialized, as msal-react's
 * MsalProvider wants it before the first render. Rejects when MSAL refuses the configuration.
 */
export async function startPublicClient(config: EntraAuthConfig): Promise<PublicClientApplication> {
  const redirectUri = new URL(config.redirectUri, window.location.origin).href;
  const instance = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities,
      redirectUri,
      // Sign-out comes back through the bridge too, which lands on the home page with a clean URL.
      postLogoutRedirectUri: redirectUri,
    },
    // Per tab, gone with the tab: a shared admin workstation keeps no Graph tokens around.
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: {
      protocolMode: config.protocolMode === 'OIDC' ? ProtocolMode.OIDC : ProtocolMode.AAD,
      ...(config.tokenRenewalOffsetSeconds === undefined ? {} : { tokenRenewalOffsetSeconds: config.tokenRenewalOffsetSeconds }),
    },
  });
  await instance.initialize();
  // Every token is for the active account, and msal-react's useAccount shows it: the account in
  // this tab's session, then whoever signs in (MsalProvider finishes a redirect sign-in after this).
  const [inSession] = instance.getAllAccounts();
  if (!instance.getActiveAccount() && inSession) instance.setActiveAccount(inSession);
  instance.addEventCallback(
    (event) => {
      const { account } = event.payload as AuthenticationResult;
      if (account && account.homeAccountId !== instance.getActiveAccount()?.homeAccountId) instance.setActiveAccount(account);
    },
    [EventType.ACQUIRE_TOKEN_SUCCESS],
  );
  return instance;
}
