import { BrowserCacheLocation, ProtocolMode, PublicClientApplication } from '@azure/msal-browser';
import type { EntraAuthConfig } from '../config/app-config';

/** MSAL itself, configured for this app: its own chunk, loaded beside the first render rather than before it. */
export function createPublicClient(config: EntraAuthConfig): PublicClientApplication {
  const redirectUri = new URL(config.redirectUri, window.location.origin).href;
  return new PublicClientApplication({
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
}
