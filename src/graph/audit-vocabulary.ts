/**
 * What Intune's audit log says about VPP tokens, in the one place the app and the Graph simulator
 * both read it: the simulator writes events with these strings and the app reads them back.
 *
 * UNVERIFIED. Microsoft documents the shape of auditEvent (the metadata) but not the category,
 * componentName, activity, activityType, activityOperationType or auditResourceType strings Intune
 * writes for a VPP token, nor how it writes a boolean, an enum or a list as an old or new value.
 * Everything below is a plausible guess modelled on published tools (IntuneCD filters VPP token
 * changes with `componentName eq 'MobileApp'`). The app must not depend on any of it to find a
 * token's events: it reads a time window and matches `resources[].resourceId` to the token's id, so
 * a different string from a real tenant shows up as an unknown activity rather than vanishing.
 *
 * Pure and free of imports: the simulator (outside src/) imports this file, the app ships it.
 */

/** The category and component every VPP token and VPP app event is filed under. */
export const auditCategory = 'Application';
export const auditComponentName = 'MobileApp';

/** Every category getAuditCategories answers; Intune has more kinds of objects than this app touches. */
export const auditCategories = ['Application', 'Compliance', 'Device', 'DeviceConfiguration', 'Enrollment', 'Other', 'Role'] as const;

/** auditResource.auditResourceType (and, in beta, auditResource.type). */
export const auditResourceTypes = {
  vppToken: 'VppToken',
  iosVppApp: 'IosVppApp',
} as const;

/** activityResult. */
export const auditResults = { success: 'Success', failure: 'Failure' } as const;

/** auditActor.auditActorType (and, in beta, auditActor.type): an admin signed in, or an app on its own. */
export const auditActorTypes = { user: 'ItPro', application: 'Application' } as const;

/** The writes the log records, each with the strings its events carry. */
export const auditActivities = {
  createToken: { activityOperationType: 'Create', activityType: 'Create VppToken', resourceType: auditResourceTypes.vppToken },
  updateToken: { activityOperationType: 'Patch', activityType: 'Patch VppToken', resourceType: auditResourceTypes.vppToken },
  deleteToken: { activityOperationType: 'Delete', activityType: 'Delete VppToken', resourceType: auditResourceTypes.vppToken },
  syncLicenses: { activityOperationType: 'Action', activityType: 'SyncLicenses VppToken', resourceType: auditResourceTypes.vppToken },
  revokeTokenLicenses: { activityOperationType: 'Action', activityType: 'RevokeLicenses VppToken', resourceType: auditResourceTypes.vppToken },
  revokeAllAppLicenses: { activityOperationType: 'Action', activityType: 'RevokeAllLicenses IosVppApp', resourceType: auditResourceTypes.iosVppApp },
  revokeUserLicense: { activityOperationType: 'Action', activityType: 'RevokeUserLicense IosVppApp', resourceType: auditResourceTypes.iosVppApp },
  revokeDeviceLicense: { activityOperationType: 'Action', activityType: 'RevokeDeviceLicense IosVppApp', resourceType: auditResourceTypes.iosVppApp },
} as const;

export type AuditActivityKey = keyof typeof auditActivities;

/**
 * auditProperty.displayName for a Graph property: Intune's own model spells properties in
 * PascalCase (`AutomaticallyUpdateApps`). Readers compare without regard to case.
 */
export function auditPropertyName(graphProperty: string): string {
  return graphProperty.charAt(0).toUpperCase() + graphProperty.slice(1);
}

/** The Graph property an auditProperty.displayName names, compared without regard to case. */
export function graphPropertyOf(auditName: string | null | undefined, known: readonly string[]): string | undefined {
  const wanted = (auditName ?? '').trim().toLowerCase();
  return known.find((name) => name.toLowerCase() === wanted);
}

/**
 * The VPP secret: its change is recorded with both values left out (null), whatever the event
 * holds a reader must never show them.
 */
export const secretProperty = 'token';

/**
 * How a value is written as oldValue or newValue: strings and enum members as they are, booleans
 * as `True` / `False` (as .NET writes them), lists as a JSON array of strings, numbers in decimal,
 * null (or nothing) as null. Anything else as JSON.
 */
export function writeAuditValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return JSON.stringify(value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))));
  return JSON.stringify(value);
}

/** A boolean as written above (any case); undefined when the text is not one. */
export function readAuditBoolean(text: string | null | undefined): boolean | undefined {
  const lower = text?.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** A list as written above; a bare value reads as a list of one, no value as an empty list. */
export function readAuditList(text: string | null | undefined): string[] | undefined {
  if (text === null || text === undefined || text.trim() === '') return [];
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return [trimmed];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) ? parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))) : undefined;
  } catch {
    return undefined;
  }
}
