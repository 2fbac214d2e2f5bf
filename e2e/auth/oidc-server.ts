/**
 * A real OpenID provider (oidc-provider) on loopback over https, standing in for Entra ID in the
 * sign-in tests. MSAL talks to it exactly as it would to login.microsoftonline.com: discovery,
 * authorization code with PKCE, refresh tokens, end-session. What is test-only is the absence of
 * screens: the user a test picked (cookie `e2e_user`, admin by default) is logged in and consents
 * without a form.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContext } from 'oidc-provider';
import { keepIdleConnections } from '../../simulator/idle-connections.ts';
import { graphResource, isTestUserKey, readScope, readWriteScope, testTenantId, testUsers, userCookie, type TestUser } from './test-users';

export type OidcServerSettings = {
  /** Lifetime of new access tokens; the renewal test shortens it. */
  accessTokenTtlSeconds: number;
};

export type OidcServerOptions = {
  port: number;
  tls: { key: string; cert: string };
  /** A private RSA JWK with a `kid`; kept stable so verifiers never hold a stale key. */
  signingKey: Record<string, unknown>;
  clientId: string;
  /** The apps' origins: each one's bridge page is its redirect URI, for sign-in and sign-out alike. */
  appOrigins: string[];
  settings?: Partial<OidcServerSettings>;
};

export type OidcServer = {
  issuer: string;
  close(): Promise<void>;
};

export const defaultSettings: OidcServerSettings = { accessTokenTtlSeconds: 3600 };

const graphScopeUris = [readWriteScope, readScope].map((scope) => `${graphResource}/${scope}`);

