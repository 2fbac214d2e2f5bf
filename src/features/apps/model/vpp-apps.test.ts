import { describe, expect, it } from 'vitest';
import { byMostUsed, countAssigned, isRunningOut, isVppApp, licenseUse, licensesByToken, licensingLabel, matchesAppSearch, platformOf, type VppApp } from './vpp-apps';

const app = (over: Partial<VppApp> & { id: string }): VppApp => ({
  '@odata.type': '#microsoft.graph.iosVppApp',
  displayName: over.id,
  usedLicenseCount: 0,
  totalLicenseCount: 0,
  ...over,
}) as VppApp;

describe('isVppApp', () => {
  it('keeps iOS and macOS VPP apps and leaves every other app Intune manages', () => {
    expect(isVppApp({ id: 'a', '@odata.type': '#microsoft.graph.iosVppApp' })).toBe(true);
    expect(isVppApp({ id: 'b', '@odata.type': '#microsoft.graph.macOsVppApp' })).toBe(true);
    expect(isVppApp({ id: 'c', '@odata.type': '#microsoft.graph.iosStoreApp' })).toBe(false);
    expect(isVppApp({ id: 'd', '@odata.type': '#microsoft.graph.webApp' })).toBe(false);
    expect(isVppApp({ id: 'e' })).toBe(false);
  });
});

describe('licenseUse', () => {
  it('counts free licenses and the share in use', () => {
    expect(licenseUse({ usedLicenseCount: 30, totalLicenseCount: 120 })).toEqual({ used: 30, total: 120, free: 90, overUsed: false, share: 0.25 });
  });

  it('flags more in use than bought, with none free rather than a negative count', () => {
    expect(licenseUse({ usedLicenseCount: 510, totalLicenseCount: 500 })).toMatchObject({ free: 0, overUsed: true, share: 1 });
  });

  it('reads missing counts as none', () => {
    expect(licenseUse({})).toEqual({ used: 0, total: 0, free: 0, overUsed: false, share: 0 });
  });
});

describe('isRunningOut', () => {
  it('fires at the threshold on apps with licenses bought, not on apps with none', () => {
    expect(isRunningOut({ usedLicenseCount: 90, totalLicenseCount: 100 })).toBe(true);
    expect(isRunningOut({ usedLicenseCount: 89, totalLicenseCount: 100 })).toBe(false);
    expect(isRunningOut({ usedLicenseCount: 0, totalLicenseCount: 0 })).toBe(false);
    expect(isRunningOut({ usedLicenseCount: 75, totalLicenseCount: 100 }, 75)).toBe(true);
  });
});

describe('licensingLabel and platformOf', () => {
  it('say how an app is licensed and where it runs, in the admin’s words', () => {
    expect(licensingLabel(app({ id: 'a', licensingType: { supportsUserLicensing: true, supportsDeviceLicensing: true } }))).toBe('User, device');
    expect(licensingLabel(app({ id: 'b', licensingType: { supportsDeviceLicensing: true } }))).toBe('Device');
    expect(licensingLabel(app({ id: 'c' }))).toBe('Not stated');
    expect(platformOf(app({ id: 'd', '@odata.type': '#microsoft.graph.macOsVppApp' }))).toBe('macOS');
    expect(platformOf(app({ id: 'e' }))).toBe('iOS/iPadOS');
  });
});

describe('matchesAppSearch', () => {
  it('finds an app by any word of its name, publisher or bundle ID', () => {
    const teams = app({ id: 't', displayName: 'Microsoft Teams', publisher: 'Microsoft Corporation', bundleId: 'com.microsoft.skype.teams' });
    expect(matchesAppSearch(teams, 'teams')).toBe(true);
    expect(matchesAppSearch(teams, 'MICROSOFT skype')).toBe(true);
    expect(matchesAppSearch(teams, 'zoom')).toBe(false);
    expect(matchesAppSearch(teams, '  ')).toBe(true);
  });
});

describe('licensesByToken', () => {
  it('adds up each token’s apps, most used first, and lists the over-used and running-out ones', () => {
    const apps = [
      app({ id: 'word', vppTokenId: 't1', usedLicenseCount: 10, totalLicenseCount: 100 }),
      app({ id: 'teams', vppTokenId: 't1', usedLicenseCount: 95, totalLicenseCount: 100 }),
      app({ id: 'zoom', vppTokenId: 't1', usedLicenseCount: 12, totalLicenseCount: 10 }),
      app({ id: 'teams-2', vppTokenId: 't2', usedLicenseCount: 1, totalLicenseCount: 50 }),
      app({ id: 'no-token', usedLicenseCount: 5, totalLicenseCount: 5 }),
    ];
    const byToken = licensesByToken(apps);
    expect([...byToken.keys()]).toEqual(['t1', 't2']);
    const t1 = byToken.get('t1')!;
    expect(t1.apps.map((a) => a.id)).toEqual(['teams', 'zoom', 'word']);
    expect({ used: t1.used, total: t1.total }).toEqual({ used: 117, total: 210 });
    expect(t1.overUsed.map((a) => a.id)).toEqual(['zoom']);
    expect(t1.runningOut.map((a) => a.id).sort()).toEqual(['teams', 'zoom']);
    expect(byToken.get('t2')!.runningOut).toEqual([]);
  });

  it('orders ties by name so the order holds between reads', () => {
    expect([app({ id: 'b' }), app({ id: 'a' })].sort(byMostUsed).map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('countAssigned', () => {
  it('counts the apps Graph says are assigned, leaving those it says are not or does not say', () => {
    expect(countAssigned([app({ id: 'a', isAssigned: true }), app({ id: 'b', isAssigned: false }), app({ id: 'c' }), app({ id: 'd', isAssigned: true })])).toBe(2);
    expect(countAssigned([])).toBe(0);
  });
});
