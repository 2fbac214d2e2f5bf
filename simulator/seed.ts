/**
 * The curated tenant every reset starts from: a dozen tokens that between them show every state,
 * every sync status, both account types, several stores, the health edges (expiring within 7 and
 * 30 days, a last sync over 1 and over 3 days ago) and awkward names. Dates are relative to the
 * reset time so "expires in 5 days" holds whenever the tests run; ids are fixed so tests can
 * name them.
 */
import type {
  VppTokenAccountType,
  VppTokenActionResult,
  VppTokenState,
  VppTokenSyncStatus,
} from '@microsoft/microsoft-graph-types-beta';
import { createRandom, hashString } from './random.ts';
import { encodeTokenFile, formatAppleDate, makeAppleSecret } from './token-file.ts';
import { NEVER, revokeLicensesResult, type AppleDeviceDeliveryProtocol, type VppTokenEntity } from './vpp-token.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const SEED_IDS = {
  contosoSchools: '1fa02c17-90ba-4f96-965e-bcfa1b00b328',
  fabrikamExpiresSoon: '4eb4ae5f-4db6-4e08-bb12-dbc1da2a2d5c',
  northwindExpiresThisMonth: 'cbab40ba-340c-46a6-8d61-147c1e54fee0',
  woodgroveSyncFailedLongAgo: '43020e0a-d8e2-4b48-9314-5d2efe6c4ac0',
  tokyoSyncInProgress: 'b803baf3-c145-461c-8574-9c8dff1c28e9',
  dubaiUnknown: 'b57801cd-9aa9-43aa-8be2-10513f8b9641',
  litwareExpired: 'fd8a89b8-e7fb-4cef-85c3-bf72d8964711',
  adventureWorksInvalid: '4bdb6d61-b0cd-4e30-9fdf-0ff1caec13f4',
  tailspinExternalMdm: '9799cb42-0cda-4e30-bd69-d66c1a3c90f0',
  fabrikamDuplicate: '4f47f420-efb5-4aaf-89a9-6d9c55a35038',
  contosoPharmaLongName: '38086fa0-8b82-4dea-887d-132041c8f5cc',
  wideWorldNeverSynced: '1727dfa2-707d-497c-a86a-2fa869ddab4f',
  prosewareNoDisplayName: '7c8193ce-734b-4b7f-861b-2a9e0300d8aa',
} as const;

/** 242 characters: near Intune's 256 limit, to break layouts that assume short names. */
export const LONG_DISPLAY_NAME =
  'Contoso Pharmaceuticals Research & Development – Northern Europe Regional Procurement Office ' +
  'for Clinical Trial Devices, Laboratory iPads and Shared Classroom Carts ' +
  '(Stockholm · Uppsala · Göteborg · Malmö · Lund) – Apple Platform Team, Tier 2';

interface SeedSpec {
  id: string;
  displayName: string | null;
  organizationName: string;
  locationName: string;
  appleId: string | null;
  accountType: VppTokenAccountType;
  country: string;
  state: VppTokenState;
  syncStatus: VppTokenSyncStatus;
  expiresInDays: number;
  /** Hours since the last sync; null for never synced. */
  lastSyncHoursAgo: number | null;
  modifiedDaysAgo: number;
  autoUpdate: boolean;
  consent: boolean;
  claim: boolean;
  tags: string[];
  /** Absent: mobileDeviceManagement, how Intune has delivered VPP apps for years. */
  delivery?: AppleDeviceDeliveryProtocol;
  actions?: (now: number) => VppTokenActionResult[];
}

