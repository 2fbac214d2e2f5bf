import type { AuthClient, SignedInAccount } from './auth-client';

const demoAccount: SignedInAccount = { name: 'Demo Admin', username: 'admin@contoso.demo', tenantId: 'demo' };

/** A built-in account for the embedded simulator, which accepts any non-empty bearer token. */
export function createDemoAuth(): AuthClient {
  let account: SignedInAccount | null = demoAccount;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    kind: 'demo',
    account: () => account,
    canWrite: () => true,
    problem: () => null,
    getAccessToken: async () => 'demo-access-token',
    signIn: async () => {
      account = demoAccount;
      notify();
    },
    signOut: async () => {
      account = null;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
