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
  /** Who is signed in: null for nobody, undefined while sign-in is still starting and nobody is known either way. */
  account(): SignedInAccount | null | undefined;
  /**
   * Whether the account's Graph permissions allow changing tokens: known once a token was issued,
   * undefined before. A hint for the screen; Graph still decides (a 403 on save says the same).
   */
  canWrite(): boolean | undefined;
  /** Why the last sign-in or sign-out did not complete, in words for the admin; null when it did. */
  problem(): string | null;
  /** Resolves to a bearer token for Graph, signing in interactively only when the session cannot be renewed silently. */
  getAccessToken(options?: AccessTokenOptions): Promise<string>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Calls back whenever account(), canWrite() or problem() may have changed. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
