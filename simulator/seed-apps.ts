/**
 * The seed tenant's apps: well-known App Store apps on the seed tokens, with the cases a license
 * view must show (exhausted, unused, over-used, one app on several tokens, a macOS app, an app whose
 * token has expired so Apple refuses its revokes), among apps of other types, one of them named like
 * a VPP app, so that only the type tells them apart. Tokens that never synced, are claimed by
 * another MDM, duplicate a location or whose state is unknown hold none.
 */
import { buildOtherApp, buildVppApp, CATALOG, type CatalogKey, type NewApp } from './app-catalog.ts';
import { createRandom, hashString, randomGuid } from './random.ts';
import { DAY, SEED_IDS } from './seed.ts';
import type { VppTokenEntity } from './vpp-token.ts';

type SeedTokenKey = keyof typeof SEED_IDS;

interface SeedVppApp {
  key: string;
  app: CatalogKey;
  token: SeedTokenKey;
  total: number;
  users: number;
  devices?: number;
}

interface SeedOtherApp {
  key: string;
  type: string;
  name: string;
  publisher: string;
}

// In list order: the apps of other types sit among the VPP apps, so a filtered page differs from a plain one.
const SPECS = [
  { key: 'contosoIntranet', type: 'microsoft.graph.webApp', name: 'Contoso Intranet', publisher: 'Contoso IT' },
  { key: 'teamsContoso', app: 'teams', token: 'contosoSchools', total: 500, users: 180, devices: 132 },
  { key: 'keynoteContosoExhausted', app: 'keynote', token: 'contosoSchools', total: 200, users: 0, devices: 200 },
  { key: 'garageBandContosoUnused', app: 'garageBand', token: 'contosoSchools', total: 150, users: 0 },
  { key: 'finalCutProContoso', app: 'finalCutPro', token: 'contosoSchools', total: 30, users: 12 },
  { key: 'edgeStoreApp', type: 'microsoft.graph.iosStoreApp', name: 'Microsoft Edge', publisher: 'Microsoft Corporation' },
  { key: 'notabilityContoso', app: 'notability', token: 'contosoSchools', total: 120, users: 40, devices: 35 },
  { key: 'teamsFabrikam', app: 'teams', token: 'fabrikamExpiresSoon', total: 250, users: 198 },
  { key: 'outlookFabrikam', app: 'outlook', token: 'fabrikamExpiresSoon', total: 250, users: 248 },
  { key: 'slackFabrikamOverUsed', app: 'slack', token: 'fabrikamExpiresSoon', total: 120, users: 131 },
  { key: 'microsoft365Apps', type: 'microsoft.graph.officeSuiteApp', name: 'Microsoft 365 Apps for Windows', publisher: 'Microsoft' },
  { key: 'excelFabrikam', app: 'excel', token: 'fabrikamExpiresSoon', total: 50, users: 7 },
  { key: 'teamsNorthwind', app: 'teams', token: 'northwindExpiresThisMonth', total: 100, users: 64, devices: 10 },
  { key: 'zoomNorthwindExhausted', app: 'zoom', token: 'northwindExpiresThisMonth', total: 80, users: 80 },
  { key: 'excelMacNorthwind', app: 'excelMac', token: 'northwindExpiresThisMonth', total: 25, users: 3 },
  { key: 'teamsAndroid', type: 'microsoft.graph.androidManagedStoreApp', name: 'Microsoft Teams', publisher: 'Microsoft Corporation' },
  { key: 'authenticatorWoodgrove', app: 'authenticator', token: 'woodgroveSyncFailedLongAgo', total: 300, users: 211 },
  { key: 'outlookWoodgroveUnused', app: 'outlook', token: 'woodgroveSyncFailedLongAgo', total: 300, users: 0 },
  { key: 'keynoteTokyo', app: 'keynote', token: 'tokyoSyncInProgress', total: 400, users: 0, devices: 356 },
  { key: 'pagesTokyo', app: 'pages', token: 'tokyoSyncInProgress', total: 400, users: 0, devices: 356 },
  { key: 'numbersTokyo', app: 'numbers', token: 'tokyoSyncInProgress', total: 400, users: 0, devices: 12 },
  { key: 'sevenZip', type: 'microsoft.graph.win32LobApp', name: '7-Zip 24.08 (x64)', publisher: 'Igor Pavlov' },
  { key: 'zoomLitwareExpiredToken', app: 'zoom', token: 'litwareExpired', total: 40, users: 17 },
  { key: 'slackLitwareExhausted', app: 'slack', token: 'litwareExpired', total: 40, users: 40 },
  { key: 'outlookAdventureWorks', app: 'outlook', token: 'adventureWorksInvalid', total: 60, users: 41 },
  { key: 'teamsContosoPharma', app: 'teams', token: 'contosoPharmaLongName', total: 1000, users: 704 },
  { key: 'defenderContosoPharma', app: 'defender', token: 'contosoPharmaLongName', total: 1000, users: 688 },
  { key: 'keynoteMacContosoPharmaUnused', app: 'keynoteMac', token: 'contosoPharmaLongName', total: 20, users: 0 },
  { key: 'xcodeContosoPharmaExhausted', app: 'xcode', token: 'contosoPharmaLongName', total: 15, users: 15 },
  { key: 'pagesProseware', app: 'pages', token: 'prosewareNoDisplayName', total: 60, users: 0, devices: 48 },
  { key: 'garageBandProseware', app: 'garageBand', token: 'prosewareNoDisplayName', total: 60, users: 0, devices: 60 },
] as const satisfies readonly (SeedVppApp | SeedOtherApp)[];

export type SeedAppKey = (typeof SPECS)[number]['key'];

function seedAppId(key: string): string {
  return randomGuid(createRandom(hashString(`seed-app:${key}`)));
}

/** Every seed app's id by its key, in list order, e.g. SEED_APP_IDS.slackFabrikamOverUsed. */
export const SEED_APP_IDS = Object.fromEntries(SPECS.map((spec) => [spec.key, seedAppId(spec.key)])) as Readonly<Record<SeedAppKey, string>>;

/** The seed apps of the tokens given (a smaller reset keeps fewer tokens), and the apps of other types. */
export function seedApps(now: number, tokens: readonly VppTokenEntity[]): NewApp[] {
  const byId = new Map(tokens.map((token) => [token.id, token]));
  const apps: NewApp[] = [];
  SPECS.forEach((spec: SeedVppApp | SeedOtherApp, index) => {
    const createdMs = now - (300 - 7 * index) * DAY - 41 * 60_000;
    const id = seedAppId(spec.key);
    if ('type' in spec) {
      apps.push(buildOtherApp(id, spec.type, spec.name, spec.publisher, createdMs));
      return;
    }
    const token = byId.get(SEED_IDS[spec.token]);
    if (!token) return;
    apps.push(
      buildVppApp(CATALOG[spec.app], {
        id,
        vppTokenId: token.id,
        totalLicenseCount: spec.total,
        users: spec.users,
        devices: spec.devices ?? 0,
        createdMs,
        modifiedMs: createdMs + 3 * DAY,
        delivery: token.appleDeviceAppDeliveryProtocolType,
        country: token.countryOrRegion ?? 'us',
      }),
    );
  });
  return apps;
}
