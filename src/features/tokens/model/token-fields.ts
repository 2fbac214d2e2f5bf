import type { VppToken } from '@microsoft/microsoft-graph-types-beta';

/** The account types the form offers. */
export const knownAccountTypes = ['business', 'education'] as const;

/** The properties an admin edits, in the order the admin center's form shows them. */
export const editableTokenFields = [
  'displayName',
  'appleId',
  'countryOrRegion',
  'vppTokenAccountType',
  'automaticallyUpdateApps',
  'dataSharingConsentGranted',
  'claimTokenManagementFromExternalMdm',
  'roleScopeTagIds',
] as const;

export type EditableTokenField = (typeof editableTokenFields)[number];

/** The edit form's values: every field present and non-null, so the form never juggles nulls. */
export type TokenEdits = {
  displayName: string;
  appleId: string;
  countryOrRegion: string;
  /** As Graph's typings have it; at run time Graph's value, which may be a member added after this code. */
  vppTokenAccountType: 'business' | 'education';
  automaticallyUpdateApps: boolean;
  dataSharingConsentGranted: boolean;
  claimTokenManagementFromExternalMdm: boolean;
  roleScopeTagIds: string[];
};

/** A PATCH body: the changed fields, plus the new Apple token file content when renewing. */
export type TokenPatch = Partial<TokenEdits> & { token?: string };

export const tokenFieldLabels: Record<EditableTokenField, string> = {
  displayName: 'Display name',
  appleId: 'Apple ID',
  countryOrRegion: 'Country or region',
  vppTokenAccountType: 'Account type',
  automaticallyUpdateApps: 'Automatically update apps',
  dataSharingConsentGranted: 'Data sharing consent',
  claimTokenManagementFromExternalMdm: 'Take control from another MDM',
  roleScopeTagIds: 'Scope tags',
};

export function editsFromToken(token: VppToken): TokenEdits {
  return {
    displayName: token.displayName ?? '',
    appleId: token.appleId ?? '',
    countryOrRegion: token.countryOrRegion ?? '',
    // Kept as Graph sent it, even a member added after this code, so saving other settings leaves it
    // alone and choosing Business or Education is a change that gets sent.
    vppTokenAccountType: (token.vppTokenAccountType ?? 'business') as TokenEdits['vppTokenAccountType'],
    automaticallyUpdateApps: token.automaticallyUpdateApps ?? false,
    dataSharingConsentGranted: token.dataSharingConsentGranted ?? false,
    claimTokenManagementFromExternalMdm: token.claimTokenManagementFromExternalMdm ?? false,
    // A copy, so the form can never mutate the cached entity.
    roleScopeTagIds: [...(token.roleScopeTagIds ?? [])],
  };
}

/**
 * Whether two values of one field mean the same thing to Intune. buildPatch, the form's rebase
 * and Undo share this, so "changed" means one thing everywhere.
 */
export function sameFieldValue<F extends EditableTokenField>(field: F, a: TokenEdits[F], b: TokenEdits[F]): boolean {
  switch (field) {
    case 'displayName':
    case 'appleId':
      return text(a).trim() === text(b).trim();
    case 'countryOrRegion':
      return text(a).trim().toLowerCase() === text(b).trim().toLowerCase();
    case 'roleScopeTagIds':
      return sameSet(list(a), list(b));
    default:
      return a === b;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size !== right.size) return false;
  for (const item of left) if (!right.has(item)) return false;
  return true;
}
