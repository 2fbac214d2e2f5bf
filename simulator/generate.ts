/**
 * Bulk tokens for scale tests (Intune allows 3,000 per tenant). Each generated token draws from
 * its own PRNG stream seeded by its number, so token 0412 is the same whatever total was asked
 * for, and two runs produce identical tenants.
 */
import type { VppTokenAccountType, VppTokenState, VppTokenSyncStatus } from '@microsoft/microsoft-graph-types-beta';
import { buildOtherApp, buildVppApp, CATALOG, type CatalogKey, type NewApp } from './app-catalog.ts';
import { MACOS_VPP_APP } from './mobile-app.ts';
import { createRandom, hashString, pick, pickWeighted, randomGuid, randomInt, type Random } from './random.ts';
import { DAY, HOUR } from './seed.ts';
import { encodeTokenFile, formatAppleDate, makeAppleSecret } from './token-file.ts';
import { NEVER, type AppleDeviceDeliveryProtocol, type VppTokenEntity } from './vpp-token.ts';

const ORGANIZATIONS = [
  'Contoso',
  'Fabrikam',
  'Northwind',
  'Woodgrove',
  'Litware',
  'Adventure Works',
  'Tailspin Toys',
  'Wide World Importers',
  'Alpine Ski House',
  'Blue Yonder Airlines',
  'Coho Winery',
  'Lamna Healthcare',
  "Margie's Travel",
  'Proseware',
  'Trey Research',
  'VanArsdel',
  'Wingtip Toys',
  'Relecloud',
  'Fourth Coffee',
  'Humongous Insurance',
  'Graphic Design Institute',
  'School of Fine Art',
] as const;

const UNITS: Record<VppTokenAccountType, readonly string[]> = {
  education: ['School District', 'Academy', 'University', 'Primary School', 'Community College', 'High School'],
  business: ['Retail Stores', 'Field Services', 'Head Office', 'Warehouse', 'Clinics', 'Sales'],
};

// Country with the Apple ID domain suffix its admins would use.
const COUNTRIES = [
  ['us', 'com', 40],
  ['gb', 'co.uk', 10],
  ['de', 'de', 8],
  ['fr', 'fr', 7],
  ['jp', 'jp', 6],
  ['ca', 'ca', 5],
  ['au', 'com.au', 5],
  ['nl', 'nl', 4],
  ['se', 'se', 3],
  ['es', 'es', 3],
  ['it', 'it', 3],
  ['ae', 'ae', 2],
  ['br', 'com.br', 2],
  ['in', 'in', 2],
] as const;

const STATES: readonly (readonly [VppTokenState, number])[] = [
  ['valid', 82],
  ['expired', 6],
  ['invalid', 4],
  ['assignedToExternalMDM', 3],
  ['duplicateLocationId', 2],
  ['unknown', 3],
];

const SYNC: readonly (readonly [VppTokenSyncStatus, number])[] = [
  ['completed', 78],
  ['failed', 9],
  ['none', 8],
  ['inProgress', 5],
];

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Generated token number `n` (1-based), with dates relative to `now`. */
export function generateToken(n: number, now: number): VppTokenEntity {
  const rng: Random = createRandom(hashString(`vpp-token-${n}`));
  const accountType = pickWeighted<VppTokenAccountType>(rng, [
    ['education', 45],
    ['business', 55],
  ]);
  const org = pick(rng, ORGANIZATIONS);
  const unit = pick(rng, UNITS[accountType]);
  const [country, domain] = pickWeighted(
    rng,
    COUNTRIES.map(([code, tld, weight]) => [[code, tld] as const, weight] as const),
  );
  const state = pickWeighted(rng, STATES);
  let syncStatus = pickWeighted(rng, SYNC);
  const number = String(n).padStart(4, '0');
  const displayName = `${org} ${unit} ${number}`;
  const organizationName = accountType === 'education' ? `${org} ${unit}` : `${org} Ltd`;

  // Expired tokens expired in the past; the rest spread over the year a token lives.
  const expiresInDays = state === 'expired' ? -randomInt(rng, 1, 200) : randomInt(rng, 1, 365);
  const expirationMs = Math.floor((now + expiresInDays * DAY + randomInt(rng, 0, 23) * HOUR) / 1000) * 1000;
  const neverSynced = syncStatus === 'none' || state === 'assignedToExternalMDM';
  if (state === 'assignedToExternalMDM') syncStatus = 'none';
  // Mostly recent syncs, with a tail of stale ones (squaring skews toward 0).
  const lastSyncMs = Math.floor((now - rng() ** 2 * 10 * DAY) / 1000) * 1000;
  const secret = makeAppleSecret(rng);
  const id = randomGuid(rng);

  return {
    id,
    organizationName,
    vppTokenAccountType: accountType,
    appleId: `vpp${number}@${slug(org)}.${domain}`,
    expirationDateTime: new Date(expirationMs).toISOString(),
    lastSyncDateTime: neverSynced ? NEVER : new Date(lastSyncMs).toISOString(),
    token: encodeTokenFile({ token: secret, expDate: formatAppleDate(expirationMs), orgName: organizationName }),
    lastModifiedDateTime: new Date(Math.floor((now - randomInt(rng, 0, 400) * DAY) / 1000) * 1000).toISOString(),
    state,
    tokenActionResults: [],
    lastSyncStatus: syncStatus,
    automaticallyUpdateApps: rng() < 0.7,
    countryOrRegion: country,
    dataSharingConsentGranted: rng() < 0.95,
    displayName,
    locationName: `${org} – ${unit} ${number}`,
    claimTokenManagementFromExternalMdm: false,
    roleScopeTagIds: pick(rng, [['0'], ['0'], ['0', '1'], ['1'], ['2'], ['1', '2']]),
    // Drawn last, so adding it left every other value of each generated token as it was.
    appleDeviceAppDeliveryProtocolType: pickWeighted<AppleDeviceDeliveryProtocol>(rng, [
      ['mobileDeviceManagement', 70],
      ['declarativeDeviceManagement', 20],
      ['default', 10],
    ]),
  };
}

