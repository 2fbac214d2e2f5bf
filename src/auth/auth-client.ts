/** The one seam between the app and whoever signs the admin in (MSAL in production, a demo account otherwise). */
export type SignedInAccount = {
  name: string;
  username: string;
  tenantId?: string;
};

export type AccessTokenOptions = {
  /** Skip any cached token: used once after Graph answers 401. */
  forceRefresh?: boolean;
};

export interface AuthClient {
  readonly kind: 'demo' | 'entra';
  account(): SignedInAccount | null;
  /** Resolves to a bearer token for Graph, signing in interactively only when the session cannot be renewed silently. */
  getAccessToken(options?: AccessTokenOptions): Promise<string>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Calls back whenever account() may have changed. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
