import { useMemo, useState, type ReactNode } from 'react';
import type { AuthClient, SignIn, SignedInAccount } from './auth-client';
import { AuthProvider } from './auth-context';

export const demoAccount: SignedInAccount = { name: 'Demo Admin', username: 'admin@contoso.demo', tenantId: 'demo' };

function base64Url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * An unsigned token shaped like Entra's, so the simulator's audit log knows who made a change. The
 * simulator accepts any bearer in demo mode and never checks the signature there.
 */
const demoAccessToken = [
  base64Url({ alg: 'none', typ: 'JWT' }),
  base64Url({
    aud: 'https://graph.microsoft.com',
    tid: demoAccount.tenantId,
    name: demoAccount.name,
    upn: demoAccount.username,
    preferred_username: demoAccount.username,
    oid: '6e4b1d7a-0c3f-4a52-9b8e-2d7f1c5a9e30',
    appid: '0f6a3c2e-8b1d-4e7f-a5c9-3d2b1e0f4a68',
    app_displayname: 'VPP Console',
  }),
  '',
].join('.');

function DemoSignIn({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<SignedInAccount | null>(demoAccount);
  const client = useMemo<AuthClient>(
    () => ({
      kind: 'demo',
      account,
      canWrite: true,
      problem: null,
      signIn: async () => setAccount(demoAccount),
      signOut: async () => setAccount(null),
    }),
    [account],
  );
  return <AuthProvider value={client}>{children}</AuthProvider>;
}

/** A built-in account for the embedded simulator, which accepts any non-empty bearer token. */
export function createDemoSignIn(): SignIn {
  return {
    getAccessToken: async () => demoAccessToken,
    wrap: (app) => <DemoSignIn>{app}</DemoSignIn>,
  };
}
