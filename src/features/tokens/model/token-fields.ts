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
