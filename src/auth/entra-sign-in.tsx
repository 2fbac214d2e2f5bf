import { MsalProvider } from '@azure/msal-react';
import type { ReactNode } from 'react';
import type { EntraAuthConfig } from '../config/app-config';
import { createMsalAuth } from './msal-auth';

/**
 * Entra sign-in for the app: the sign-in seam, and msal-react's provider over the same instance, so
 * any component can use MSAL's own hooks (useMsal, useIsAuthenticated) from the first frame, in
 * 'startup' until MSAL has started.
 */
export function createEntraSignIn(config: EntraAuthConfig) {
  const { auth, instance, started } = createMsalAuth(config);
  return { auth, started, wrap: (app: ReactNode) => <MsalProvider instance={instance}>{app}</MsalProvider> };
}
