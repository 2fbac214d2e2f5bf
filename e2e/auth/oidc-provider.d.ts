// oidc-provider ships no types; this declares only what the test provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type KoaContext = {
    method: string;
    path: string;
    query: Record<string, string | string[] | undefined>;
    querystring: string;
    status: number;
    body: unknown;
    type: string;
    req: IncomingMessage;
    res: ServerResponse;
    cookies: { get(name: string): string | undefined };
    oidc?: {
      route?: string;
      params?: Record<string, unknown>;
      client?: { clientId: string };
      session?: { accountId?: string };
      account?: { accountId: string };
    };
  };

  export type AccountClaims = Record<string, unknown> & { sub: string };
  export type Account = { accountId: string; claims(use: string, scope: string): Promise<AccountClaims> };

  export type AccessTokenLike = {
    accountId?: string;
    scope?: string;
    aud?: string | string[];
    resourceServer?: { audience?: string };
  };

  export type ResourceServerInfo = {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'jwt' | 'opaque';
    jwt?: { sign?: { alg?: string } };
  };

  export type Configuration = {
    clients?: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    scopes?: string[];
    cookies?: { keys?: string[] };
    jwks?: { keys: Record<string, unknown>[] };
    findAccount?: (ctx: KoaContext, id: string) => Promise<Account | undefined>;
    interactions?: { url?: (ctx: KoaContext, interaction: { uid: string }) => string };
    features?: Record<string, unknown>;
    ttl?: Record<string, number | ((ctx: KoaContext, token: AccessTokenLike, client: unknown) => number)>;
    issueRefreshToken?: (ctx: KoaContext, client: { grantTypeAllowed(type: string): boolean }, code: unknown) => Promise<boolean>;
    extraTokenClaims?: (ctx: KoaContext, token: AccessTokenLike) => Promise<Record<string, unknown> | undefined>;
    pkce?: { required?: () => boolean };
    renderError?: (ctx: KoaContext, out: Record<string, string>, error: Error) => Promise<void>;
    rotateRefreshToken?: boolean;
    [key: string]: unknown;
  };

  export type InteractionDetails = {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, string | undefined>;
    session?: { accountId?: string };
    grantId?: string;
  };

  export class Grant {
    constructor(init: { accountId: string; clientId: string });
    static find(id: string): Promise<Grant | undefined>;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    rejectResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    proxy: boolean;
    readonly Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): void;
  }
}
