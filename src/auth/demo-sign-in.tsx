import { useMemo, useState, type ReactNode } from 'react';
import type { AuthClient, SignIn, SignedInAccount } from './auth-client';
import { AuthProvider } from './auth-context';

const demoAccount: SignedInAccount = { name: 'Demo Admin', username: 'admin@contoso.demo', tenantId: 'demo' };

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
    getAccessToken: async () => 'demo-access-token',
    wrap: (app) => <DemoSignIn>{app}</DemoSignIn>,
  };
}