const SPECS: SeedSpec[] = [
  {
    id: SEED_IDS.contosoSchools,
    displayName: 'Contoso Schools – Main Campus',
    organizationName: 'Contoso Independent School District',
    locationName: 'Contoso ISD – Main Campus',
    appleId: 'vpp-admin@contoso.edu',
    accountType: 'education',
    country: 'us',
    state: 'valid',
    syncStatus: 'completed',
    expiresInDays: 212,
    lastSyncHoursAgo: 2,
    modifiedDaysAgo: 40,
    autoUpdate: true,
    consent: true,
    claim: false,
    tags: ['0'],
  },
  {
    id: SEED_IDS.fabrikamExpiresSoon,
    displayName: 'Fabrikam Retail UK',
    organizationName: 'Fabrikam Retail Ltd',
    locationName: 'Fabrikam Retail – London',
    appleId: 'apple.vpp@fabrikam.co.uk',
    accountType: 'business',
    country: 'gb',
    state: 'valid',
    syncStatus: 'completed',
    expiresInDays: 5,
    lastSyncHoursAgo: 20,
    modifiedDaysAgo: 360,
    autoUpdate: true,
    consent: true,
    claim: false,
    tags: ['0', '1'],
  },
  {
    id: SEED_IDS.northwindExpiresThisMonth,
    displayName: 'Northwind Traders Deutschland',
    organizationName: 'Northwind Traders GmbH',
    locationName: 'Northwind – München',
    appleId: 'mdm@northwindtraders.de',
    accountType: 'business',
    country: 'de',
    state: 'valid',
    syncStatus: 'completed',
    expiresInDays: 21,
    lastSyncHoursAgo: 6,
    modifiedDaysAgo: 344,
    autoUpdate: false,
    consent: true,
    claim: false,
    tags: ['1'],
  },
  {
    id: SEED_IDS.woodgroveSyncFailedLongAgo,
    displayName: 'Woodgrove Bank France',
    organizationName: 'Woodgrove Bank SA',
    locationName: 'Woodgrove – Paris La Défense',
    appleId: 'vpp@woodgrovebank.fr',
    accountType: 'business',
    country: 'fr',
    state: 'valid',
    syncStatus: 'failed',
    expiresInDays: 143,
    lastSyncHoursAgo: 4 * 24 + 5,
    modifiedDaysAgo: 90,
    autoUpdate: true,
    consent: true,
    claim: false,
    tags: ['0', '2'],
    actions: (now) => [revokeLicensesResult(now - 30 * DAY, now - 30 * DAY + 5 * 60_000, 12, { state: 'done' })],
  },
  {
    // Stays in progress (a sync Apple never finished) until someone syncs it again.
    id: SEED_IDS.tokyoSyncInProgress,
    displayName: '東京都立第一高等学校',
    organizationName: '東京都教育委員会',
    locationName: '東京都立第一高等学校 本校',
    appleId: 'vpp@metro-hs1.tokyo.jp',
    accountType: 'education',
    country: 'jp',
    state: 'valid',
    syncStatus: 'inProgress',
    expiresInDays: 301,
    lastSyncHoursAgo: 26,
    modifiedDaysAgo: 64,
    autoUpdate: true,
    consent: true,
    claim: false,
    tags: ['2'],
    delivery: 'declarativeDeviceManagement',
  },
  {
    id: SEED_IDS.dubaiUnknown,
    displayName: 'مدارس دبي الدولية',
    organizationName: 'مؤسسة دبي للتعليم',
    locationName: 'مدارس دبي الدولية – الحرم الرئيسي',
    appleId: 'apple-vpp@dubai-schools.ae',
    accountType: 'education',
    country: 'ae',
    state: 'unknown',
    syncStatus: 'none',
    expiresInDays: 88,
    lastSyncHoursAgo: null,
    modifiedDaysAgo: 1,
    autoUpdate: false,
    consent: true,
    claim: false,
    tags: ['0'],
  },
  {
    id: SEED_IDS.litwareExpired,
    displayName: 'Litware Inc. (2024 token)',
    organizationName: 'Litware, Inc.',
    locationName: 'Litware – Seattle HQ',
    appleId: 'it-apple@litware.com',
    accountType: 'business',
    country: 'us',
    state: 'expired',
    syncStatus: 'failed',
    expiresInDays: -12,
    lastSyncHoursAgo: 12 * 24,
    modifiedDaysAgo: 377,
    autoUpdate: false,
    consent: true,
    claim: false,
    tags: ['0'],
  },
  {
    // Typically after the Apple account's password or domain changed.
    id: SEED_IDS.adventureWorksInvalid,
    displayName: 'Adventure Works Cycles',
    organizationName: 'Adventure Works Cycles Ltd',
    locationName: 'Adventure Works – Toronto',
    appleId: 'vpp@adventure-works.ca',
    accountType: 'business',
    country: 'ca',
    state: 'invalid',
    syncStatus: 'failed',
    expiresInDays: 190,
    lastSyncHoursAgo: 2 * 24,
    modifiedDaysAgo: 175,
    autoUpdate: true,
    consent: true,
    claim: false,
    tags: ['1'],
  },
  {
    id: SEED_IDS.tailspinExternalMdm,
    displayName: 'Tailspin Toys (managed by another MDM)',
    organizationName: 'Tailspin Toys Pty Ltd',
    locationName: 'Tailspin Toys – Sydney',
    appleId: 'apple@tailspintoys.com.au',
    accountType: 'business',
    country: 'au',
    state: 'assignedToExternalMDM',
    syncStatus: 'none',
    expiresInDays: 250,
    lastSyncHoursAgo: null,
    modifiedDaysAgo: 3,
    autoUpdate: false,
    consent: true,
    claim: false,
    tags: ['0'],
  },
  {
    // Same location as Fabrikam Retail UK, uploaded a second time.
    id: SEED_IDS.fabrikamDuplicate,
    displayName: 'Fabrikam Retail UK (uploaded twice)',
    organizationName: 'Fabrikam Retail Ltd',
    locationName: 'Fabrikam Retail – London',
    appleId: 'apple.vpp@fabrikam.co.uk',
    accountType: 'business',
    country: 'gb',
    state: 'duplicateLocationId',
    syncStatus: 'none',
    expiresInDays: 5,
    lastSyncHoursAgo: null,
    modifiedDaysAgo: 2,
    autoUpdate: true,
    consent: true,
    claim: false,
    tags: ['1'],
  },
  {
    id: SEED_IDS.contosoPharmaLongName,
    displayName: LONG_DISPLAY_NAME,
    organizationName: 'Contoso Pharmaceuticals AB',
    locationName: 'Contoso Pharma – Nordic Procurement',
    appleId: 'apple-platform-team.tier2@pharma.contoso.se',
    accountType: 'business',
    country: 'se',
    state: 'valid',
    syncStatus: 'completed',
    expiresInDays: 320,
    lastSyncHoursAgo: 30,
    modifiedDaysAgo: 45,
    autoUpdate: true,
    consent: true,
    claim: true,
    tags: ['0', '1', '2'],
  },
  {
    id: SEED_IDS.wideWorldNeverSynced,
    delivery: 'default',
    displayName: 'Wide World Importers',
    organizationName: 'Wide World Importers B.V.',
    locationName: 'Wide World Importers – Rotterdam',
    appleId: 'vpp@wideworldimporters.nl',
    accountType: 'business',
    country: 'nl',
    state: 'valid',
    syncStatus: 'none',
    expiresInDays: 364,
    lastSyncHoursAgo: null,
    modifiedDaysAgo: 0,
    autoUpdate: false,
    consent: true,
    claim: false,
    tags: ['0'],
  },
  {
    // Created long ago through the API without a friendly name: clients fall back to organizationName.
    id: SEED_IDS.prosewareNoDisplayName,
    displayName: null,
    organizationName: 'Proseware, Inc.',
    locationName: 'Proseware – Ciudad de México',
    appleId: null,
    accountType: 'education',
    country: 'mx',
    state: 'valid',
    syncStatus: 'completed',
    expiresInDays: 45,
    lastSyncHoursAgo: 3,
    modifiedDaysAgo: 320,
    autoUpdate: true,
    consent: false,
    claim: false,
    tags: ['0'],
  },
];

