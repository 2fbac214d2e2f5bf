import { createContext, useContext } from 'react';
import type { AuthClient, SignedInAccount } from './auth-client';

const AuthContext = createContext<AuthClient | null>(null);

/** Given by the sign-in in use (demo-sign-in.tsx, entra-sign-in.tsx), above the whole app. */
export const AuthProvider = AuthContext.Provider;

export function useAuthClient(): AuthClient {
  const client = useContext(AuthContext);
  if (!client) throw new Error('useAuthClient needs an <AuthProvider>.');
  return client;
}

export function useSignedInAccount(): SignedInAccount | null | undefined {
  return useAuthClient().account;
}

/**
 * False when the signed-in account can only read tokens; undefined until a token says either way,
 * and outside an <AuthProvider> (a form rendered on its own in a test simply stays editable).
 */
export function useCanWrite(): boolean | undefined {
  return useContext(AuthContext)?.canWrite;
}

export function useAuthProblem(): string | null {
  return useAuthClient().problem;
}
