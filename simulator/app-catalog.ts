/**
 * Well-known App Store apps a VPP token buys, and how the simulator builds an app from one. Seed and
 * generated tenants both draw from here, so an app looks the same whichever made it.
 */
import { IOS_VPP_APP, MACOS_VPP_APP, type StoredApp } from './mobile-app.ts';
import type { AppleDeviceDeliveryProtocol } from './vpp-token.ts';

export interface CatalogApp {
  name: string;
  publisher: string;
  bundleId: string;
  /** The App Store's id, in appStoreUrl. */
  trackId: number;
  type: typeof IOS_VPP_APP | typeof MACOS_VPP_APP;
  released: string;
}

const MICROSOFT = 'Microsoft Corporation';
const APPLE = 'Apple';

function ios(name: string, publisher: string, bundleId: string, trackId: number, released: string): CatalogApp {
  return { name, publisher, bundleId, trackId, type: IOS_VPP_APP, released };
}

function mac(name: string, publisher: string, bundleId: string, trackId: number, released: string): CatalogApp {
  return { name, publisher, bundleId, trackId, type: MACOS_VPP_APP, released };
}

export const CATALOG = {
  teams: ios('Microsoft Teams', MICROSOFT, 'com.microsoft.skype.teams', 1113153706, '2016-11-02'),
  outlook: ios('Microsoft Outlook', MICROSOFT, 'com.microsoft.Office.Outlook', 951937596, '2015-01-29'),
  word: ios('Microsoft Word', MICROSOFT, 'com.microsoft.Office.Word', 586447913, '2014-03-27'),
  excel: ios('Microsoft Excel', MICROSOFT, 'com.microsoft.Office.Excel', 586683407, '2014-03-27'),
  powerPoint: ios('Microsoft PowerPoint', MICROSOFT, 'com.microsoft.Office.Powerpoint', 586449534, '2014-03-27'),
  oneNote: ios('Microsoft OneNote', MICROSOFT, 'com.microsoft.onenote', 410395246, '2011-12-12'),
  authenticator: ios('Microsoft Authenticator', MICROSOFT, 'com.microsoft.azureauthenticator', 983156458, '2015-06-02'),
  defender: ios('Microsoft Defender', MICROSOFT, 'com.microsoft.scmx', 1526737990, '2020-10-15'),
  zoom: ios('Zoom Workplace', 'Zoom Video Communications, Inc.', 'us.zoom.videomeetings', 546505307, '2012-08-15'),
  slack: ios('Slack', 'Slack Technologies, Inc.', 'com.tinyspeck.chatlyio', 618783545, '2013-07-19'),
  salesforce: ios('Salesforce', 'Salesforce.com, inc.', 'com.salesforce.chatter', 404249815, '2010-12-06'),
  acrobat: ios('Adobe Acrobat Reader', 'Adobe Inc.', 'com.adobe.Adobe-Reader', 469337564, '2010-11-30'),
  docuSign: ios('DocuSign', 'DocuSign', 'com.docusign.ink', 474990205, '2011-11-09'),
  keynote: ios('Keynote', APPLE, 'com.apple.Keynote', 361285480, '2010-04-01'),
  pages: ios('Pages', APPLE, 'com.apple.Pages', 361309726, '2010-04-01'),
  numbers: ios('Numbers', APPLE, 'com.apple.Numbers', 361304891, '2010-04-01'),
  garageBand: ios('GarageBand', APPLE, 'com.apple.mobilegarageband', 408709785, '2011-03-10'),
  iMovie: ios('iMovie', APPLE, 'com.apple.iMovie', 377298193, '2010-06-24'),
  clips: ios('Clips', APPLE, 'com.apple.clips', 1212699939, '2017-04-06'),
  notability: ios('Notability', 'Ginger Labs', 'com.gingerlabs.Notability', 360593530, '2010-07-02'),
  finalCutPro: mac('Final Cut Pro', APPLE, 'com.apple.FinalCut', 424389933, '2011-06-21'),
  logicPro: mac('Logic Pro', APPLE, 'com.apple.logic10', 634148309, '2013-07-16'),
  xcode: mac('Xcode', APPLE, 'com.apple.dt.Xcode', 497799835, '2011-07-20'),
  keynoteMac: mac('Keynote', APPLE, 'com.apple.iWork.Keynote', 409183694, '2011-01-06'),
  excelMac: mac('Microsoft Excel', MICROSOFT, 'com.microsoft.Excel', 462058435, '2011-10-01'),
  garageBandMac: mac('GarageBand', APPLE, 'com.apple.garageband10', 682658836, '2013-10-22'),
} as const satisfies Record<string, CatalogApp>;

