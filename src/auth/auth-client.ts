import type { ReactNode } from 'react';

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

/** What components know of sign-in and may ask of it, through auth-context.tsx; React state, so they render again when it changes. */
export interface AuthClient {
  readonly kind: 'demo' | 'entra';
  /** Who is signed in: null for nobody, undefined while sign-in is still starting and nobody is known either way. */
  readonly account: SignedInAccount | null | undefined;
  /**
   * Whether the account's Graph permissions allow changing tokens: known once a token was issued,
   * undefined before. A hint for the screen; Graph still decides (a 403 on save says the same).
   */
  readonly canWrite: boolean | undefined;
  /** Why the last sign-in or sign-out did not complete, in words for the admin; null when it did. */
  readonly problem: string | null;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

/** A started sign-in, as main.tsx puts it to work before the first render. */
export type SignIn = {
  /**
   * Resolves to a bearer token for Graph, for the Graph client (outside React); signs in
   * interactively only when the session cannot be renewed silently.
   */
  getAccessToken(options?: AccessTokenOptions): Promise<string>;
  /** The app inside the providers that give its components the AuthClient. */
  wrap(app: ReactNode): ReactNode;
};

/** The error code of a Graph call made before sign-in has set an account (back from a redirect). */
export const noAccountYet = 'no_account';

/** Whether a call failed only because sign-in had not yet set an account: worth making again once it has. */
export function failedForWantOfAccount(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errorCode?: unknown }).errorCode === noAccountYet;
}
