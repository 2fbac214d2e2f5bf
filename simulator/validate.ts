/**
 * What a PATCH or POST body may carry. Writable properties are type-checked strictly (a client
 * bug should fail here, not in production); server-set properties are accepted and ignored
 * because clients echo whole objects back; anything else, including a beta-only property sent
 * to v1.0, is a 400 naming the property.
 */
import type { VppTokenAccountType } from '@microsoft/microsoft-graph-types-beta';
import { badRequest, invalidProperty, invalidValue } from './errors.ts';
import type { OperationSummary } from './metadata.ts';
import { decodeTokenFile, TokenFileError, type DecodedTokenFile } from './token-file.ts';
import {
  ACCOUNT_TYPES,
  BETA_ONLY_PROPERTIES,
  ODATA_TYPE,
  SERVER_SET_PROPERTIES,
  type ApiVersion,
} from './vpp-token.ts';

export const MAX_DISPLAY_NAME = 256;

export interface WritableChanges {
  displayName?: string | null;
  appleId?: string | null;
  countryOrRegion?: string | null;
  vppTokenAccountType?: VppTokenAccountType;
  automaticallyUpdateApps?: boolean;
  dataSharingConsentGranted?: boolean;
  claimTokenManagementFromExternalMdm?: boolean;
  roleScopeTagIds?: string[];
  token?: string;
}

export interface ValidatedBody {
  changes: WritableChanges;
  /** Present when the body carried a token file. */
  tokenFile?: DecodedTokenFile;
}

type Check = (value: unknown) => string | undefined;

const nullableString: Check = (v) => (v === null || typeof v === 'string' ? undefined : 'expected a string or null.');
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'expected true or false.');

const WRITABLE: Record<keyof WritableChanges, Check> = {
  displayName: (v) => {
    if (v !== null && typeof v !== 'string') return 'expected a string or null.';
    if (typeof v === 'string' && v.length > MAX_DISPLAY_NAME) {
      return `it is ${v.length} characters long; the maximum is ${MAX_DISPLAY_NAME}.`;
    }
    return undefined;
  },
  appleId: nullableString,
  countryOrRegion: (v) => {
    if (v === null) return undefined;
    if (typeof v !== 'string') return 'expected a two-letter ISO 3166-1 country code.';
    return /^[A-Za-z]{2}$/.test(v) ? undefined : `'${v}' is not a two-letter ISO 3166-1 country code.`;
  },
  vppTokenAccountType: (v) =>
    typeof v === 'string' && (ACCOUNT_TYPES as readonly string[]).includes(v)
      ? undefined
      : `'${String(v)}' is not a member of vppTokenAccountType (${ACCOUNT_TYPES.join(', ')}).`,
  automaticallyUpdateApps: boolean,
  dataSharingConsentGranted: boolean,
  claimTokenManagementFromExternalMdm: boolean,
  roleScopeTagIds: (v) =>
    Array.isArray(v) && v.every((item) => typeof item === 'string') ? undefined : 'expected an array of strings.',
  token: (v) => (typeof v === 'string' ? undefined : 'expected the content of an Apple .vpptoken file as a string.'),
};

/** The properties a client may set, `token` (the Apple file) among them. */
export const WRITABLE_PROPERTIES: readonly string[] = Object.keys(WRITABLE);

const BETA_ONLY = new Set<string>(BETA_ONLY_PROPERTIES);

export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

export function validateTokenBody(body: unknown, version: ApiVersion): ValidatedBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object representing a microsoft.graph.vppToken.');
  }
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '@odata.type') {
      if (value !== ODATA_TYPE && value !== ODATA_TYPE.slice(1)) {
        throw invalidValue(name, `expected '${ODATA_TYPE}'.`);
      }
      continue;
    }
    // Instance annotations such as "roleScopeTagIds@odata.type" carry no data.
    if (name.includes('@')) continue;
    if (version === 'v1.0' && BETA_ONLY.has(name)) throw invalidProperty(name, version);
    if (SERVER_SET_PROPERTIES.has(name)) continue;
    const check = WRITABLE[name as keyof WritableChanges] as Check | undefined;
    if (!check) throw invalidProperty(name, version);
    const problem = check(value);
    if (problem) throw invalidValue(name, problem);
    changes[name] = value;
  }

  const result: ValidatedBody = { changes: changes as WritableChanges };
  if (typeof changes.token === 'string') {
    try {
      result.tokenFile = decodeTokenFile(changes.token);
    } catch (error) {
      if (!(error instanceof TokenFileError)) throw error;
      // Intune reports an unreadable token file inside its JSON-in-message envelope.
      throw invalidValue('token', `the VPP token could not be read: ${error.message}.`, { intune: true });
    }
  }
  return result;
}

const PARAMETER_CHECKS: Record<string, Check> = {
  'Edm.Boolean': boolean,
  'Edm.String': (v) => (typeof v === 'string' ? undefined : 'expected a string.'),
};

/**
 * An action's body against the parameters its metadata declares: nothing undeclared, each value of
 * its type, a non-nullable one present and not null. An action without parameters takes no body.
 */
export function validateParameters(op: Pick<OperationSummary, 'name' | 'parameters'>, body: unknown): void {
  const declared = op.parameters.map((p) => p.name).join(', ');
  if (body === undefined && op.parameters.every((p) => p.nullable)) return;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`The action '${op.name}' takes a JSON object with its parameters (${declared}).`);
  }
  const values = body as Record<string, unknown>;
  for (const name of Object.keys(values)) {
    if (!op.parameters.some((p) => p.name === name)) {
      throw badRequest(`Invalid parameter '${name}' for action '${op.name}'; it takes ${declared || 'no parameters'}.`);
    }
  }
  for (const parameter of op.parameters) {
    const value = values[parameter.name];
    if (value === undefined || value === null) {
      if (!parameter.nullable) throw badRequest(`The parameter '${parameter.name}' of action '${op.name}' is required and cannot be null.`);
      continue;
    }
    const check = PARAMETER_CHECKS[parameter.type];
    if (!check) throw new Error(`validateParameters: no check for parameter type ${parameter.type}`);
    const problem = check(value);
    if (problem) throw badRequest(`Invalid value for parameter '${parameter.name}' of action '${op.name}': ${problem}`);
  }
}
