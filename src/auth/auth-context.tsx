import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthClient } from './auth-client';

const AuthContext = createContext<AuthClient | null>(null);

export function AuthProvider({ client, children }: { client: AuthClient; children: ReactNode }) {
  return <AuthContext.Provider value={client}>{children}</AuthContext.Provider>;
}

export function useAuthClient(): AuthClient {
  const client = useContext(AuthContext);
  if (!client) throw new Error('useAuthClient needs an <AuthProvider>.');
  return client;
}

export function useSignedInAccount() {
  const client = useAuthClient();
  return useSyncExternalStore(client.subscribe, client.account, client.account);
}