export type CatalogKey = keyof typeof CATALOG;

/**
 * An app ready for the store: what lists and lookups need at once, how many user and device
 * licenses it has assigned, and the rest built when the app is first read (building 30,000 apps'
 * every property at a reset would make it slow).
 */
export interface NewApp {
  id: string;
  type: string;
  vppTokenId: string | null;
  bundleId: string | null;
  users: number;
  devices: number;
  build(): StoredApp;
}

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** mobileApp's own properties, as Intune fills them for apps it did not upload itself. */
function baseProperties(id: string, name: string, publisher: string, createdMs: number, modifiedMs: number, assigned: boolean) {
  return {
    id,
    createdDateTime: iso(createdMs),
    dependentAppCount: 0,
    description: `${name} by ${publisher}.`,
    developer: '',
    displayName: name,
    informationUrl: null,
    isAssigned: assigned,
    isFeatured: false,
    largeIcon: null,
    lastModifiedDateTime: iso(modifiedMs),
    notes: '',
    owner: '',
    privacyInformationUrl: null,
    publisher,
    publishingState: 'published',
    roleScopeTagIds: ['0'],
    supersededAppCount: 0,
    supersedingAppCount: 0,
    uploadState: 1,
  };
}

export interface VppAppOptions {
  id: string;
  vppTokenId: string;
  totalLicenseCount: number;
  users: number;
  /** iOS only: macOS licenses have no device kind in the metadata. */
  devices: number;
  createdMs: number;
  modifiedMs: number;
  delivery?: AppleDeviceDeliveryProtocol;
  /** The country the token's store is in, for appStoreUrl. */
  country?: string;
}

export function buildVppApp(entry: CatalogApp, options: VppAppOptions): NewApp {
  const { id, users, devices, vppTokenId } = options;
  if (entry.type === MACOS_VPP_APP && devices > 0) throw new Error('buildVppApp: macOS licenses have no device kind');
  const build = (): StoredApp => ({
    type: entry.type,
    ...baseProperties(id, entry.name, entry.publisher, options.createdMs, options.modifiedMs, users + devices > 0),
    appleDeviceAppDeliveryProtocolType: options.delivery ?? 'mobileDeviceManagement',
    ...(entry.type === IOS_VPP_APP ? { applicableDeviceType: { iPad: true, iPhoneAndIPod: true } } : {}),
    appStoreUrl: `https://apps.apple.com/${options.country ?? 'us'}/app/id${entry.trackId}`,
    bundleId: entry.bundleId,
    licensingType: { supportUserLicensing: true, supportDeviceLicensing: true, supportsUserLicensing: true, supportsDeviceLicensing: true },
    releaseDateTime: `${entry.released}T07:00:00Z`,
    revokeLicenseActionResults: [],
    totalLicenseCount: options.totalLicenseCount,
    vppTokenId,
  });
  return { id, type: entry.type, vppTokenId, bundleId: entry.bundleId, users, devices, build };
}

export function buildOtherApp(id: string, type: string, name: string, publisher: string, createdMs: number): NewApp {
  const build = (): StoredApp => ({ type, ...baseProperties(id, name, publisher, createdMs, createdMs, true) });
  return { id, type, vppTokenId: null, bundleId: null, users: 0, devices: 0, build };
}