function userById(id: string | undefined): TestUser | undefined {
  return Object.values(testUsers).find((user) => user.id === id);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function requestedScopes(params: Record<string, unknown> | undefined): string[] {
  const scope = params?.scope;
  return typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [];
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const issuer = `https://localhost:${options.port}`;
  const settings: OidcServerSettings = { ...defaultSettings, ...options.settings };
  const grantIds = new Set<string>();

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_name: 'VPP Console (tests)',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.appOrigins.map((origin) => `${origin}/redirect.html`),
        // Sign-out returns through the bridge page too, so it is the only URI registered, as in Entra.
        post_logout_redirect_uris: options.appOrigins.map((origin) => `${origin}/redirect.html`),
      },
    ],
    // Entra's ID token carries tid and oid; MSAL reads the tenant from tid.
    claims: { openid: ['sub', 'tid', 'oid'], profile: ['name', 'preferred_username'] },
    scopes: ['openid', 'profile', 'offline_access'],
    cookies: { keys: ['e2e-only-not-a-secret'] },
    jwks: { keys: [options.signingKey] },
    pkce: { required: () => true },
    // MSAL calls the token endpoint from the app's origin.
    clientBasedCORS: (_ctx: KoaContext, origin: string) => options.appOrigins.includes(origin),
    async findAccount(_ctx, id) {
      const user = userById(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, oid: id, tid: testTenantId, name: user.name, preferred_username: user.username }),
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // MSAL names the API only inside its scopes (https://graph.microsoft.com/X), as Entra expects.
        async defaultResource(ctx: KoaContext, _client: unknown, oneOf?: string | string[]) {
          if (oneOf) return Array.isArray(oneOf) ? oneOf[0] : oneOf;
          return requestedScopes(ctx.oidc?.params).some((scope) => scope.startsWith(`${graphResource}/`)) ? graphResource : undefined;
        },
        useGrantedResource: async () => true,
        async getResourceServerInfo(_ctx: KoaContext, resource: string) {
          if (resource !== graphResource) throw new Error(`unknown resource ${resource}`);
          return {
            scope: graphScopeUris.join(' '),
            audience: graphResource,
            accessTokenFormat: 'jwt',
            accessTokenTTL: settings.accessTokenTtlSeconds,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        async postLogoutSuccessSource(ctx: KoaContext) {
          ctx.type = 'html';
          ctx.body = '<!doctype html><title>Signed out</title><h1>Signed out of the test provider</h1>';
        },
        // Confirms the sign-out at once: the form carries its xsrf token, and logout=yes ends the session here too.
        async logoutSource(ctx: KoaContext, form: string) {
          ctx.type = 'html';
          ctx.body = `<!doctype html><title>Signing out</title>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}<script>document.forms[0].submit()</script>`;
        },
      },
    },
    // MSAL never sends prompt=consent, which oidc-provider wants before it honours offline_access;
    // Entra hands SPAs a refresh token anyway, so this provider does too.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Entra lists every Graph permission the user was granted in `scp`, by bare name.
    async extraTokenClaims(_ctx, token) {
      const user = userById(token.accountId);
      if (!user) return undefined;
      return { scp: user.graphScopes.join(' '), tid: testTenantId, oid: user.id, name: user.name, preferred_username: user.username };
    },
    ttl: {
      AccessToken: () => settings.accessTokenTtlSeconds,
      IdToken: 3600,
      RefreshToken: 24 * 3600,
      Session: 24 * 3600,
      Interaction: 600,
      Grant: 24 * 3600,
    },
    async renderError(ctx, out) {
      ctx.type = 'text';
      ctx.body = `OpenID provider error: ${JSON.stringify(out)}`;
    },
  };

  const provider = new Provider(issuer, configuration);

  // MSAL asks for offline_access but never for prompt=consent, without which oidc-provider drops
  // offline_access (and the refresh token then lacks a scope MSAL asks for). Adding consent, except
  // to silent prompt=none requests, keeps it; the consent itself is automatic below.
  provider.use(async (ctx, next) => {
    if (ctx.method === 'GET' && ctx.path === '/auth') {
      const query = new URLSearchParams(ctx.querystring);
      const prompts = new Set((query.get('prompt') ?? '').split(' ').filter(Boolean));
      if ((query.get('scope') ?? '').split(' ').includes('offline_access') && !prompts.has('none')) {
        prompts.add('consent');
        query.set('prompt', [...prompts].join(' '));
        ctx.querystring = query.toString();
      }
    }
    await next();
  });

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const picked = cookieValue(req, userCookie);
      const user = isTestUserKey(picked) ? testUsers[picked] : testUsers.admin;
      await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
      return;
    }
    if (details.prompt.name === 'consent') {
      const accountId = details.session?.accountId;
      const user = userById(accountId);
      if (!accountId || !user) throw new Error('consent without a signed-in test user');
      const grant = (details.grantId && (await provider.Grant.find(details.grantId))) || new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      const scopes = requestedScopes(details.params);
      const oidcScopes = scopes.filter((scope) => ['openid', 'profile', 'offline_access'].includes(scope));
      if (oidcScopes.length) grant.addOIDCScope(oidcScopes.join(' '));
      // Graph permissions the user holds are granted, the others refused (encountered, so no loop).
      for (const scope of scopes.filter((s) => s.startsWith(`${graphResource}/`))) {
        if ((user.graphScopes as readonly string[]).includes(scope.slice(graphResource.length + 1))) grant.addResourceScope(graphResource, scope);
        else grant.rejectResourceScope(graphResource, scope);
      }
      const grantId = await grant.save();
      grantIds.add(grantId);
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    throw new Error(`the test provider has no screen for prompt ${details.prompt.name}`);
  }

  /** Test controls: settings, and revoking every grant (so refresh tokens stop working). */
  async function control(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === '/_test/settings') {
      if (req.method === 'POST') Object.assign(settings, (await readJson(req)) as Partial<OidcServerSettings>);
      sendJson(res, 200, settings);
      return;
    }
    if (path === '/_test/revoke' && req.method === 'POST') {
      for (const id of grantIds) await (await provider.Grant.find(id))?.destroy();
      grantIds.clear();
      sendJson(res, 200, { revoked: true });
      return;
    }
    if (path === '/_test/reset' && req.method === 'POST') {
      Object.assign(settings, defaultSettings, options.settings);
      sendJson(res, 200, settings);
      return;
    }
    sendJson(res, 404, { error: 'unknown test control' });
  }

  const handle = provider.callback();
  const server: Server = createServer({ key: options.tls.key, cert: options.tls.cert }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path.startsWith('/interaction/') ? interaction(req, res) : path.startsWith('/_test/') ? control(req, res, path) : Promise.resolve(handle(req, res));
    work.catch((error: unknown) => {
      console.error('test OpenID provider:', error);
      if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      else res.end();
    });
  });
  keepIdleConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', () => resolve());
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
