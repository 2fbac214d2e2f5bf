/**
 * Bulk tokens for scale tests (Intune allows 3,000 per tenant). Each generated token draws from
 * its own PRNG stream seeded by its number, so token 0412 is the same whatever total was asked
 * for, and two runs produce identical tenants.
 */
import type { VppTokenAccountType, VppTokenState, VppTokenSyncStatus } from '@microsoft/microsoft-graph-types-beta';
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
