import type { IosVppApp, MacOsVppApp, MobileApp } from '@microsoft/microsoft-graph-types-beta';

/** What Graph's mobileApps collection calls the two kinds of app bought through Apple's VPP. */
export const vppAppTypes = ['#microsoft.graph.iosVppApp', '#microsoft.graph.macOsVppApp'] as const;
export type VppAppType = (typeof vppAppTypes)[number];

export type VppApp = (IosVppApp | MacOsVppApp) & { id: string; '@odata.type': VppAppType };

type AnyApp = MobileApp & { '@odata.type'?: string };

/** mobileApps holds every app Intune manages; only these two carry VPP licenses. */
export function isVppApp(app: AnyApp): app is VppApp {
  return typeof app.id === 'string' && vppAppTypes.includes(app['@odata.type'] as VppAppType);
}

export type Platform = 'iOS/iPadOS' | 'macOS';

export function platformOf(app: VppApp): Platform {
  return app['@odata.type'] === '#microsoft.graph.macOsVppApp' ? 'macOS' : 'iOS/iPadOS';
}

/** Only iOS apps have Graph's per-app revokes; a macOS app's licenses go back through its token. */
export function hasAppRevokes(app: VppApp): boolean {
  return app['@odata.type'] === '#microsoft.graph.iosVppApp';
}

/** How the app can be licensed, in the admin's words: "User", "Device", "User, device" or "Not stated". */
export function licensingLabel(app: VppApp): string {
  const kinds = [app.licensingType?.supportsUserLicensing && 'User', app.licensingType?.supportsDeviceLicensing && 'Device'].filter(Boolean) as string[];
  if (kinds.length === 0) return 'Not stated';
  return [kinds[0], ...kinds.slice(1).map((kind) => kind.toLowerCase())].join(', ');
}

export type LicenseUse = {
  used: number;
  total: number;
  /** Never below zero: more in use than bought leaves none free, it does not owe any. */
  free: number;
  /** Apple counts more in use than were bought: the extra assignments fail silently on devices. */
  overUsed: boolean;
  /** Used over total, 0 to 1 (1 when more are used than bought, 0 when none were bought). */
  share: number;
};

export function licenseUse(app: Pick<VppApp, 'usedLicenseCount' | 'totalLicenseCount'>): LicenseUse {
  const used = Math.max(0, app.usedLicenseCount ?? 0);
  const total = Math.max(0, app.totalLicenseCount ?? 0);
  return { used, total, free: Math.max(0, total - used), overUsed: used > total, share: total === 0 ? (used > 0 ? 1 : 0) : Math.min(1, used / total) };
}

/** Intune's only built-in alert fires at 50 %; admins asked to hear before the last licenses go. */
export const defaultRunningOutPercent = 90;

/** An app with licenses bought and at least `percent` of them in use. */
export function isRunningOut(app: Pick<VppApp, 'usedLicenseCount' | 'totalLicenseCount'>, percent = defaultRunningOutPercent): boolean {
  const { used, total } = licenseUse(app);
  return total > 0 && used * 100 >= total * percent;
}

/** Most licenses in use first; ties by name, so the order holds still between reads. */
export function byMostUsed(a: VppApp, b: VppApp): number {
  return licenseUse(b).used - licenseUse(a).used || (a.displayName ?? '').localeCompare(b.displayName ?? '');
}

/**
 * Apps assigned to any user, group or device (Graph's `isAssigned`): what a delete takes assignments
 * from. How many assignments each has would take a read per app; whether it has any is on every app.
 */
export function countAssigned(apps: readonly VppApp[]): number {
  return apps.filter((app) => app.isAssigned).length;
}

/** The admin's search within a token's apps: any word of name, publisher or bundle ID, any case. */
export function matchesAppSearch(app: VppApp, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const text = [app.displayName, app.publisher, app.bundleId].filter(Boolean).join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}

/** One token's apps and what they add up to. */
export type TokenLicenses = {
  apps: VppApp[];
  used: number;
  total: number;
  /** Apps with more in use than bought. */
  overUsed: VppApp[];
  /** Apps at or past the running-out threshold, over-used ones included. */
  runningOut: VppApp[];
};

export const noLicenses: TokenLicenses = { apps: [], used: 0, total: 0, overUsed: [], runningOut: [] };

/**
 * The tenant's VPP apps grouped by the token that bought them (`vppTokenId`, beta only). An app on
 * several tokens is one entity per token, as Intune lists it, so each counts on its own token.
 */
export function licensesByToken(apps: readonly VppApp[], runningOutPercent = defaultRunningOutPercent): Map<string, TokenLicenses> {
  const byToken = new Map<string, TokenLicenses>();
  for (const app of apps) {
    const tokenId = app.vppTokenId;
    if (!tokenId) continue;
    let entry = byToken.get(tokenId);
    if (!entry) byToken.set(tokenId, (entry = { apps: [], used: 0, total: 0, overUsed: [], runningOut: [] }));
    const use = licenseUse(app);
    entry.apps.push(app);
    entry.used += use.used;
    entry.total += use.total;
    if (use.overUsed) entry.overUsed.push(app);
    if (use.overUsed || isRunningOut(app, runningOutPercent)) entry.runningOut.push(app);
  }
  for (const entry of byToken.values()) entry.apps.sort(byMostUsed);
  return byToken;
}
