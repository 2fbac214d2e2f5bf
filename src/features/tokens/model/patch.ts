import {
  editableTokenFields,
  sameFieldValue,
  type EditableTokenField,
  type TokenEdits,
  type TokenPatch,
} from './token-fields';


/** The PATCH body for the form: only what differs from the baseline, in the shape Intune stores. */
export function buildPatch(baseline: TokenEdits, values: TokenEdits): TokenPatch {
  const patch: TokenPatch = {};
  for (const field of editableTokenFields) {
    if (sameFieldValue(field, baseline[field], values[field])) continue;
    setField(patch, field, normalizedValue(field, values[field]));
  }
  return patch;
}

function normalizedValue<F extends EditableTokenField>(field: F, value: TokenEdits[F]): TokenEdits[F] {
  switch (field) {
    case 'displayName':
    case 'appleId':
      return text(value).trim() as TokenEdits[F];
    case 'countryOrRegion':
      // Intune stores lowercase codes ("us"); sending the same keeps its data consistent.
      return countryCode(text(value)) as TokenEdits[F];
    case 'roleScopeTagIds':
      // Collections are replaced whole by a PATCH, so the full list goes, in the admin's order.
      return unique(list(value)) as TokenEdits[F];
    default:
      return value;
  }
}

function setField<F extends EditableTokenField>(patch: TokenPatch, field: F, value: TokenEdits[F]): void {
  patch[field] = value;
}

/** The success message for a save, in the admin's words. */
export function describePatch(patch: TokenPatch): string {
  const parts: string[] = [];
  if (patch.token !== undefined) parts.push('Token renewed');
  for (const field of editableTokenFields) {
    const value = patch[field];
    if (value === undefined) continue;
    parts.push(describeChange(field, value));
  }
  if (parts.length === 0) return 'Nothing changed';
  return parts.join('; ');
}

function describeChange(field: EditableTokenField, value: TokenEdits[EditableTokenField]): string {
  switch (field) {
    case 'displayName':
      return text(value) === '' ? 'Display name cleared' : `Renamed to "${text(value)}"`;
    case 'appleId':
      return text(value) === '' ? 'Apple ID cleared' : 'Apple ID changed';
    case 'countryOrRegion':
      return text(value) === '' ? 'Country or region cleared' : `Country or region set to ${text(value).toUpperCase()}`;
    case 'vppTokenAccountType':
      return `Account type set to ${text(value)}`;
    case 'automaticallyUpdateApps':
      return value ? 'Automatic app updates turned on' : 'Automatic app updates turned off';
    case 'dataSharingConsentGranted':
      return value ? 'Data sharing consent granted' : 'Data sharing consent withdrawn';
    case 'claimTokenManagementFromExternalMdm':
      return value ? 'Taking control from another MDM' : 'No longer taking control from another MDM';
    case 'roleScopeTagIds':
      return 'Scope tags updated';
  }
}

// The form library can hand over null or undefined for a cleared field despite the types.
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

function countryCode(value: string): string {
  return value.trim().toLowerCase();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

