/**
 * deviceAppManagement/mobileApps as the simulator holds them: `iosVppApp` and `macOsVppApp` (spelled
 * as Microsoft's metadata spells them) bought with a token, among apps of other types so that a
 * client reading VPP apps has to filter. Which properties each type has in each version comes from
 * the apps metadata extract (metadata.ts) and nowhere else.
 */
import { APPS_METADATA, type ApiVersion } from './metadata.ts';
import { createRandom, hashString, pick, randomGuid } from './random.ts';
import { revokeOutcome, type RevokeProgress, type VppTokenEntity } from './vpp-token.ts';

export const MOBILE_APP = 'microsoft.graph.mobileApp';
export const IOS_VPP_APP = 'microsoft.graph.iosVppApp';
export const MACOS_VPP_APP = 'microsoft.graph.macOsVppApp';
export const VPP_APP_TYPES: readonly string[] = [IOS_VPP_APP, MACOS_VPP_APP];

/**
 * Apps that are not bought with a token. Their types are not in the extract, so they carry only
 * mobileApp's properties (a real Graph adds each type's own, such as webApp's appUrl).
 */
export const OTHER_APP_TYPES: readonly string[] = [
  'microsoft.graph.webApp',
  'microsoft.graph.iosStoreApp',
  'microsoft.graph.officeSuiteApp',
  'microsoft.graph.win32LobApp',
  'microsoft.graph.androidManagedStoreApp',
];

/**
 * An app as stored: its type and every beta property except those derived when it is read,
 * `usedLicenseCount` (its licenses) and the token's `vppTokenDisplayName`, `vppTokenAppleId`,
 * `vppTokenOrganizationName` and `vppTokenAccountType` (its token, as it is now).
 */
export type StoredApp = { id: string; type: string; vppTokenId?: string | null } & Record<string, unknown>;

/** One assigned license. iOS has a type per kind; macOS has one type, user-shaped. */
export interface AppLicense {
  /** Order of assignment, for keyset paging of assignedLicenses. */
  seq: number;
  kind: 'user' | 'device';
  id: string;
  userId: string | null;
  userName: string | null;
  userPrincipalName: string | null;
  userEmailAddress: string | null;
  managedDeviceId: string | null;
  deviceName: string | null;
}

/** A type's properties in a version; a type outside the extract has mobileApp's. */
export function appProperties(version: ApiVersion, type: string): readonly string[] {
  const types = APPS_METADATA[version].entityTypes;
  return Object.keys((types[type] ?? types[MOBILE_APP])?.properties ?? {});
}

/** v1.0 has no macOsVppApp: its callers never see one. Types outside the extract show in both. */
export function visibleIn(version: ApiVersion, type: string): boolean {
  return !VPP_APP_TYPES.includes(type) || type in APPS_METADATA[version].entityTypes;
}

/** The VPP app types a version declares, with their properties: what `$select` may cast to. */
export function derivedSelectable(version: ApiVersion): Record<string, readonly string[]> {
  return Object.fromEntries(VPP_APP_TYPES.filter((type) => visibleIn(version, type)).map((type) => [type, appProperties(version, type)]));
}

/** The app with its derived properties, in beta's shape. */
export function appView(app: StoredApp, usedLicenseCount: number, token: VppTokenEntity | undefined): Record<string, unknown> {
  const { type, ...properties } = app;
  if (!VPP_APP_TYPES.includes(type)) return { '@odata.type': `#${type}`, ...properties };
  return {
    '@odata.type': `#${type}`,
    ...properties,
    usedLicenseCount,
    vppTokenAccountType: token?.vppTokenAccountType ?? 'business',
    vppTokenAppleId: token?.appleId ?? null,
    vppTokenDisplayName: token?.displayName ?? null,
    vppTokenOrganizationName: token?.organizationName ?? null,
  };
}

/**
 * An app or a license as the version shows it: what the version declares for its type (mobileApp's
 * for a type outside the extract), then what `$select` names (bare, or cast to this very type), and
 * within complex values only what the version declares for them: v1.0's licensingType has two of
 * beta's four properties.
 */
export function projectEntity(view: Record<string, unknown>, type: string, version: ApiVersion, select?: readonly string[]): Record<string, unknown> {
  const declared = APPS_METADATA[version].entityTypes[type] ?? APPS_METADATA[version].entityTypes[MOBILE_APP];
  const properties = declared?.properties ?? {};
  const wanted = select
    ? new Set(select.flatMap((name) => (name.includes('/') ? (name.startsWith(`${type}/`) ? [name.slice(type.length + 1)] : []) : [name])))
    : undefined;
  const out: Record<string, unknown> = { '@odata.type': view['@odata.type'] };
  for (const [name, property] of Object.entries(properties)) {
    if (wanted && !wanted.has(name)) continue;
    if (!(name in view)) continue;
    out[name] = shapeValue(version, property.type, view[name]);
  }
  return out;
}

