/**
 * Apps a test adds through the control API (POST /graph/_simulator/apps). They are built like the
 * seed's, so every answer about them still holds to the metadata; only what a test needs to vary is
 * taken: type, token, name, bundle id, licenses bought and assigned.
 */
import { buildOtherApp, buildVppApp, type CatalogApp, type NewApp } from './app-catalog.ts';
import { badRequest } from './errors.ts';
import { IOS_VPP_APP, MACOS_VPP_APP, VPP_APP_TYPES } from './mobile-app.ts';
import type { VppTokenEntity } from './vpp-token.ts';

export interface AppSpecContext {
  now: number;
  token(id: string): VppTokenEntity | undefined;
  appExists(id: string): boolean;
}

const KEYS = ['id', 'type', 'vppTokenId', 'displayName', 'bundleId', 'publisher', 'totalLicenseCount', 'userLicenses', 'deviceLicenses'];

/** One spec or a list of them, all checked before any is added. */
export function parseAppSpecs(body: unknown, context: AppSpecContext): NewApp[] {
  const items = Array.isArray(body) ? body : [body];
  return items.map((item, index) => parseAppSpec(item, index, context));
}

function parseAppSpec(item: unknown, index: number, { now, token, appExists }: AppSpecContext): NewApp {
  const fail = (message: string) => badRequest(`App ${index}: ${message}`);
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw fail('must be a JSON object.');
  const spec = item as Record<string, unknown>;
  for (const key of Object.keys(spec)) if (!KEYS.includes(key)) throw fail(`unknown field '${key}'. Fields: ${KEYS.join(', ')}.`);
  const text = (key: string, fallback?: string): string => {
    const value = spec[key] ?? fallback;
    if (typeof value !== 'string' || value.trim() === '') throw fail(`'${key}' must be a non-empty string.`);
    return value;
  };
  const count = (key: string): number => {
    const value = spec[key] ?? 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100_000) throw fail(`'${key}' must be a whole number from 0 to 100000.`);
    return value;
  };
  const id = text('id', crypto.randomUUID());
  if (appExists(id)) throw fail(`an app with id '${id}' exists already.`);
  const type = text('type');
  if (!/^microsoft\.graph\.[A-Za-z0-9]+$/.test(type)) throw fail(`'type' must be a namespace-qualified type such as ${IOS_VPP_APP}.`);
  if (!VPP_APP_TYPES.includes(type)) return buildOtherApp(id, type, text('displayName'), text('publisher', 'Contoso IT'), now);

  const tokenId = text('vppTokenId');
  const owner = token(tokenId);
  if (!owner) throw fail(`no token has id '${tokenId}'.`);
  const devices = count('deviceLicenses');
  if (type === MACOS_VPP_APP && devices > 0) throw fail(`'deviceLicenses': ${MACOS_VPP_APP} licenses have no device kind in the metadata.`);
  return buildVppApp(
    { name: text('displayName'), publisher: text('publisher', 'Contoso IT'), bundleId: text('bundleId'), trackId: 1_000_000_000 + (now % 100_000_000), type: type as CatalogApp['type'], released: '2024-01-15' },
    {
      id,
      vppTokenId: owner.id,
      totalLicenseCount: count('totalLicenseCount'),
      users: count('userLicenses'),
      devices,
      createdMs: now,
      modifiedMs: now,
      delivery: owner.appleDeviceAppDeliveryProtocolType,
      country: owner.countryOrRegion ?? 'us',
    },
  );
}