export function generateTokens(from: number, count: number, now: number): VppTokenEntity[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => generateToken(from + i, now));
}

const CATALOG_KEYS = Object.keys(CATALOG) as CatalogKey[];
const LICENSE_COUNTS = [10, 20, 25, 50, 100, 150, 200, 250, 500, 1000] as const;
const OTHER_APPS = [
  ['microsoft.graph.webApp', 'Self-service portal', 'Contoso IT'],
  ['microsoft.graph.iosStoreApp', 'Microsoft Edge', 'Microsoft Corporation'],
  ['microsoft.graph.win32LobApp', 'Notepad++', 'Don Ho'],
  ['microsoft.graph.androidManagedStoreApp', 'Microsoft Outlook', 'Microsoft Corporation'],
] as const;

/**
 * About ten apps for generated token number `n` (8 to 12 well-known apps, no two alike), from its
 * own PRNG stream like the token itself; every tenth token brings an app of another type too, so a
 * generated tenant has to be filtered as well. Licenses are only counted here (the store draws them
 * when needed), which keeps a 3,000-token reset fast.
 */
export function generateApps(n: number, token: VppTokenEntity, now: number): NewApp[] {
  const rng: Random = createRandom(hashString(`vpp-apps-${n}`));
  const keys = [...CATALOG_KEYS];
  const apps: NewApp[] = [];
  const count = randomInt(rng, 8, 12);
  for (let i = 0; i < count; i++) {
    const key = keys.splice(randomInt(rng, 0, keys.length - 1), 1)[0] as CatalogKey;
    const total = pick(rng, LICENSE_COUNTS);
    // Mostly part-used, with the edges a license view must show: unused, exhausted, over-used.
    const used = pickWeighted(rng, [
      [randomInt(rng, 1, total - 1), 80],
      [0, 8],
      [total, 9],
      [total + randomInt(rng, 1, 5), 3],
    ]);
    // macOS licenses have no device kind in the metadata.
    const deviceShare = CATALOG[key].type === MACOS_VPP_APP ? 0 : token.vppTokenAccountType === 'education' ? 0.7 : 0.15;
    const devices = Math.round(used * deviceShare * rng());
    const createdMs = now - randomInt(rng, 1, 700) * DAY;
    apps.push(
      buildVppApp(CATALOG[key], {
        id: randomGuid(rng),
        vppTokenId: token.id,
        totalLicenseCount: total,
        users: used - devices,
        devices,
        createdMs,
        modifiedMs: createdMs + randomInt(rng, 0, 30) * DAY,
        delivery: token.appleDeviceAppDeliveryProtocolType,
        country: token.countryOrRegion ?? 'us',
      }),
    );
  }
  if (n % 10 === 0) {
    const [type, name, publisher] = pick(rng, OTHER_APPS);
    apps.push(buildOtherApp(randomGuid(rng), type, `${name} ${String(n).padStart(4, '0')}`, publisher, now - randomInt(rng, 1, 700) * DAY));
  }
  return apps;
}