/** Whole seconds, like the dates Apple and Intune hand out. */
function at(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

function build(spec: SeedSpec, now: number): VppTokenEntity {
  const expirationMs = at(now + spec.expiresInDays * DAY);
  const secret = makeAppleSecret(createRandom(hashString(spec.id)));
  return {
    id: spec.id,
    organizationName: spec.organizationName,
    vppTokenAccountType: spec.accountType,
    appleId: spec.appleId,
    expirationDateTime: new Date(expirationMs).toISOString(),
    lastSyncDateTime: spec.lastSyncHoursAgo === null ? NEVER : new Date(at(now - spec.lastSyncHoursAgo * HOUR)).toISOString(),
    token: encodeTokenFile({ token: secret, expDate: formatAppleDate(expirationMs), orgName: spec.organizationName }),
    lastModifiedDateTime: new Date(at(now - spec.modifiedDaysAgo * DAY - 37 * 60_000)).toISOString(),
    state: spec.state,
    tokenActionResults: spec.actions?.(now) ?? [],
    lastSyncStatus: spec.syncStatus,
    automaticallyUpdateApps: spec.autoUpdate,
    countryOrRegion: spec.country,
    dataSharingConsentGranted: spec.consent,
    displayName: spec.displayName,
    locationName: spec.locationName,
    claimTokenManagementFromExternalMdm: spec.claim,
    roleScopeTagIds: spec.tags,
    appleDeviceAppDeliveryProtocolType: spec.delivery ?? 'mobileDeviceManagement',
  };
}

export function seedTokens(now: number): VppTokenEntity[] {
  return SPECS.map((spec) => build(spec, now));
}
