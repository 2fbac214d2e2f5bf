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

const unknown = () => undefined;
const never = () => () => {};

/**
 * False when the signed-in account can only read tokens; undefined until a token says either way,
 * and outside an <AuthProvider> (a form rendered on its own in a test simply stays editable).
 */
export function useCanWrite(): boolean | undefined {
  const client = useContext(AuthContext);
  return useSyncExternalStore(client?.subscribe ?? never, client?.canWrite ?? unknown, client?.canWrite ?? unknown);
}

export function useAuthProblem(): string | null {
  const client = useAuthClient();
  return useSyncExternalStore(client.subscribe, client.problem, client.problem);
}
