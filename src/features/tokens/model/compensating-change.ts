import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { graphPropertyOf, readAuditBoolean, readAuditList, secretProperty } from '../../../graph/audit-vocabulary';
import {
  editableTokenFields,
  editsFromToken,
  knownAccountTypes,
  sameFieldValue,
  tokenFieldLabels,
  type EditableTokenField,
  type TokenEdits,
  type TokenPatch,
} from './token-fields';

/**
 * Undo and Revert send a compensating save after the fact: the change is already in Graph, so the
 * only way back is a new, ordinary minimal save of the old values. This module decides that save.
 */

/** What kind of write a change was; only a settings save can be put back. */
export type ChangeKind = 'settings' | 'renewal' | 'sync' | 'delete' | 'create' | 'revoke' | 'unknown';

/**
 * One property a change touched. From a save just made the values are typed already; from the
 * audit log they are the strings the log wrote (see audit-vocabulary.ts).
 */
export type ChangedProperty = { property: string; old: unknown; new: unknown };

export type RecordedChange = {
  kind: ChangeKind;
  /** false when Intune refused it: nothing of it reached the token. */
  succeeded?: boolean;
  /** true when the values are the app's own typed values, false when they are the log's strings. */
  typed: boolean;
  properties: readonly ChangedProperty[];
};

export type LeftAlone = { property: string; label: string; reason: string };
export type Reverted = { field: EditableTokenField; label: string; to: string };

export type Compensation =
  | { possible: true; patch: TokenPatch; reverted: Reverted[]; leftAlone: LeftAlone[] }
  | { possible: false; reason: string; leftAlone: LeftAlone[] };

const cannotUndo: Record<Exclude<ChangeKind, 'settings'>, string> = {
  renewal: 'A renewal cannot be undone: the earlier token file is not kept anywhere, and Apple has replaced it.',
  sync: 'A sync cannot be undone: it only fetched Apple’s licenses again.',
  delete: 'A deleted token cannot be brought back: add it again with its token file from Apple Business Manager.',
  create: 'Adding a token cannot be undone here: delete the token if it should not be there.',
  revoke: 'Revoked licenses cannot be given back here: assign the app again in Intune.',
  unknown: 'This console does not know what this activity changed, so it cannot undo it.',
};

/** The save that puts back what `change` did, for the fields Graph still holds as it left them. */
export function compensatingChange(change: RecordedChange, now: VppToken): Compensation {
  if (change.succeeded === false) {
    return { possible: false, reason: 'Intune did not take this change, so there is nothing to undo.', leftAlone: [] };
  }
  // A save that replaced the token file is a renewal, whatever else it carried.
  const renewal = change.kind === 'renewal' || change.properties.some((p) => graphPropertyOf(p.property, [secretProperty]) !== undefined);
  if (renewal) return { possible: false, reason: cannotUndo.renewal, leftAlone: [] };
  if (change.kind !== 'settings') return { possible: false, reason: cannotUndo[change.kind], leftAlone: [] };

  const current = editsFromToken(now);
  const patch: TokenPatch = {};
  const reverted: Reverted[] = [];
  const leftAlone: LeftAlone[] = [];
  for (const { property, old, new: after } of change.properties) {
    const field = graphPropertyOf(property, editableTokenFields) as EditableTokenField | undefined;
    if (field === undefined) {
      leftAlone.push({ property, label: property, reason: 'not a setting this console changes' });
      continue;
    }
    const label = tokenFieldLabels[field];
    const before = valueOf(field, old, change.typed);
    const left = valueOf(field, after, change.typed);
    if (before === undefined) {
      leftAlone.push({ property: field, label, reason: 'its earlier value could not be read from the log' });
      continue;
    }
    if (left === undefined) {
      leftAlone.push({ property: field, label, reason: 'the value this change set could not be read from the log' });
      continue;
    }
    if (!sameFieldValue(field, left, current[field])) {
      leftAlone.push({ property: field, label, reason: `changed since (now ${inWords(field, current[field])})` });
      continue;
    }
    if (sameFieldValue(field, before, current[field])) continue;
    setField(patch, field, before);
    reverted.push({ field, label, to: inWords(field, before) });
  }
  if (reverted.length === 0) {
    const reason =
      leftAlone.length > 0
        ? 'Nothing can go back: every setting this change made has changed since or could not be read.'
        : 'Nothing to undo: this change left every setting as it was.';
    return { possible: false, reason, leftAlone };
  }
  return { possible: true, patch, reverted, leftAlone };
}