function shapeValue(version: ApiVersion, type: string, value: unknown): unknown {
  const item = /^Collection\((.+)\)$/.exec(type)?.[1];
  if (item !== undefined) return Array.isArray(value) ? value.map((v) => shapeValue(version, item, v)) : value;
  const complex = APPS_METADATA[version].complexTypes[type];
  if (!complex || typeof value !== 'object' || value === null) return structuredClone(value);
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(complex.properties).filter((name) => name in source).map((name) => [name, structuredClone(source[name])]));
}

/** The license as Graph shows it, with the `@odata.type` of its kind. */
export function licenseView(license: AppLicense, appType: string): Record<string, unknown> {
  const user = {
    id: license.id,
    userEmailAddress: license.userEmailAddress,
    userId: license.userId,
    userName: license.userName,
    userPrincipalName: license.userPrincipalName,
  };
  if (appType === MACOS_VPP_APP) return { '@odata.type': '#microsoft.graph.macOsVppAppAssignedLicense', ...user };
  if (license.kind === 'user') return { '@odata.type': '#microsoft.graph.iosVppAppAssignedUserLicense', ...user };
  return { '@odata.type': '#microsoft.graph.iosVppAppAssignedDeviceLicense', ...user, deviceName: license.deviceName, managedDeviceId: license.managedDeviceId };
}

/** The type assignedLicenses holds for an app type, and its properties. */
export function licenseType(appType: string): string {
  return appType === MACOS_VPP_APP ? 'microsoft.graph.macOsVppAppAssignedLicense' : 'microsoft.graph.iosVppAppAssignedLicense';
}

/** What one of the app's revokes frees: all its licenses, one user's, or one device's. */
export type RevokeTarget = { kind: 'all' } | { kind: 'user'; userId: string } | { kind: 'device'; managedDeviceId: string };

export function frees(target: RevokeTarget, license: AppLicense): boolean {
  if (target.kind === 'all') return true;
  if (target.kind === 'user') return license.kind === 'user' && license.userId === target.userId;
  return license.kind === 'device' && license.managedDeviceId === target.managedDeviceId;
}

const ACTION_NAMES: Record<RevokeTarget['kind'], string> = { all: 'RevokeAllLicenses', user: 'RevokeUserLicense', device: 'RevokeDeviceLicense' };

/** An entry of the app's revokeLicenseActionResults (the declared type has no derived types: no @odata.type). */
export function appRevokeResult(target: RevokeTarget, startMs: number, updatedMs: number, total: number, progress: RevokeProgress): Record<string, unknown> {
  return {
    actionName: ACTION_NAMES[target.kind],
    startDateTime: new Date(startMs).toISOString(),
    lastUpdatedDateTime: new Date(updatedMs).toISOString(),
    ...revokeOutcome(total, progress),
    userId: target.kind === 'user' ? target.userId : null,
    managedDeviceId: target.kind === 'device' ? target.managedDeviceId : null,
  };
}

const FIRST_NAMES = ['Adele', 'Alex', 'Allan', 'Diego', 'Grady', 'Henrietta', 'Isaiah', 'Johanna', 'Joni', 'Lee', 'Lidia', 'Lynne', 'Megan', 'Miriam', 'Nestor', 'Patti', 'Pradeep', 'Sakura', 'Omar', 'Zoë'];
const LAST_NAMES = ['Vance', 'Wilber', 'DeYoung', 'Siciliani', 'Archie', 'Mueller', 'Langer', 'Lanier', 'Sherman', 'Gu', 'Holloway', 'Robbins', 'Bowen', 'Graham', 'Wilke', 'Fernandez', 'Gupta', 'Tanaka', 'Haddad', 'Øberg'];
const LICENSE_DOMAIN = 'contoso.onmicrosoft.com';

/**
 * The app's licenses, drawn from its id so they are the same on every run: `users` user licenses,
 * then `devices` device licenses (shared iPads and carts, with no user).
 */
export function drawLicenses(appId: string, users: number, devices: number): AppLicense[] {
  const rng = createRandom(hashString(`licenses:${appId}`));
  const licenses: AppLicense[] = [];
  for (let i = 0; i < users; i++) {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const upn = `${first}.${last}${i + 1}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.]/g, '') + `@${LICENSE_DOMAIN}`;
    licenses.push({
      seq: i + 1,
      kind: 'user',
      id: randomGuid(rng),
      userId: randomGuid(rng),
      userName: `${first} ${last}`,
      userPrincipalName: upn,
      userEmailAddress: upn,
      managedDeviceId: null,
      deviceName: null,
    });
  }
  for (let i = 0; i < devices; i++) {
    licenses.push({
      seq: users + i + 1,
      kind: 'device',
      id: randomGuid(rng),
      userId: null,
      userName: null,
      userPrincipalName: null,
      userEmailAddress: null,
      managedDeviceId: randomGuid(rng),
      deviceName: `${rng() < 0.7 ? 'iPad' : 'iPhone'}-${String(i + 1).padStart(4, '0')}`,
    });
  }
  return licenses;
}
