/**
 * Who may call. The simulator checks what Graph checks (a bearer token, and a scope that allows
 * the operation); *how* a token is verified is pluggable through `authorize`, so demo mode accepts
 * any token and a later JWT verifier can decide for real.
 */
import { GraphHttpError } from './errors.ts';

export type AuthDecision =
  | { ok: true; scopes?: string[] }
  | { ok: false; status: 401 | 403; code: string; message: string };

export type Authorize = (request: Request, bearer: string) => Promise<AuthDecision>;

/** Demo mode: any non-empty bearer token, with every scope. */
export const demoAuthorize: Authorize = async () => ({ ok: true });

/** The permissions that allow reading, and those that allow changing, one family of endpoints. */
export interface ScopeRule {
  read: readonly string[];
  write: readonly string[];
}

// Scopes may arrive bare ("DeviceManagementApps.Read.All") or as URIs ("https://graph.microsoft.com/...").
// vppTokens, its actions and functions: the facts sheet's permissions for this family of endpoints.
const TOKEN_WRITE = ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'];
export const TOKEN_SCOPES: ScopeRule = {
  read: ['DeviceManagementServiceConfig.Read.All', 'DeviceManagementApps.Read.All', ...TOKEN_WRITE],
  write: TOKEN_WRITE,
};

// mobileApps (and their assignedLicenses and revokes): the apps permissions only, so an account may
// read tokens and still be refused the apps.
export const APP_SCOPES: ScopeRule = {
  read: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  write: ['DeviceManagementApps.ReadWrite.All'],
};

// deviceManagement/auditEvents: the reference gives the apps read permission; nothing writes events.
export const AUDIT_SCOPES: ScopeRule = {
  read: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  write: [],
};

/** The bearer token, or a 401 in Graph's wording. */
export function bearerOf(request: Request): string {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const token = match?.[1]?.trim() ?? '';
  if (token === '') throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  // A client that interpolated a missing token; Graph rejects these as malformed JWTs.
  if (token === 'undefined' || token === 'null') {
    throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'IDX14100: JWT is not well formed, there are no dots (.).');
  }
  return token;
}

export async function authenticate(request: Request, authorize: Authorize): Promise<AuthDecision & { ok: true }> {
  const bearer = bearerOf(request);
  const decision = await authorize(request, bearer);
  if (!decision.ok) throw new GraphHttpError(decision.status, decision.code, decision.message);
  return decision;
}

function grants(scopes: string[], allowed: readonly string[]): boolean {
  const wanted = allowed.map((scope) => scope.toLowerCase());
  return scopes
    .flatMap((scope) => scope.split(/\s+/))
    .map((scope) => scope.toLowerCase())
    .some((scope) => wanted.some((name) => scope === name || scope.endsWith(`/${name}`)));
}

/** 403 unless the decision's scopes (when it lists any) allow a read or a write under the rule. */
export function requireScope(decision: AuthDecision & { ok: true }, rule: ScopeRule, write: boolean): void {
  if (decision.scopes === undefined) return;
  const allowed = write ? rule.write : rule.read;
  if (!grants(decision.scopes, allowed)) {
    throw new GraphHttpError(
      403,
      'Forbidden',
      `Application is not authorized to perform this operation. Application must have one of the following scopes: ${allowed.join(', ')}`,
    );
  }
}