/** A save just made: its patch and the values it replaced, both typed. */
export function changeFromSave(before: TokenEdits, patch: TokenPatch): RecordedChange {
  if (patch.token !== undefined) return { kind: 'renewal', typed: true, properties: [] };
  const properties = editableTokenFields
    .filter((field) => patch[field] !== undefined)
    .map((field) => ({ property: field, old: before[field], new: patch[field] }));
  return { kind: 'settings', succeeded: true, typed: true, properties };
}

/** "Display name goes back to "Old"; Scope tags left alone: changed since (now 1, 2)." */
export function describeCompensation(compensation: Compensation): string {
  const parts: string[] = [];
  if (compensation.possible) {
    parts.push(compensation.reverted.map((r) => `${r.label} goes back to ${r.to}`).join('; '));
  } else {
    parts.push(compensation.reason);
  }
  for (const item of compensation.leftAlone) parts.push(`${item.label} left alone: ${item.reason}`);
  return parts.map((part) => part.replace(/\.$/, '')).join('. ') + '.';
}

/** What the admin reads once the compensating save is in: "Undone: Display name back to "Old"". */
export function describeReverted(compensation: Extract<Compensation, { possible: true }>): string {
  const back = compensation.reverted.map((r) => `${r.label} back to ${r.to}`).join('; ');
  const alone = compensation.leftAlone.length > 0 ? `; left alone: ${compensation.leftAlone.map((item) => item.label).join(', ')}` : '';
  return `${back}${alone}`;
}

/** A value in the field's own type, or undefined when it does not read as one. */
function valueOf<F extends EditableTokenField>(field: F, value: unknown, typed: boolean): TokenEdits[F] | undefined {
  return (typed ? typedValue(field, value) : loggedValue(field, value)) as TokenEdits[F] | undefined;
}

function typedValue(field: EditableTokenField, value: unknown): unknown {
  switch (field) {
    case 'automaticallyUpdateApps':
    case 'dataSharingConsentGranted':
    case 'claimTokenManagementFromExternalMdm':
      return typeof value === 'boolean' ? value : undefined;
    case 'roleScopeTagIds':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...(value as string[])] : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}

function loggedValue(field: EditableTokenField, value: unknown): unknown {
  if (value !== null && value !== undefined && typeof value !== 'string') return undefined;
  const text = value ?? null;
  switch (field) {
    case 'automaticallyUpdateApps':
    case 'dataSharingConsentGranted':
    case 'claimTokenManagementFromExternalMdm':
      return readAuditBoolean(text);
    case 'roleScopeTagIds':
      return readAuditList(text);
    case 'countryOrRegion':
      if (text === null || text.trim() === '') return '';
      return /^[a-z]{2}$/i.test(text.trim()) ? text.trim().toLowerCase() : undefined;
    case 'vppTokenAccountType': {
      const lower = text?.trim().toLowerCase();
      return knownAccountTypes.find((type) => type === lower);
    }
    case 'displayName':
      // A token without a name cannot be given "no name" back: the log's missing value is not a name.
      return text === null || text.trim() === '' ? undefined : text;
    case 'appleId':
      return text ?? '';
  }
}

function setField<F extends EditableTokenField>(patch: TokenPatch, field: F, value: TokenEdits[F]): void {
  patch[field] = value;
}

function inWords(field: EditableTokenField, value: unknown): string {
  switch (field) {
    case 'automaticallyUpdateApps':
    case 'dataSharingConsentGranted':
    case 'claimTokenManagementFromExternalMdm':
      return value ? 'on' : 'off';
    case 'roleScopeTagIds':
      return Array.isArray(value) && value.length > 0 ? value.join(', ') : 'none';
    case 'countryOrRegion':
      return typeof value === 'string' && value !== '' ? value.toUpperCase() : 'none';
    default:
      return typeof value === 'string' && value !== '' ? `“${value}”` : 'none';
  }
}
